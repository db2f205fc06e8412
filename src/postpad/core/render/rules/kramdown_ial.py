"""kramdown attribute lists (``{: .class #id}``, ``{:toc}``) are not text: Jekyll removes them.

A line holding only an attribute list ends the block before it and is dropped; one inside a line
(``*word*{: .x}``) is dropped too. The attributes themselves are not applied in the preview.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_inline import StateInline

_BLOCK_IAL = re.compile(r"^\{:[^}\n]*\}\s*$")
_INLINE_IAL = re.compile(r"\{:[^}\n]*\}")


def _block_ial(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    if state.sCount[start] - state.blkIndent >= 4:
        return False
    line = state.src[state.bMarks[start] + state.tShift[start] : state.eMarks[start]]
    if not _BLOCK_IAL.match(line):
        return False
    if not silent:
        state.line = start + 1
    return True


def _inline_ial(state: StateInline, silent: bool) -> bool:
    if not state.src.startswith("{:", state.pos):
        return False
    match = _INLINE_IAL.match(state.src, state.pos, state.posMax)
    if match is None:
        return False
    state.pos = match.end()
    return True


def kramdown_ial_plugin(md: MarkdownIt) -> None:
    md.block.ruler.before(
        "paragraph", "kramdown_ial", _block_ial, {"alt": ["paragraph", "blockquote", "list"]}
    )
    md.inline.ruler.before("text", "kramdown_ial", _inline_ial)
