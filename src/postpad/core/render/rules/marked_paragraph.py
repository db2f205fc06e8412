"""marked keeps a paragraph's no-break spaces at its edges (issue 11).

markdown-it strips a paragraph's content with ``str.strip`` (JavaScript's ``trim``), which also
takes U+00A0 and other Unicode spaces off both ends; marked's paragraph keeps its text as
written, so a list item ``-`` + U+00A0 + ``[link](…)`` keeps the no-break space in Hexo. For
the marked flavour the paragraph's content is re-cut: only spaces, tabs and line ends come off.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

_ASCII_SPACE = " \t\r\n"


def _marked_content(raw: str) -> str:
    core = raw.strip()
    if not core:
        return core
    start = len(raw) - len(raw.lstrip())
    lead = raw[:start].lstrip(_ASCII_SPACE)
    trail = raw[start + len(core) :].rstrip(_ASCII_SPACE)
    return lead + core + trail


def marked_paragraph_plugin(md: MarkdownIt) -> None:
    """Wrap markdown-it's paragraph rule so edge no-break spaces stay, as in marked."""
    original = md.block.ruler.__rules__[md.block.ruler.__find__("paragraph")].fn

    def paragraph(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        count = len(state.tokens)
        if not original(state, start, end, silent):
            return False
        inline = state.tokens[count + 1] if len(state.tokens) > count + 1 else None
        if inline is not None and inline.type == "inline" and inline.map:
            raw = state.getLines(start, inline.map[1], state.blkIndent, False)
            inline.content = _marked_content(raw)
        return True

    md.block.ruler.at("paragraph", paragraph)
