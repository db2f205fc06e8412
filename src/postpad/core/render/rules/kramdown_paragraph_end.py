"""What ends a kramdown paragraph (kramdown-parser-gfm ``PARAGRAPH_END_GFM``, decision 0274).

A paragraph line is followed by a new block only at kramdown's own starts, which differ from
CommonMark's in three ways:

* any ordered-list number starts a list (``LIST_START_OL``: ``\\d+.`` then a space or tab), so
  ``…on March 28,`` / ``2008. Registration…`` is a paragraph and a list, where CommonMark lets
  only ``1.`` interrupt a paragraph;
* a horizontal rule (``***``, ``___``) does not end it (it is not in the list): the line is
  paragraph text;
* an HTML comment, ``<?…``, ``<!…`` or ``<script>`` line does not end it (``LAZY_END_HTML_START``
  wants a tag name that is no span element, ``script`` included), so ``<!--more-->`` under a
  line of text stays in that paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

BlockRule = Callable[[StateBlock, int, int, bool], bool]

_ORDERED_START = re.compile(r"[0-9]+\.[ \t]")
_NOT_ENDING_HTML = re.compile(r"<[!?]|<script(?![\w-])", re.IGNORECASE)


def _ends_paragraph(state: StateBlock, start: int, silent: bool) -> bool:
    """Whether the rule is asked if line ``start`` ends a paragraph (markdown-it's silent
    terminator check), at the paragraph's own indentation."""
    return (
        silent
        and state.parentType == "paragraph"
        and 0 <= state.sCount[start] - state.blkIndent < 4
    )


def _list(rule: BlockRule) -> BlockRule:
    def list_rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        begin = state.bMarks[start] + state.tShift[start]
        if _ends_paragraph(state, start, silent) and _ORDERED_START.match(state.src, begin):
            return True
        return rule(state, start, end, silent)

    return list_rule


def _hr(rule: BlockRule) -> BlockRule:
    def hr_rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        if silent and state.parentType == "paragraph":
            return False
        return rule(state, start, end, silent)

    return hr_rule


def _html_block(rule: BlockRule) -> BlockRule:
    def html_rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        begin = state.bMarks[start] + state.tShift[start]
        if _ends_paragraph(state, start, silent) and _NOT_ENDING_HTML.match(state.src, begin):
            return False
        return rule(state, start, end, silent)

    return html_rule


def kramdown_paragraph_end_plugin(md: MarkdownIt) -> None:
    """Wrap markdown-it's (or the kramdown flavour's) list, hr and HTML block rules."""
    for name, wrap in (("list", _list), ("hr", _hr), ("html_block", _html_block)):
        original = md.block.ruler.__rules__[md.block.ruler.__find__(name)]
        md.block.ruler.at(name, wrap(original.fn), {"alt": list(original.alt)})
