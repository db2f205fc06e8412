"""Template syntax inside post bodies: Hexo/Nunjucks tags, Liquid, Hugo and Zola shortcodes.

Block rule: a line holding only an opening tag whose closing tag follows becomes one block; its
inner lines are parsed as Markdown (or kept raw for code-like tags) and the tag's renderer
(:mod:`.hexo_tags`, :mod:`.other_tags`) draws it. Inline rule: tags, ``{{ … }}`` and ``{# … #}``
inside a paragraph become ``pp_tag_inline`` tokens. Code spans and fences are never touched,
as in Hexo, which escapes them before running Nunjucks.

When a closing tag is searched for but not found before the end of the parsed range, the rule
sets ``env["pp_hit_end"]`` so the incremental renderer knows the range was too short.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from postpad.core.render.rules import hexo_tags, other_tags
from postpad.core.render.rules.tag_args import TagSet
from postpad.core.render.rules.tag_scan import Scan, Syntax, closing_pattern, scan_finds_close

#: group 3, Hexo only: an HTML comment after the opening tag starts its body (Nunjucks reads on)
_NUNJUCKS_LINE = re.compile(r"^\{%-?\s*([A-Za-z_][\w-]*)(.*?)-?%\}\s*(<!--(?:(?!-->).)*-->\s*)?$")
_ZOLA_LINE = re.compile(r"^\{%-?\s*([A-Za-z_]\w*)\s*(\(.*\))?\s*-?%\}\s*$")
_HUGO_LINE = re.compile(r"^\{\{([<%])\s*(/?)([\w./-]+)((?:(?!\}\}).)*?)\s*(/?)\s*[>%]\}\}\s*$")


def tag_set(syntax: Syntax, theme: str | None) -> TagSet:
    if syntax == "nunjucks":
        return hexo_tags.tag_set(theme)
    return other_tags.tag_set(syntax)


def _line(state: StateBlock, line: int) -> str:
    return state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]]


def _find_close(
    state: StateBlock, start: int, end: int, syntax: Syntax, name: str
) -> tuple[int | None, Scan]:
    opening, closing = closing_pattern(syntax, name)
    scan = Scan()
    for line in range(start + 1, end):
        if scan.feed(_line(state, line), opening, closing):
            return line, scan
    return None, scan


def _close_may_follow(state: StateBlock, syntax: Syntax, name: str, scan: Scan) -> bool:
    """Whether the closing tag follows the parsed range (incremental windows only).

    ``env["pp_after"]`` is ``(text, offset)``: the whole body and where the window ends. The
    search goes on from where the window's search stopped, jumping between candidate lines.
    """
    after = state.env.get("pp_after")
    if after is None:
        return False
    text, offset = after
    return scan_finds_close(scan, syntax, name, text, offset)


def _parse_open_line(syntax: Syntax, text: str) -> tuple[str, str] | None:
    """(name, args) when ``text`` is a lone opening tag."""
    if syntax == "shortcode":
        match = _HUGO_LINE.match(text)
        if not match or match.group(2) or match.group(5):
            return None
        return match.group(3), match.group(4).strip()
    if syntax == "tera":
        zola = _ZOLA_LINE.match(text)
        if not zola or zola.group(1) == "end":
            return None
        return zola.group(1), (zola.group(2) or "").strip()
    found = _NUNJUCKS_LINE.match(text)
    if not found or (found.group(3) and syntax != "nunjucks"):
        return None
    return found.group(1), found.group(2).strip()


def make_block_rule(syntax: Syntax, tags: TagSet) -> Callable[[StateBlock, int, int, bool], bool]:
    def template_block(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        if state.sCount[start] - state.blkIndent >= 4:
            return False
        text = _line(state, start)
        if not text.startswith("{"):
            return False
        if syntax == "nunjucks" and text.startswith("{#") and "#}" not in text:
            close = _comment_close(state, start, end)
            if close is not None:  # Hexo drops the lines, Markdown and tags in them (0270)
                if not silent:
                    _emit_tag_line(state, start, _lines(state, start, close), syntax, close)
                return True
        parsed = _parse_open_line(syntax, text)
        if parsed is not None:
            name, args = parsed
            block = name not in tags.inline or name in tags.block_markdown | tags.block_raw
            if block:
                close, scan = _find_close(state, start, end, syntax, name)
                if close is not None:
                    if not silent:
                        _emit(state, start, close, name, args, syntax, tags)
                    return True
                if _close_may_follow(state, syntax, name, scan):
                    state.env["pp_hit_end"] = True
                state.env.setdefault("pp_unclosed", {})[start] = name
        if (syntax == "nunjucks" and _SWIG_AT_START.match(text)) or (
            syntax == "shortcode" and parsed is not None
        ):
            if not silent:
                _emit_tag_line(state, start, text, syntax)
            return True
        return False

    return template_block


#: Hexo swaps each tag for an ``<!--swig…-->`` placeholder before Markdown, so a line that
#: starts with one is an HTML block to marked: no ``<p>``, and the rest of the line stays raw.
#: A comment ``{# … #}`` is deleted instead: text after it is a paragraph (decision 0270).
_SWIG_AT_START = re.compile(r"^(\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\}\s*$)")


def _comment_close(state: StateBlock, start: int, end: int) -> int | None:
    """The line that closes a Nunjucks comment opened alone on line ``start``, when nothing
    follows its ``#}``."""
    for line in range(start + 1, end):
        text = _line(state, line)
        if "#}" in text:
            return line if not text.split("#}", 1)[1].strip() else None
    return None


def _lines(state: StateBlock, start: int, last: int) -> str:
    return state.src[state.bMarks[start] + state.tShift[start] : state.eMarks[last]]


def _emit_tag_line(
    state: StateBlock, start: int, text: str, syntax: Syntax, last: int | None = None
) -> None:
    """A line of tags (or the lines ``start``..``last`` of a Nunjucks comment)."""
    last = start if last is None else last
    token = state.push("pp_tag_line", "", 0)
    token.map = [start, last + 1]
    token.content = text
    token.children = _tag_line_children(text, syntax)
    state.line = last + 1


def _tag_line_children(text: str, syntax: Syntax) -> list[Token]:
    children: list[Token] = []
    pos = 0
    patterns = _INLINE_PATTERNS[syntax]
    while pos < len(text):
        found = None
        for kind, pattern in patterns:
            match = pattern.search(text, pos)
            if match and (found is None or match.start() < found[1].start()):
                found = (kind, match)
        if found is None:
            children.append(_raw_html(text[pos:]))
            break
        kind, match = found
        if match.start() > pos:
            children.append(_raw_html(text[pos : match.start()]))
        if kind == "tag" and match.group(1) == "raw":
            closing = _END_RAW.search(text, match.end())
            if closing is not None:
                children.append(_raw_html(text[match.end() : closing.start()]))
                pos = closing.end()
                continue
        tag = Token("pp_tag_inline", "span", 0)
        tag.content = match.group(0)
        tag.meta = {"kind": kind, "groups": match.groups(), "syntax": syntax, "line_offset": 0}
        children.append(tag)
        pos = match.end()
    return children


def _raw_html(text: str) -> Token:
    token = Token("html_inline", "", 0)
    token.content = text
    return token


def _emit(
    state: StateBlock, start: int, close: int, name: str, args: str, syntax: Syntax, tags: TagSet
) -> None:
    meta = {"name": name, "args": args, "syntax": syntax}
    if name in tags.block_raw:
        token = state.push("pp_tag_raw", "div", 0)
        token.map = [start, close + 1]
        first = state.bMarks[start + 1] if start + 1 < close else state.bMarks[close]
        token.content = state.src[first : state.bMarks[close]]
        token.meta = meta
        state.line = close + 1
        return
    token = state.push("pp_tag_open", "div", 1)
    token.map = [start, close + 1]
    token.meta = meta
    first_inner = len(state.tokens)
    # tab panes and timeline items: Butterfly's (a Hexo site on another theme keeps the comments)
    sections = syntax != "nunjucks" or name in tags.block_markdown
    _tokenize_sections(state, start + 1, close, name, syntax if sections else None)
    if name == "raw":  # {% raw %}: template syntax inside is literal text, code too (0187)
        for inner in state.tokens[first_inner:]:
            if inner.type in ("inline", "fence", "code_block"):
                inner.meta = {**(inner.meta or {}), "pp_raw": True}
    closing = state.push("pp_tag_close", "div", -1)
    closing.meta = meta
    state.line = close + 1


_SECTION_OPEN = re.compile(r"^<!--\s*(tab|timeline)\b\s*(.*?)\s*-->\s*$")
_SECTION_CLOSE = re.compile(r"^<!--\s*end(tab|timeline)\s*-->\s*$")


def _tokenize_sections(
    state: StateBlock, start: int, end: int, name: str, syntax: Syntax | None
) -> None:
    """Inner Markdown; tabs/timeline inner text is cut at ``<!-- tab X -->`` comments.

    A tag pair inside (Butterfly's ``{% subtabs %}`` in a pane) is rendered by the engine
    before the outer tag cuts its text, so the comments inside it cut nothing out here."""
    if syntax is None or not (name.endswith("tabs") or name == "timeline"):
        _tokenize(state, start, end)
        return
    line = start
    while line < end:
        match = _SECTION_OPEN.match(_line(state, line))
        if not match:
            line = _after_pair(state, line, end, syntax)
            continue
        section_end = line + 1
        while section_end < end and not _SECTION_CLOSE.match(_line(state, section_end)):
            section_end = _after_pair(state, section_end, end, syntax)
        opening = state.push("pp_section_open", "div", 1)
        opening.meta = {"title": match.group(2), "kind": match.group(1)}
        opening.map = [line, min(section_end + 1, end)]
        _tokenize(state, line + 1, section_end)
        state.push("pp_section_close", "div", -1).meta = opening.meta
        line = section_end + 1


def _after_pair(state: StateBlock, line: int, end: int, syntax: Syntax) -> int:
    """The line after ``line``, or after the end tag of a tag pair that ``line`` opens."""
    text = _line(state, line)
    parsed = _parse_open_line(syntax, text) if text.startswith("{") else None
    if parsed is None:
        return line + 1
    close, _scan = _find_close(state, line, end, syntax, parsed[0])
    return line + 1 if close is None else close + 1


def _tokenize(state: StateBlock, start: int, end: int) -> None:
    if start >= end:
        return
    old_parent, old_max = state.parentType, state.lineMax
    state.parentType = "pp_tag"
    state.lineMax = end
    state.md.block.tokenize(state, start, end)
    state.parentType, state.lineMax = old_parent, old_max


# --- inline ---------------------------------------------------------------------------------

_INLINE_PATTERNS: dict[str, list[tuple[str, re.Pattern[str]]]] = {
    "nunjucks": [
        ("tag", re.compile(r"\{%-?\s*([A-Za-z_][\w-]*)(.*?)-?%\}", re.S)),
        ("variable", re.compile(r"\{\{(.*?)\}\}", re.S)),
        ("comment", re.compile(r"\{#(.*?)#\}", re.S)),
    ],
    "liquid": [
        ("tag", re.compile(r"\{%-?\s*([A-Za-z_][\w-]*)(.*?)-?%\}", re.S)),
        ("variable", re.compile(r"\{\{-?(.*?)-?\}\}", re.S)),
    ],
    "shortcode": [
        ("escaped", re.compile(r"\{\{([<%])/\*(.*?)\*/([>%])\}\}", re.S)),
        ("shortcode", re.compile(r"\{\{([<%])\s*(/?[\w./-]+)(.*?)[>%]\}\}", re.S)),
    ],
    "tera": [
        ("shortcode", re.compile(r"\{\{\s*([A-Za-z_]\w*)\s*(\(.*?\))\s*\}\}", re.S)),
        ("tag", re.compile(r"\{%-?\s*([A-Za-z_]\w*)(.*?)-?%\}", re.S)),
    ],
}


_MAX_TAG = 2000
_END_RAW = re.compile(r"\{%-?\s*endraw\s*-?%\}")
_END_COMMENT = re.compile(r"\{%-?\s*endcomment\s*-?%\}")


def _inline_raw(state: StateInline, opening: re.Match[str], silent: bool, syntax: Syntax) -> bool:
    """``{% raw %}…{% endraw %}`` inside a paragraph: the inner text is literal. Hexo writes it
    into the page as it is, raw HTML included (its ``<img>`` is an image, decision 0270)."""
    closing = _END_RAW.search(state.src, opening.end(), state.posMax)
    if closing is None:
        return False
    if not silent:
        hexo = syntax == "nunjucks"
        token = state.push("pp_tag_raw" if hexo else "pp_literal", "", 0)
        token.meta = {"name": "raw", "args": "", "syntax": syntax}
        token.content = state.src[opening.end() : closing.start()]
    state.pos = closing.end()
    return True


def make_inline_rule(syntax: Syntax) -> Callable[[StateInline, bool], bool]:
    patterns = _INLINE_PATTERNS[syntax]

    def template_inline(state: StateInline, silent: bool) -> bool:
        pos = state.pos
        if state.src[pos] != "{" or pos + 1 >= state.posMax:
            return False
        if state.src[pos + 1] not in "%{#":
            return False
        # a tag is short: bounding the search keeps text full of stray "{%" linear
        limit = min(state.posMax, pos + _MAX_TAG)
        if state.src.find("}", pos, limit) < 0:
            return False
        for kind, pattern in patterns:
            match = pattern.match(state.src, pos, limit)
            if match is None:
                continue
            if (
                kind == "tag"
                and match.group(1) == "raw"
                and _inline_raw(state, match, silent, syntax)
            ):
                return True
            if kind == "tag" and match.group(1) == "comment" and syntax == "liquid":
                closing = _END_COMMENT.search(state.src, match.end(), state.posMax)
                if closing is not None:  # Liquid drops a comment with its text
                    state.pos = closing.end()
                    return True
            if kind == "escaped":  # {{</* x */>}} prints {{< x >}}
                if not silent:
                    literal = state.push("pp_literal", "", 0)
                    left, inner, right = match.group(1), match.group(2), match.group(3)
                    literal.content = "{{" + left + inner + right + "}}"
                state.pos = match.end()
                return True
            if not silent:
                token = state.push("pp_tag_inline", "span", 0)
                token.content = match.group(0)
                token.meta = {
                    "kind": kind,
                    "groups": match.groups(),
                    "syntax": syntax,
                    "line_offset": state.src.count("\n", 0, pos),
                }
            state.pos = match.end()
            return True
        return False

    return template_inline


def _raw_literal(state: StateCore) -> None:
    for token in state.tokens:
        if token.type == "inline" and token.meta and token.meta.get("pp_raw"):
            for child in token.children or ():
                if child.type == "pp_tag_inline":
                    child.type, child.tag, child.meta = "text", "", {}
                child.meta["pp_raw"] = True  # code spans: no Liquid placeholders (0187)


def _tag_line(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    html: str = self.renderInline(tokens[idx].children or [], options, env)
    return html + "\n"


def template_plugin(md: MarkdownIt, syntax: Syntax, theme: str | None) -> None:
    """Install block and inline rules and renderers for one template syntax."""
    tags = tag_set(syntax, theme)
    md.block.ruler.before(
        "fence",
        "pp_template_block",
        make_block_rule(syntax, tags),
        {"alt": ["paragraph", "reference", "blockquote", "list"]},
    )
    md.inline.ruler.before("text", "pp_template_inline", make_inline_rule(syntax))
    md.core.ruler.after("inline", "pp_raw_literal", _raw_literal)
    renderers = hexo_tags if syntax == "nunjucks" else other_tags
    renderers.install_renderers(md, syntax, theme)
    md.add_render_rule("pp_tag_line", _tag_line)
