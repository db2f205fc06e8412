"""kramdown's block math (parser/kramdown/math.rb ``parse_block_math``, decision 0275).

``$$`` at a block's start, after a blank line (or a container's start), opens a display formula
that runs to the next ``$$``, blank lines included, and is one only when a blank line (or the
end) follows that ``$$``'s line; otherwise the text stays a paragraph, where ``$$…$$`` is inline
math. markdown-it's dollar-math block rule stops at a blank line and takes ``$$`` lines followed
by text as a block.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

from postpad.core.render.rules.kramdown_table_block import (
    after_block_boundary,
    before_block_boundary,
)

_CLOSE = re.compile(r"\$\$[ \t]*(?=\n|$)")


def _math_block(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    if state.sCount[start] - state.blkIndent >= 4:
        return False
    begin = state.bMarks[start] + state.tShift[start]
    if not state.src.startswith("$$", begin) or not after_block_boundary(state, start):
        return False
    close = state.src.find("$$", begin + 2)
    limit = state.eMarks[end - 1] if end > start else state.eMarks[start]
    if close < 0 or close > limit or not _CLOSE.match(state.src, close):
        return False
    last = next(line for line in range(start, end) if close <= state.eMarks[line])
    if not before_block_boundary(state, last + 1, end):
        return False
    if not silent:
        token = state.push("math_block", "math", 0)
        token.block, token.markup, token.map = True, "$$", [start, last + 1]
        token.content = state.src[begin + 2 : close].strip()
    state.line = last + 1
    return True


def kramdown_math_plugin(md: MarkdownIt) -> None:
    """kramdown's rule in place of dollar math's block rule (it never breaks a paragraph)."""
    md.block.ruler.at("math_block", _math_block, {"alt": []})
