"""Single-tilde strikethrough (``~text~``), as marked (Hexo) and Goldmark (Hugo) accept it.

markdown-it only knows ``~~text~~``; both render as ``<del>`` like marked does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline
from markdown_it.rules_inline.state_inline import Delimiter
from markdown_it.token import Token

_SINGLE = re.compile(r"~(?![~\s])((?:[^~\\\n]|\\.)+?)(?<![\s\\])~(?!~)")


def _single_tilde(state: StateInline, silent: bool) -> bool:
    start = state.pos
    if state.src[start] != "~" or (start > 0 and state.src[start - 1] == "~"):
        return False
    match = _SINGLE.match(state.src, start, state.posMax)
    if match is None:
        return False
    if not silent:
        old_max = state.posMax
        state.push("s_open", "del", 1).markup = "~"
        state.pos, state.posMax = start + 1, match.end() - 1
        state.md.inline.tokenize(state)
        state.posMax = old_max
        state.push("s_close", "del", -1).markup = "~"
    state.pos = match.end()
    return True


def _del_open(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    return "<del>"


def _del_close(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    return "</del>"


def single_tilde_plugin(md: MarkdownIt) -> None:
    md.inline.ruler.before("strikethrough", "pp_single_tilde", _single_tilde)
    md.add_render_rule("s_open", _del_open)
    md.add_render_rule("s_close", _del_close)


# --- Goldmark (Hugo) ------------------------------------------------------------------------
# Goldmark's strikethrough is an emphasis-like delimiter: a run of one or two ``~`` (three or
# more stay text) that opens when left-flanking and closes when right-flanking, paired by the
# CommonMark delimiter algorithm with its rule of three; ``~~a~~`` and ``~a~`` both give one
# <del>. Links bind tighter, so ``[a~](/x) [b~](/y)`` strikes nothing (decision 0084).


def _goldmark_tilde(state: StateInline, silent: bool) -> bool:
    start = state.pos
    if silent or state.src[start] != "~" or (start > 0 and state.src[start - 1] == "~"):
        return False
    scanned = state.scanDelims(start, True)
    if scanned.length > 2:
        return False
    for _ in range(scanned.length):
        state.push("text", "", 0).content = "~"
        state.delimiters.append(
            Delimiter(
                marker=0x7E,
                length=scanned.length,
                token=len(state.tokens) - 1,
                end=-1,
                open=scanned.can_open,
                close=scanned.can_close,
            )
        )
    state.pos += scanned.length
    return True


def _goldmark_pairs(state: StateInline, delimiters: list[Delimiter]) -> None:
    index = len(delimiters) - 1
    while index >= 0:
        opener = delimiters[index]
        if opener.marker != 0x7E or opener.end == -1:
            index -= 1
            continue
        closer = delimiters[opener.end]
        double = (
            index > 0
            and delimiters[index - 1].end == opener.end + 1
            and delimiters[index - 1].marker == opener.marker
            and delimiters[index - 1].token == opener.token - 1
            and delimiters[opener.end + 1].token == closer.token + 1
        )
        markup = "~~" if double else "~"
        for position, kind in ((opener.token, "s_open"), (closer.token, "s_close")):
            token = state.tokens[position]
            token.type, token.tag, token.markup, token.content = kind, "s", markup, ""
            token.nesting = 1 if kind == "s_open" else -1
        if double:
            state.tokens[delimiters[index - 1].token].content = ""
            state.tokens[delimiters[opener.end + 1].token].content = ""
            index -= 1
        index -= 1


def _goldmark_post_process(state: StateInline) -> None:
    _goldmark_pairs(state, state.delimiters)
    for meta in state.tokens_meta:
        if meta and "delimiters" in meta:
            _goldmark_pairs(state, meta["delimiters"])


def goldmark_strikethrough_plugin(md: MarkdownIt) -> None:
    """Goldmark's ``~``/``~~`` strikethrough in place of markdown-it's GFM one."""
    md.inline.ruler.at("strikethrough", _goldmark_tilde)
    md.inline.ruler2.at("strikethrough", _goldmark_post_process)
    md.enable("strikethrough")
    md.add_render_rule("s_open", _del_open)
    md.add_render_rule("s_close", _del_close)
