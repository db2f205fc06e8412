"""markdown-it-mark (``==x==`` -> ``<mark>``), markdown-it-ins (``++x++`` -> ``<ins>``) and
markdown-it-cjk-breaks, ported for Hexo sites on hexo-renderer-markdown-it that list them
(decision 0158). mark and ins are markdown-it's own strikethrough rule with another marker and
tag (markdown-it-mark 3.0.1 / markdown-it-ins 3.0.1 ``index.js``).
"""

from __future__ import annotations

import re
import unicodedata

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.rules_inline.state_inline import Delimiter
from markdown_it.token import Token


def pair_plugin(md: MarkdownIt, marker: str, tag: str) -> None:
    """``marker marker text marker marker`` becomes ``<tag>text</tag>``."""

    def tokenize(state: StateInline, silent: bool) -> bool:
        if silent or state.src[state.pos] != marker:
            return False
        scanned = state.scanDelims(state.pos, True)
        length = scanned.length
        if length < 2:
            return False
        if length % 2:
            state.push("text", "", 0).content = marker
            length -= 1
        for _ in range(0, length, 2):
            state.push("text", "", 0).content = marker * 2
            state.delimiters.append(
                Delimiter(
                    ord(marker), 0, len(state.tokens) - 1, -1, scanned.can_open, scanned.can_close
                )
            )
        state.pos += scanned.length
        return True

    def post_process(state: StateInline) -> None:
        _pairs(state, state.delimiters, marker, tag)
        for meta in state.tokens_meta:
            if meta and "delimiters" in meta:
                _pairs(state, meta["delimiters"], marker, tag)

    md.inline.ruler.before("emphasis", tag, tokenize)
    md.inline.ruler2.before("emphasis", tag, post_process)


def _pairs(state: StateInline, delimiters: list[Delimiter], marker: str, tag: str) -> None:
    lone: list[int] = []
    for start in delimiters:
        if start.marker != ord(marker) or start.end == -1:
            continue
        end = delimiters[start.end]
        opening, closing = state.tokens[start.token], state.tokens[end.token]
        opening.type, opening.nesting = tag + "_open", 1
        closing.type, closing.nesting = tag + "_close", -1
        for token in (opening, closing):
            token.tag, token.markup, token.content = tag, marker * 2, ""
        before = state.tokens[end.token - 1]
        if before.type == "text" and before.content == marker:
            lone.append(end.token - 1)
    while lone:  # an odd run's first marker moves after the closing tags it precedes
        i = lone.pop()
        j = i + 1
        while j < len(state.tokens) and state.tokens[j].type == tag + "_close":
            j += 1
        j -= 1
        if i != j:
            state.tokens[i], state.tokens[j] = state.tokens[j], state.tokens[i]


_HANGUL = re.compile(
    "[\u1100-\u11ff\u302e\u302f\u3131-\u318e\u3200-\u321e\u3260-\u327e\ua960-\ua97c"
    "\uac00-\ud7a3\ud7b0-\ud7c6\ud7cb-\ud7fb\uffa0-\uffbe\uffc2-\uffc7\uffca-\uffcf"
    "\uffd2-\uffd7\uffda-\uffdc]"
)


def _wide(ch: str) -> bool:
    return (
        len(ch) == 1
        and unicodedata.east_asian_width(ch) in ("F", "W", "H")
        and not _HANGUL.match(ch)
    )


def cjk_breaks_plugin(md: MarkdownIt) -> None:
    """markdown-it-cjk-breaks 1.1: a soft break between two wide (CJK) characters, or next to a
    zero-width space, is dropped."""
    md.core.ruler.push("cjk_breaks", _cjk_breaks)


def _cjk_breaks(state: StateCore) -> None:
    for block in state.tokens:
        if block.type == "inline" and block.children:
            _drop_breaks(block.children)


def _drop_breaks(tokens: list[Token]) -> None:
    for index, token in enumerate(tokens):
        if token.type != "softbreak":
            continue
        before = [t.content for t in tokens[:index] if t.type == "text"]
        after = [t.content for t in tokens[index + 1 :] if t.type == "text"]
        last = before[-1][-1:] if before else " "  # the nearest text token, even an empty one
        following = after[0][:1] if after else " "
        if "\u200b" in (last, following) or (_wide(last) and _wide(following)):
            token.type, token.content = "text", ""
