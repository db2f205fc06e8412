"""kramdown's emphasis delimiters: no CommonMark flanking rules (decision 0149).

kramdown (``parser/kramdown/emphasis.rb``) opens ``*``/``**`` when the next character is not
whitespace and closes when the previous one is not, whatever punctuation stands around it, so
``**注意：**公式`` is bold (CommonMark's flanking rule refuses to close there). ``_`` does not
open after a letter and does not close before a letter or digit. This rule replaces
markdown-it's emphasis scanner for the kramdown flavour; pairing stays markdown-it's, except that
``***x***`` is ``<strong><em>`` (kramdown opens ``**`` first, then ``*`` inside it), where
CommonMark nests them the other way (decision 0275).
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.rules_inline.state_inline import Delimiter
from markdown_it.token import Token


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


def _closing(children: list[Token], opening: int) -> int:
    depth = 0
    for index in range(opening, len(children)):
        depth += children[index].nesting
        if depth == 0:
            return index
    return -1


def _strong_outside(state: StateCore) -> None:
    """``<em><strong>x</strong></em>`` from one ``***`` run on each side becomes
    ``<strong><em>x</em></strong>``."""
    for token in state.tokens:
        if not token.children or not any(c.type == "em_open" for c in token.children):
            continue
        # the delimiters' emptied text tokens (text_join drops them later) are in the way
        children = [c for c in token.children if c.type != "text" or c.content]
        token.children = children
        for index in range(len(children) - 1):
            em, strong = children[index], children[index + 1]
            if em.type != "em_open" or strong.type != "strong_open":
                continue
            if em.markup != strong.markup[0]:
                continue
            end = _closing(children, index + 1)
            if end < 0 or end + 1 >= len(children) or children[end + 1].type != "em_close":
                continue
            for first, second in ((index, index + 1), (end, end + 1)):
                children[first], children[second] = children[second], children[first]


def kramdown_emphasis_plugin(md: MarkdownIt) -> None:
    """Scan ``*`` and ``_`` delimiters as kramdown does."""
    md.inline.ruler.at("emphasis", _kramdown_emphasis)
    md.core.ruler.after("inline", "kramdown_strong_outside", _strong_outside)
