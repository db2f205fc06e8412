"""kramdown starts an HTML block only at a block-level tag (parser/kramdown/html.rb
``parse_block_html``): a line that begins with a span-level element's tag (``<br>``, ``<img …>``,
``<a …>``) is paragraph text, ``<p><br /></p>``, where CommonMark's seventh kind of HTML block
takes a line holding one complete tag as raw HTML (decision 0171)."""

from __future__ import annotations

import re
from collections.abc import Callable

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

_SPAN_NAMES = (
    "a abbr acronym b big bdo br button cite code del dfn em i img input ins kbd label mark option"
    " q rb rbc rp rt rtc ruby samp select small span strong sub sup tt u var"
)
#: kramdown's ``HTML_SPAN_ELEMENTS`` (parser/html.rb)
SPAN_ELEMENTS = frozenset(_SPAN_NAMES.split())
_TAG_NAME = re.compile(r"</?([A-Za-z][\w:.-]*)")

BlockRule = Callable[[StateBlock, int, int, bool], bool]


def _kramdown_html_block(html_block: BlockRule) -> BlockRule:
    def rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        tag = _TAG_NAME.match(state.src, state.bMarks[start] + state.tShift[start])
        if tag and tag[1].lower() in SPAN_ELEMENTS:
            return False
        return html_block(state, start, end, silent)

    return rule


def kramdown_html_block_plugin(md: MarkdownIt) -> None:
    """markdown-it's HTML block rule, never at a span-level element's tag."""
    original = md.block.ruler.__rules__[md.block.ruler.__find__("html_block")]
    md.block.ruler.at("html_block", _kramdown_html_block(original.fn), {"alt": list(original.alt)})
