"""marked ends a list item at a lazy line that starts with an HTML tag, ``<!--`` or ``#``.

CommonMark (and markdown-it) keep such a line in the item's paragraph as a lazy continuation;
marked 15's list tokenizer breaks the item first (``htmlBeginRegex``, ``headingBeginRegex``), so
``<span>…</span>`` under ``1. text`` becomes a paragraph after the list in Hexo. Found on a
corpus post (decision 0098). Fences, bullets and rules already end the paragraph in both.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

_ITEM_BREAK = re.compile(r"<(?:[a-z].*>|!--)|#", re.IGNORECASE)


def _item_break(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """A paragraph terminator only: true for a lazy line (less indented than the item's text)
    that marked reads as the end of the list item."""
    if not silent or state.blkIndent == 0 or state.sCount[start] >= state.blkIndent:
        return False
    if state.sCount[start] > min(3, state.blkIndent - 1):
        return False
    begin = state.bMarks[start] + state.tShift[start]
    return bool(_ITEM_BREAK.match(state.src, begin, state.eMarks[start]))


def marked_list_end_plugin(md: MarkdownIt) -> None:
    md.block.ruler.before("paragraph", "pp_marked_item_break", _item_break, {"alt": ["paragraph"]})
