"""Hexo's backtick_code_block filter takes fences CommonMark refuses (decision 0188).

The filter runs before any Markdown renderer and reads a fence with its own pattern
(``rBacktick``): the opening line's arguments may hold backticks as long as the last one is not
one (```` ```a.yml``` is the file ````), and the block needs a closing line that is the same
fence again (one space or tab may follow). CommonMark, marked and markdown-it refuse a backtick
fence whose info string holds a backtick, so such a line would be inline code where Hexo
writes a code block (lang ``a.yml```, the rest its caption). This rule takes exactly those
openings; every other fence is left to markdown-it's own rule.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

from postpad.core.render.rules.after_window import follows_window

_OPENING = re.compile(r"(`{3,})[ \t]*(.*?[^`\s])[ \t]*$")


def _closing_line(state: StateBlock, start: int, end: int, marker: str) -> int | None:
    closing = re.compile(rf"{marker}[ \t]?$")
    for line in range(start + 1, end):
        begin, stop = state.bMarks[line] + state.tShift[line], state.eMarks[line]
        if begin < stop and state.sCount[line] < state.blkIndent:
            return None  # the container ends first
        if closing.match(state.src, begin, stop):
            return line
    return None


def _closed_later(state: StateBlock, marker: str) -> bool:
    """Whether the closing line may follow the parsed window (incremental rendering)."""
    return follows_window(state.env, re.compile(rf"^[ \t>]*{marker}[ \t]?$", re.MULTILINE))


def hexo_fence(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    if state.sCount[start] - state.blkIndent >= 4:
        return False
    begin = state.bMarks[start] + state.tShift[start]
    opening = _OPENING.match(state.src, begin, state.eMarks[start])
    if opening is None or "`" not in opening.group(2):
        return False  # markdown-it's fence rule reads it as Hexo does
    marker, info = opening.group(1), opening.group(2)
    closing = _closing_line(state, start, end, marker)
    if closing is None:
        if _closed_later(state, marker):
            state.env["pp_hit_end"] = True
        return False
    if silent:
        return True
    token = state.push("fence", "code", 0)
    token.info, token.markup = info, marker
    token.content = state.getLines(start + 1, closing, state.sCount[start], True)
    token.map = [start, closing + 1]
    state.line = closing + 1
    return True


def hexo_fence_plugin(md: MarkdownIt) -> None:
    """Read a fence with backticks in its arguments as Hexo's filter does."""
    md.block.ruler.before(
        "fence",
        "pp_hexo_fence",
        hexo_fence,
        {"alt": ["paragraph", "reference", "blockquote", "list"]},
    )
