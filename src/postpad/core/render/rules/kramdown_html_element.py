"""A block-level HTML element as kramdown reads it (parser/kramdown/html.rb, decision 0275).

CommonMark ends an HTML block at a blank line and reads what follows as Markdown; kramdown
(Jekyll's default ``parse_block_html: false``) takes the whole element, to its matching end
tag, as raw HTML, blank lines and Markdown-looking text included: a fence or ``*text*`` inside
``<details>`` or ``<div>`` shows as typed on the blog. The ``markdown`` attribute changes that
and is itself removed: ``markdown="1"`` parses the content as the element's kind wants (blocks
in ``div``, ``details``, ``section``…, a line of text in ``p``, ``h1``…, raw in ``pre``, tables
and lists), ``block``/``span`` force it, ``0`` keeps it raw. Text after the end tag on its line
is a new paragraph. Elements inside a blockquote's ``>`` lines, and a ``markdown`` element whose
start or end tag shares its line with content, keep markdown-it's reading.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

from postpad.core.render.rules.kramdown_html_block import SPAN_ELEMENTS
from postpad.core.render.rules.kramdown_html_scan import START_TAG, VOID, raw_element_end

_BLOCK_NAMES = (
    "address applet article aside blockquote body dd details div dl fieldset figure figcaption"
    " footer form header hgroup iframe li main map menu nav noscript object section summary td"
)
_SPAN_NAMES = (
    "a abbr acronym b bdo big button cite caption del dfn dt em h1 h2 h3 h4 h5 h6 i ins label"
    " legend optgroup p q rb rbc rp rt rtc ruby select small span strong sub sup th tt"
)
#: HTML_CONTENT_MODEL_BLOCK and _SPAN (parser/html.rb); any other element's content is raw
_BLOCK_MODEL = frozenset(_BLOCK_NAMES.split())
_SPAN_MODEL = frozenset(_SPAN_NAMES.split())
_MARKDOWN = re.compile(r"""\s+markdown(?:\s*=\s*(?:(["'])(.*?)\1|(\w+)))?""", re.S)


def _model(name: str, attributes: str) -> tuple[str, str]:
    """(content model, the attributes without ``markdown``) as handle_kramdown_html_tag."""
    found = _MARKDOWN.search(attributes)
    if found is None:
        return "raw", attributes
    value = found[2] if found[2] is not None else found[3] or ""
    rest = attributes[: found.start()] + attributes[found.end() :]
    if value == "1":
        model = "block" if name in _BLOCK_MODEL else "span" if name in _SPAN_MODEL else "raw"
        return model, rest
    return (value if value in ("block", "span") else "raw"), rest


def _line_of(state: StateBlock, offset: int, start: int, end: int) -> int | None:
    for line in range(start, end):
        if offset <= state.eMarks[line]:
            return line
    return None


def _plain_lines(state: StateBlock, start: int, stop: int) -> bool:
    """No container marker (``>``) was taken off these lines: the source is read as it is."""
    return all(
        state.bMarks[line] == 0 or state.src[state.bMarks[line] - 1] == "\n"
        for line in range(start, stop)
    )


def _element(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    if silent or state.sCount[start] - state.blkIndent >= 4:
        return False  # whether it ends a paragraph is the HTML block rule's question
    begin = state.bMarks[start] + state.tShift[start]
    tag = START_TAG.match(state.src, begin)
    if tag is None or not _plain_lines(state, start, start + 1):
        return False
    name = tag["name"].lower()
    if name in SPAN_ELEMENTS:
        return False
    model, attributes = _model(name, tag["attributes"])
    opening = f"<{tag['name']}{attributes}{' /' if tag['slash'] else ''}>"
    if tag["slash"] or name in VOID:
        model = "raw"
    if model == "block":
        return _block_content(state, start, end, tag.end(), name, opening)
    if model == "span":
        return _span_content(state, start, end, tag.end(), name, opening)
    return _raw(state, start, end, tag, opening)


def _raw(state: StateBlock, start: int, end: int, tag: re.Match[str], opening: str) -> bool:
    closed = tag["slash"] or tag["name"].lower() in VOID
    stop = tag.end() if closed else raw_element_end(state.src, tag.end(), tag["name"])
    limit = state.eMarks[end - 1] if end > start else state.eMarks[start]
    if stop is None or stop > limit:
        if state.env.get("pp_after") is not None:
            state.env["pp_hit_end"] = True  # the end tag may lie past the parsed window
        stop = limit  # kramdown closes it at the end
    last = _line_of(state, max(stop - 1, tag.start()), start, end)
    if last is None or not _plain_lines(state, start, last + 1):
        return False
    token = state.push("html_block", "", 0)
    token.map = [start, last + 1]
    token.content = opening + state.src[tag.end() : stop] + "\n"
    rest = state.src[stop : state.eMarks[last]].strip(" \t")
    if rest:  # kramdown parses what follows the end tag as a new block
        _rest_of_line(state, rest, last)
    state.line = last + 1
    return True


def _rest_of_line(state: StateBlock, text: str, line: int) -> None:
    """A block-level start tag is raw HTML again; other text is a paragraph."""
    tag = START_TAG.match(text)
    if tag is not None and tag["name"].lower() not in SPAN_ELEMENTS:
        token = state.push("html_block", "", 0)
        token.map, token.content = [line, line + 1], text + "\n"
        return
    state.push("paragraph_open", "p", 1).map = [line, line + 1]
    inline = state.push("inline", "", 0)
    inline.content, inline.map, inline.children = text, [line, line + 1], []
    state.push("paragraph_close", "p", -1)


def _block_content(
    state: StateBlock, start: int, end: int, after: int, name: str, opening: str
) -> bool:
    """``markdown="1"`` on a block element: its lines between the tag lines are Markdown."""
    if state.src[after : state.eMarks[start]].strip() or after > state.eMarks[start]:
        return False
    closing = re.compile(rf"</{re.escape(name)}\s*>[ \t]*", re.I)
    opener = re.compile(rf"<{re.escape(name)}[\s>]", re.I)
    depth, last = 0, None
    for line in range(start + 1, end):
        text = state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]]
        if opener.match(text):
            depth += 1
        elif closing.fullmatch(text):
            if depth == 0:
                last = line
                break
            depth -= 1
    if last is None:
        return False
    token = state.push("html_block", "", 0)
    token.map, token.content = [start, start + 1], opening + "\n"
    state.md.block.tokenize(state, start + 1, last)
    token = state.push("html_block", "", 0)
    token.map, token.content = [last, last + 1], f"</{name}>\n"
    state.line = last + 1
    return True


def _span_content(
    state: StateBlock, start: int, end: int, after: int, name: str, opening: str
) -> bool:
    """``markdown="1"`` on a span element (``p``, ``h2``…): its text, to the end tag, is inline."""
    closing = re.compile(rf"</{re.escape(name)}\s*>", re.I).search(state.src, after)
    limit = state.eMarks[end - 1] if end > start else state.eMarks[start]
    if closing is None or closing.end() > limit:
        return False
    last = _line_of(state, closing.end() - 1, start, end)
    if last is None or state.src[closing.end() : state.eMarks[last]].strip():
        return False
    token = state.push("html_block", "", 0)
    token.map, token.content = [start, last + 1], opening
    inline = state.push("inline", "", 0)
    inline.content = state.src[after : closing.start()].strip(" \t\n")
    inline.map, inline.children = [start, last + 1], []
    state.push("html_block", "", 0).content = f"</{name}>\n"
    state.line = last + 1
    return True


def kramdown_html_element_plugin(md: MarkdownIt) -> None:
    md.block.ruler.before("html_block", "kramdown_html_element", _element)
