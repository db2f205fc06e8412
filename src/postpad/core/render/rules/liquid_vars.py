"""Jekyll's Liquid output of plain variables: ``{{ site.x }}`` and ``{{ page.x }}`` (decision 0185).

Jekyll renders Liquid over the whole post before kramdown reads it, so a variable's value becomes
Markdown source: a link's URL, an image path, text inside code. The preview does the same, before
markdown-it reads the text, for the lookups it can answer exactly: a key of the site's
``_config.yml`` (``site.*``) or of the post's front matter (``page.*``) whose value is a string, a
whole number, a boolean or null, printed as Liquid prints it (``to_s``). Anything else (filters,
other names, Jekyll's computed ``site.posts`` or ``page.url``, dates, lists, multi-line text, words
Ruby's YAML reads as booleans) stays as written, and the template rules show it as a placeholder.
``{% raw %}`` and ``{% comment %}`` bodies are left alone, as Liquid leaves them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from postpad.core.errors import FrontMatterError
from postpad.core.frontmatter import read_fields
from postpad.core.render.rules.liquid_url_filters import FILTERS

_SOURCE = re.compile(
    r"(?P<skip>\{%-?\s*(raw|comment)\s*-?%\}.*?\{%-?\s*end\2\s*-?%\})"
    r"|\{\{\s*(?:(?P<name>(?:site|page)(?:\.[A-Za-z_][\w-]*)+)|\"(?P<dq>[^\"{}]*)\""
    r"|'(?P<sq>[^'{}]*)')\s*(?:\|\s*(?P<filter>relative_url|absolute_url)\s*)?\}\}",
    re.DOTALL,
)
#: strings Ruby's YAML (Psych, YAML 1.1) reads as booleans where PyYAML's 1.2 reading does not
_RUBY_BOOLEANS = frozenset({"yes", "no", "on", "off", "y", "n"})


#: names Jekyll's site and page drops answer themselves before any config or front-matter key
#: (a ``count:`` key makes ``{{ site.count }}`` Enumerable#count); from Jekyll 4.3.1's
#: ``SiteDrop`` and ``DocumentDrop`` instance methods
_DROP_TEXT = (
    "all? any? categories chain chunk chunk_while collect collect_concat collections compact "
    "config content_methods count cycle data detect documents drop drop_while each each_cons "
    "each_entry each_key each_slice each_with_index each_with_object entries fetch filter "
    "filter_map find find_all find_index first flat_map grep grep_v group_by hash_for_json "
    "html_pages include? inject invoke_drop key? keys lazy liquid_method_missing map max "
    "max_by member? merge merge! min min_by minmax minmax_by none? one? pages partition posts "
    "reduce reject related_posts reverse_each select slice_after slice_before slice_when sort "
    "sort_by static_files sum tags take take_while tally time to_a to_h to_hash to_liquid "
    "to_set uniq zip collapse_document collection content date excerpt id name next output "
    "path previous relative_path url"
)
_DROP_METHODS = frozenset(_DROP_TEXT.split())


def liquid_text(value: object) -> str | None:
    """``value`` as Liquid prints it, or None when the preview cannot say exactly."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if type(value) is int:
        return str(value)
    if type(value) is str and "\n" not in value and value.lower() not in _RUBY_BOOLEANS:
        return value
    return None


def lookup(variables: Mapping[str, Any], name: str) -> str | None:
    """The printed value of the dotted ``name`` (``site.img_url``); None when unknown."""
    value: object = variables
    parts = name.split(".")
    if parts[1] in _DROP_METHODS:
        return None
    for part in parts:
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return liquid_text(value)


def substitute(text: str, variables: Mapping[str, Any]) -> str:
    """``text`` with each known ``{{ site.x }}`` / ``{{ page.x }}`` replaced by its value."""

    def replace(match: re.Match[str]) -> str:
        if match.group("skip") is not None:
            return match.group(0)
        name, literal = match.group("name"), match.group("dq") or match.group("sq") or ""
        value = lookup(variables, name) if name else literal
        url_filter = FILTERS.get(match.group("filter") or "")
        if value and url_filter is not None:
            value = url_filter(value, variables.get("site") or {})
        elif url_filter is not None:  # nil and "" differ there: unknown
            value = None
        return match.group(0) if value is None else value

    return _SOURCE.sub(replace, text)


def page_variables(header: str) -> dict[str, object]:
    """The post's YAML front matter (``header`` with its ``---`` lines) as ``page.*``."""
    if not header.startswith("---"):
        return {}
    try:
        return read_fields(header)
    except FrontMatterError:
        return {}


_RAW_MARKER = re.compile(r"\{%\s*(?:end)?raw\s*%\}")


def liquid_code(token: Token, env: Mapping[str, Any]) -> tuple[str, bool]:
    """A code token's text as Liquid leaves it, and whether it is all literal (decision 0187).

    Liquid runs before Markdown, so ``{% raw %}`` and ``{% endraw %}`` inside code are dropped
    (a marker alone on a line leaves the empty line) and the text between them stays as written;
    code inside a ``{% raw %}`` block is literal too. Literal code gets no Liquid placeholders;
    outside Jekyll (no Liquid) all code is literal."""
    if not env.get("pp_liquid"):
        return token.content, True
    code = _RAW_MARKER.sub("", token.content)
    return code, code != token.content or bool(token.meta and token.meta.get("pp_raw"))


#: Jekyll's ``{% post_url %}`` and ``{% link %}`` the preview answers (decision 0291); with
#: whitespace control (``{%-``) they stay as written
LINK_TAG = re.compile(r"\{%\s*(post_url|link)\s+((?:(?!%\}).)*?)\s*%\}")
#: ``{% raw %}`` and ``{% comment %}`` bodies: Liquid runs no tag there
LIQUID_SKIPPED = re.compile(r"\{%-?\s*(raw|comment)\s*-?%\}.*?\{%-?\s*end\1\s*-?%\}", re.DOTALL)


def link_tags(text: str) -> list[re.Match[str]]:
    """The ``post_url`` and ``link`` tags of ``text`` Liquid runs (none in raw or comment)."""
    skipped = [match.span() for match in LIQUID_SKIPPED.finditer(text)]
    return [
        match
        for match in LINK_TAG.finditer(text)
        if not any(start <= match.start() < end for start, end in skipped)
    ]


def substitute_links(text: str, answer: Callable[[str, str, int], str | None]) -> str:
    """``text`` with each tag ``answer(tag, argument, line)`` knows the URL of replaced by it,
    as Jekyll writes it before kramdown reads the post (decision 0291)."""
    parts, end = [], 0
    for match in link_tags(text):
        url = answer(match[1], match[2], text.count("\n", 0, match.start()))
        if url is not None:
            parts += [text[end : match.start()], url]
            end = match.end()
    return "".join(parts) + text[end:]


def _substitute_rule(state: StateCore) -> None:
    variables = state.env.get("pp_liquid_vars")
    if variables and "{{" in state.src:
        state.src = substitute(state.src, variables)
    resolver: Any = state.env.get("pp_resolve_image")
    page = (variables or {}).get("page") or {}
    if page.get("render_with_liquid") is False:  # Jekyll runs no tag in this post
        return
    if resolver is not None and hasattr(resolver, "jekyll_tag") and "{%" in state.src:
        resolver.liquid_stops.clear()
        state.src = substitute_links(state.src, resolver.jekyll_tag)


def liquid_vars_plugin(md: MarkdownIt) -> None:
    """Replace known variables in the source before the block parser reads it."""
    md.core.ruler.after("normalize", "pp_liquid_vars", _substitute_rule)
