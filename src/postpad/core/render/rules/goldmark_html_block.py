"""A lone ``</pre>`` line does not start an HTML block in Goldmark (decision 0150).

CommonMark's seventh kind of HTML block (a line holding one complete tag) excludes ``pre``,
``script``, ``style`` and ``textarea``; markdown-it does not exclude them, so a stray ``</pre>``
line became a block of its own where Goldmark keeps it inline in a paragraph (and Hugo, without
``unsafe``, writes ``<p><!-- raw HTML omitted --></p>``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

_LONE_CLOSING_TAG = re.compile(r"</(?:pre|script|style|textarea)\s*>\s*$", re.IGNORECASE)

BlockRule = Callable[[StateBlock, int, int, bool], bool]


def _spec_html_block(html_block: BlockRule) -> BlockRule:
    def rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        begin = state.bMarks[start] + state.tShift[start]
        if _LONE_CLOSING_TAG.match(state.src, begin, state.eMarks[start]):
            return False
        return html_block(state, start, end, silent)

    return rule


def goldmark_html_block_plugin(md: MarkdownIt) -> None:
    """markdown-it's HTML block rule without the seventh kind for pre/script/style/textarea."""
    original = md.block.ruler.__rules__[md.block.ruler.__find__("html_block")]
    md.block.ruler.at("html_block", _spec_html_block(original.fn), {"alt": list(original.alt)})
