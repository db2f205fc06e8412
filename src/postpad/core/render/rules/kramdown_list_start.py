"""kramdown's ordered-list marker is ``1.`` only (parser/kramdown/list.rb ``LIST_START_OL``):
a line starting ``1)`` is paragraph text, where CommonMark starts an ordered list
(decision 0171)."""

from __future__ import annotations

import re
from collections.abc import Callable

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

_PAREN_MARKER = re.compile(r"[0-9]+\)")

BlockRule = Callable[[StateBlock, int, int, bool], bool]


def _kramdown_list(list_rule: BlockRule) -> BlockRule:
    def rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        if _PAREN_MARKER.match(state.src, state.bMarks[start] + state.tShift[start]):
            return False
        return list_rule(state, start, end, silent)

    return rule


def kramdown_list_start_plugin(md: MarkdownIt) -> None:
    """markdown-it's list rule, never at a ``1)`` marker."""
    original = md.block.ruler.__rules__[md.block.ruler.__find__("list")]
    md.block.ruler.at("list", _kramdown_list(original.fn), {"alt": list(original.alt)})
