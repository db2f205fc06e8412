"""kramdown trims a paragraph's or an ATX heading's text with Ruby's ``strip``, which removes
ASCII whitespace only (parser/kramdown/paragraph.rb ``result.rstrip!``/``lstrip!``,
header.rb): a no-break space (U+00A0) or an ideographic space at either end stays in the text.
markdown-it trims with Python's ``str.strip``, which removes them too; this rule puts back what
kramdown keeps (decision 0171). Goldmark trims an ATX heading the same way (ASCII spaces only,
``util.TrimRightSpace``), so Hugo's profile uses :func:`restore_text_edges` too (decision 0251)."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore

_ASCII_SPACE = " \t\n\r\f\v\x00"


def _kept_before(line: str, piece: str) -> str:
    """The whitespace Python's strip took from before ``piece`` that Ruby's would keep."""
    start = line.find(piece) if piece else -1
    if start <= 0:
        return ""
    run = start
    while run > 0 and line[run - 1].isspace():
        run -= 1
    return line[run:start].lstrip(_ASCII_SPACE)


def _kept_after(line: str, piece: str) -> str:
    """The whitespace Python's strip took from after ``piece`` that Ruby's would keep."""
    start = line.rfind(piece) if piece else -1
    if start < 0:
        return ""
    end = run = start + len(piece)
    while run < len(line) and line[run].isspace():
        run += 1
    return line[end:run].rstrip(_ASCII_SPACE)


def restore_text_edges(state: StateCore) -> None:
    lines = state.src.split("\n")
    for index, token in enumerate(state.tokens):
        opener = state.tokens[index - 1] if index else None
        if token.type != "inline" or not token.map or opener is None or not token.content:
            continue
        atx = opener.type == "heading_open" and opener.markup.startswith("#")
        if opener.type != "paragraph_open" and not atx:
            continue
        first, last = lines[token.map[0]], lines[token.map[1] - 1]
        head, tail = token.content.split("\n", 1)[0], token.content.rsplit("\n", 1)[-1]
        lead, trail = _kept_before(first, head), _kept_after(last, tail)
        if lead or trail:
            token.content = lead + token.content + trail


def kramdown_text_edges_plugin(md: MarkdownIt) -> None:
    md.core.ruler.after("block", "pp_kramdown_text_edges", restore_text_edges)
