"""kramdown's emphasis delimiters: no CommonMark flanking rules (decision 0149).

kramdown (``parser/kramdown/emphasis.rb``) opens ``*``/``**`` when the next character is not
whitespace and closes when the previous one is not, whatever punctuation stands around it, so
``**注意：**公式`` is bold (CommonMark's flanking rule refuses to close there). ``_`` does not
open after a letter and does not close before a letter or digit. This rule replaces
markdown-it's emphasis scanner for the kramdown flavour; pairing stays markdown-it's.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline
from markdown_it.rules_inline.state_inline import Delimiter


def _kramdown_emphasis(state: StateInline, silent: bool) -> bool:
    start = state.pos
    marker = state.src[start]
    if silent or marker not in ("_", "*"):
        return False
    end = start
    while end < state.posMax and state.src[end] == marker:
        end += 1
    before = state.src[start - 1] if start > 0 else " "
    after = state.src[end] if end < state.posMax else " "
    can_open = not after.isspace() and not (marker == "_" and before.isalpha())
    can_close = not before.isspace() and not (marker == "_" and after.isalnum())
    for _ in range(end - start):
        token = state.push("text", "", 0)
        token.content = marker
        state.delimiters.append(
            Delimiter(
                marker=ord(marker),
                length=end - start,
                token=len(state.tokens) - 1,
                end=-1,
                open=can_open,
                close=can_close,
            )
        )
    state.pos = end
    return True


def kramdown_emphasis_plugin(md: MarkdownIt) -> None:
    """Scan ``*`` and ``_`` delimiters as kramdown does."""
    md.inline.ruler.at("emphasis", _kramdown_emphasis)
