"""Single-tilde strikethrough (``~text~``), as marked (Hexo) and Goldmark (Hugo) accept it.

markdown-it only knows ``~~text~~``; both render as ``<del>`` like marked does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline
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
