"""Build the markdown-it parser for one profile: presets as data, rules as plugins."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from html import escape
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.common.utils import unescapeAll
from markdown_it.token import Token

from postpad.core.render.chroma.settings import CLASSES
from postpad.core.render.own_line import keep_source
from postpad.core.render.profiles import Profile
from postpad.core.render.rules.flavours import flavour_plugin
from postpad.core.render.rules.hexo_code import HexoCode, hexo_code_html
from postpad.core.render.rules.highlight import code_block_html
from postpad.core.render.rules.mermaid import fence_html
from postpad.core.render.rules.references import reference_tracking_plugin
from postpad.core.render.rules.sanitize import remote_image_placeholder, sanitize_html

# One engine's rules are imported when a parser for that engine is built (decision 0210): a
# Hexo post's first render loads none of Goldmark's, kramdown's or Hugo's plugins.

HTML_OMITTED = (
    '<span class="pp-html-omitted" title="Hugo drops raw HTML unless unsafe = true">'
    "raw HTML omitted</span>"
)


_COMMENT_ONLY = re.compile(r"^\s*(?:<!--.*?-->\s*)+$", re.DOTALL)


@dataclass(frozen=True)
class ParserSpec:
    """Everything that decides how the parser is built (hashable, so parsers are cached)."""

    profile: Profile
    theme: str | None
    math: bool
    allow_remote_images: bool


def _fence(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    token = tokens[idx]
    info = unescapeAll(token.info).strip()
    lang = info.split(maxsplit=1)[0] if info else ""
    if lang == "mermaid":  # the diagram, or the code block when the site does not draw it
        code = partial(_code_html, token, info, lang, env)
        return fence_html(token.content, code, env, token.map[0] if token.map else None)
    return _code_html(token, info, lang, env)


def _code_html(token: Token, info: str, lang: str, env: Any) -> str:
    settings = env.get("pp_hexo_code")
    if isinstance(settings, HexoCode):
        return hexo_code_html(token.content, info, settings)
    style = str(env.get("pp_code_style", "plain"))
    chroma = env.get("pp_chroma", CLASSES)
    code, literal = liquid_code(token, env)
    html = code_block_html(code, lang, style=style, chroma=chroma, info=info)
    return html if literal else mark_liquid(html)


def liquid_code(token: Token, env: Any) -> tuple[str, bool]:
    """``rules.liquid_vars.liquid_code``, loaded only where Liquid runs (decision 0210)."""
    if not env.get("pp_liquid"):  # outside Jekyll all code is literal
        return token.content, True
    from postpad.core.render.rules import liquid_vars

    return liquid_vars.liquid_code(token, env)


def _literal(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    return escape(tokens[idx].content, quote=False)


#: within one run of text: a match across the highlighter's spans would nest badly (0187)
_LIQUID_IN_CODE = re.compile(r"\{\{[^<]*?\}\}|\{%[^<]*?%\}")


def mark_liquid(escaped: str) -> str:
    """Show Liquid inside code as placeholders: Jekyll runs Liquid before Markdown."""
    return _LIQUID_IN_CODE.sub(
        lambda m: (
            f'<span class="pp-tag-inline" title="Liquid runs inside code">{m.group(0)}</span>'
        ),
        escaped,
    )


def _liquid_code_inline(
    self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any
) -> str:
    token = tokens[idx]
    code, literal = liquid_code(token, env)
    html = escape(code, quote=False)
    return f"<code{self.renderAttrs(token)}>{html if literal else mark_liquid(html)}</code>"


def _rouge_code_block(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    """kramdown hands indented code to Rouge too."""
    code, literal = liquid_code(tokens[idx], env)
    html = code_block_html(code, "", style="rouge")
    return html if literal else mark_liquid(html)


def _heading_open(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    token = tokens[idx]
    html: str = self.renderToken(tokens, idx, options, env)
    anchor_id = token.attrGet("id")
    if anchor_id is not None and token.meta.get("pp_headerlink"):
        title = escape(str(token.meta.get("pp_text", "")))
        html += f'<a href="#{escape(str(anchor_id))}" class="headerlink" title="{title}"></a>'
    return html


def _link_open(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    token = tokens[idx]
    resolver = env.get("pp_resolve_image")
    href = token.attrGet("href")
    if isinstance(href, str) and hasattr(resolver, "link"):
        token.attrSet("href", resolver.link(href))
    html: str = self.renderToken(tokens, idx, options, env)
    return html


def _image(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    token = tokens[idx]
    alt = self.renderInlineAsText(token.children or [], options, env)
    src = str(token.attrGet("src") or "")
    resolve = env.get("pp_resolve_image")
    resolved = resolve(src) if callable(resolve) else src
    if resolved is None:
        return remote_image_placeholder(src, alt)
    token.attrSet("src", resolved)
    if alt or not env.get("pp_empty_alt_omitted"):
        token.attrSet("alt", alt)
    else:  # hexo-renderer-marked writes alt only when there is text (decision 0014)
        token.attrs.pop("alt", None)
    html: str = self.renderToken(tokens, idx, options, env)
    return html


_MORE = re.compile(r"<!--\s*more\s*-->", re.IGNORECASE)
_HUGO_MORE = "<!--more-->"


_CLOSURES = (
    (
        re.compile(r"<(?:script|pre|style|textarea)\b", re.I),
        re.compile(r"</(?:script|pre|style|textarea)>", re.I),
    ),
    (re.compile(r"<\?"), re.compile(r"\?>")),
    (re.compile(r"<![A-Za-z]"), re.compile(r">")),
    (re.compile(r"<!\[CDATA\["), re.compile(r"\]\]>")),
)


def _closed_later(content: str) -> bool:
    """Goldmark writes a second "raw HTML omitted" for the closing line of a <script>, <?…?>,
    <!X…> or CDATA block that ends on a later line than it starts (decision 0084)."""
    first, _, rest = content.partition("\n")
    for opening, closing in _CLOSURES:
        if opening.match(first):
            return not closing.search(first[1:]) and bool(closing.search(rest))
    return False


def _template_tags_in_html(content: str, env: Any, hexo: bool, liquid: bool) -> str:
    if hexo:
        from postpad.core.render.rules.hexo_html_tags import expand_inline_tags

        content = expand_inline_tags(content, env)
    if liquid:
        from postpad.core.render.rules.liquid_html_tags import mark_liquid_tags

        content = mark_liquid_tags(content)
    return content


def _html_rule(
    omit: bool, allow_remote: bool, hexo_more: bool, hugo_more: bool = False, liquid: bool = False
) -> Any:
    def render_html(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        if hugo_more and _HUGO_MORE in token.content:  # Hugo's summary divider leaves no trace
            token = Token(token.type, token.tag, 0)
            token.content = tokens[idx].content.replace(_HUGO_MORE, "")
            if not token.content.strip():
                return ""
        if hexo_more and _MORE.search(token.content):
            token = Token(token.type, token.tag, 0)
            token.content = _MORE.sub('<span id="more"></span>', tokens[idx].content)
        if (hexo_more or liquid) and "{%" in token.content:
            content = _template_tags_in_html(token.content, env, hexo_more, liquid)
            token = Token(token.type, token.tag, 0)
            token.content = content
        if omit and _COMMENT_ONLY.match(token.content):
            return ""  # Goldmark drops comments without a trace (<!--more--> is Hugo's divider)
        if omit:
            if token.type == "html_block":
                marker = f'<div class="pp-html-omitted-block">{HTML_OMITTED}</div>\n'
                return marker * (2 if _closed_later(token.content) else 1)
            return HTML_OMITTED
        html, neutralised = sanitize_html(token.content, allow_remote_images=allow_remote)
        if hasattr(env.get("pp_resolve_image"), "raw_html"):  # a missing <img src> (0245)
            env["pp_resolve_image"].raw_html(tokens[idx].content)
        if neutralised and isinstance(env.get("pp_warn"), list):
            line = token.map[0] if token.map else None
            what = ", ".join(sorted(set(neutralised)))
            env["pp_warn"].append((line, "html-neutralised", f"not run in the preview: {what}"))
        return html

    return render_html


def _enable_features(md: MarkdownIt, profile: Profile) -> None:
    _enable_core_rules(md, profile)
    goldmark = profile.flavour == "goldmark"
    _use_optional_plugins(md, profile)
    if profile.kramdown_ial:
        from postpad.core.render.rules.kramdown_extensions import kramdown_extensions_plugin
        from postpad.core.render.rules.kramdown_ial import kramdown_ial_plugin

        md.use(kramdown_ial_plugin)
        md.use(kramdown_extensions_plugin)
    if goldmark:
        _use_goldmark(md, profile)
    flavour_plugin(md, profile.flavour, tasklists=profile.tasklists, footnotes=profile.footnotes)


def _enable_core_rules(md: MarkdownIt, profile: Profile) -> None:
    rules = []
    goldmark = profile.flavour == "goldmark"  # its own linkify and strikethrough (decision 0084)
    if profile.tables:
        rules.append("table")
    if profile.strikethrough and not goldmark:
        rules.append("strikethrough")
    if profile.linkify and not goldmark:
        rules.append("linkify")
    if profile.typographer == "standard":
        rules.extend(["replacements", "smartquotes"])
    if rules:
        md.enable(rules)
    if profile.strikethrough and profile.strike_del:
        md.add_render_rule("s_open", lambda *args: "<del>")
        md.add_render_rule("s_close", lambda *args: "</del>")


def _use_optional_plugins(md: MarkdownIt, profile: Profile) -> None:
    goldmark = profile.flavour == "goldmark"
    if profile.tasklists:
        from mdit_py_plugins.tasklists import tasklists_plugin

        md.use(tasklists_plugin)
    if profile.footnotes:
        from mdit_py_plugins.footnote import footnote_plugin

        md.use(footnote_plugin)
    if profile.deflist:
        from mdit_py_plugins.deflist import deflist_plugin

        md.use(deflist_plugin)
        if goldmark:
            from postpad.core.render.rules.goldmark_deflist import goldmark_deflist_plugin

            md.use(goldmark_deflist_plugin)
    if profile.linkify and profile.flavour == "marked":
        from postpad.core.render.rules.marked_linkify import marked_linkify_plugin

        md.use(marked_linkify_plugin)
    if profile.strikethrough and profile.single_tilde and not goldmark:
        from postpad.core.render.rules.strikethrough import single_tilde_plugin

        md.use(single_tilde_plugin)


def _use_goldmark(md: MarkdownIt, profile: Profile) -> None:
    from postpad.core.render.rules.goldmark_html_block import goldmark_html_block_plugin
    from postpad.core.render.rules.goldmark_inline import goldmark_inline_plugin

    goldmark_inline_plugin(md, profile)
    md.use(goldmark_html_block_plugin)
    if profile.tables:
        from postpad.core.render.rules.goldmark_tables import goldmark_tables_plugin

        md.use(goldmark_tables_plugin)


@lru_cache(maxsize=16)
def build_parser(spec: ParserSpec) -> MarkdownIt:
    """A configured parser for ``spec`` (cached: building one takes milliseconds)."""
    profile = spec.profile
    md = MarkdownIt(
        "commonmark",
        {
            "html": True,
            "breaks": profile.breaks,
            "linkify": profile.linkify,
            "typographer": profile.typographer == "standard",
        },
    )
    _enable_features(md, profile)
    _use_typographer(md, profile)
    md.core.ruler.after("normalize", "pp_keep_source", keep_source)  # decisions 0238, 0245
    if spec.math:
        from postpad.core.render.rules.math import math_plugin

        md.use(math_plugin, kramdown=profile.flavour == "kramdown")
    if profile.templates != "none":
        from postpad.core.render.rules.template_syntax import template_plugin

        template_plugin(md, profile.templates, spec.theme)
    if profile.templates == "shortcode":
        from postpad.core.render.rules.hugo_refs import hugo_refs_plugin

        md.use(hugo_refs_plugin)
    md.use(reference_tracking_plugin)
    md.add_render_rule("fence", _fence)
    if profile.hexo_code is not None and profile.hexo_code.enabled:
        from postpad.core.render.rules.hexo_fence import hexo_fence_plugin

        md.use(hexo_fence_plugin)
    md.add_render_rule("heading_open", _heading_open)
    md.add_render_rule("pp_literal", _literal)
    if profile.templates == "liquid":
        from postpad.core.render.rules.liquid_vars import liquid_vars_plugin

        md.add_render_rule("code_inline", _liquid_code_inline)
        md.use(liquid_vars_plugin)
    if profile.flavour == "kramdown":
        _use_kramdown(md, profile)
    md.add_render_rule("image", _image)
    md.add_render_rule("link_open", _link_open)
    omit = profile.html_omitted_marker and not profile.html
    more, hugo = profile.more_marker, profile.templates == "shortcode"
    html_rule = _html_rule(
        omit, spec.allow_remote_images, more, hugo, liquid=profile.templates == "liquid"
    )
    md.add_render_rule("html_block", html_rule)
    md.add_render_rule("html_inline", html_rule)
    if profile.hexo_markdown_it is not None:  # after heading_open: its permalink wraps it
        from postpad.core.render.rules.hexo_markdown_it import hexo_markdown_it_plugin

        md.use(hexo_markdown_it_plugin, profile.hexo_markdown_it)
    return md


def _use_typographer(md: MarkdownIt, profile: Profile) -> None:
    if profile.typographer == "smartypants" and profile.flavour == "kramdown":
        from postpad.core.render.rules.kramdown_smart_quotes import kramdown_smart_quotes_plugin

        md.use(kramdown_smart_quotes_plugin)
    elif profile.typographer == "smartypants":
        from postpad.core.render.rules.hexo_smartypants import hexo_smartypants_plugin

        md.use(hexo_smartypants_plugin)
    elif profile.typographer == "goldmark":
        from postpad.core.render.rules.goldmark_typographer import goldmark_typographer_plugin

        md.use(goldmark_typographer_plugin)


def _use_kramdown(md: MarkdownIt, profile: Profile) -> None:
    from postpad.core.render.rules import (
        kramdown_abbreviations,
        kramdown_emphasis,
        kramdown_fence,
        kramdown_html_block,
        kramdown_html_element,
        kramdown_link_definitions,
        kramdown_links,
        kramdown_list_start,
        kramdown_paragraph_end,
        kramdown_text_edges,
    )

    md.add_render_rule("code_block", _rouge_code_block)
    md.use(kramdown_fence.kramdown_fence_plugin)
    md.use(kramdown_emphasis.kramdown_emphasis_plugin)
    md.use(kramdown_links.kramdown_links_plugin)
    md.use(kramdown_link_definitions.kramdown_link_definitions_plugin)
    md.use(kramdown_html_block.kramdown_html_block_plugin)
    md.use(kramdown_html_element.kramdown_html_element_plugin)
    md.use(kramdown_text_edges.kramdown_text_edges_plugin)
    md.use(kramdown_list_start.kramdown_list_start_plugin)
    md.use(kramdown_paragraph_end.kramdown_paragraph_end_plugin)  # after the list and HTML rules
    md.use(kramdown_abbreviations.kramdown_abbreviations_plugin)
    if profile.tables:
        from postpad.core.render.rules.kramdown_table_block import kramdown_table_plugin

        md.use(kramdown_table_plugin)
