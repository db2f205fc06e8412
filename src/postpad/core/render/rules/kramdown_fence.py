"""kramdown's fenced code needs its closing fence (decision 0149).

CommonMark lets an unclosed fence run to the end of its container; kramdown's GFM parser matches
a fence only together with its closing line (``FENCED_CODEBLOCK_MATCH``), so an opening line
with no closing one is ordinary paragraph text and what follows stays Markdown. The code keeps
an indented fence's indentation (decision 0171).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

from postpad.core.render.rules.after_window import follows_window

_OPENING = re.compile(r"(`{3,}|~{3,})")

BlockRule = Callable[[StateBlock, int, int, bool], bool]


def _closing(marker: str) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(marker[0])}{{{len(marker)},}}[ \t]*$")


def _closed_within(state: StateBlock, start: int, end: int, marker: str) -> bool:
    closing = _closing(marker)
    for line in range(start + 1, end):
        begin, stop = state.bMarks[line] + state.tShift[line], state.eMarks[line]
        if begin < stop and state.sCount[line] < state.blkIndent:
            return False  # the container ends first
        if state.sCount[line] - state.blkIndent < 4 and closing.match(state.src, begin, stop):
            return True
    return False


def _closed_later(state: StateBlock, marker: str) -> bool:
    """Whether a closing line may follow the parsed window (incremental rendering)."""
    pattern = re.compile(rf"^[ \t>]*{_closing(marker).pattern}", re.MULTILINE)
    return follows_window(state.env, pattern)


def _kramdown_fence(fence: BlockRule) -> BlockRule:
    def rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        begin = state.bMarks[start] + state.tShift[start]
        opening = _OPENING.match(state.src, begin, state.eMarks[start])
        if opening is None or state.sCount[start] - state.blkIndent >= 4:
            return False
        if not _closed_within(state, start, end, opening.group(1)):
            if _closed_later(state, opening.group(1)):
                state.env["pp_hit_end"] = True
            return False
        if not fence(state, start, end, silent):
            return False
        if not silent:
            _keep_indentation(state, start)
        return True

    return rule


def _keep_indentation(state: StateBlock, start: int) -> None:
    """kramdown keeps the code's lines as written (``FENCED_CODEBLOCK_MATCH``), where
    CommonMark takes the opening fence's indentation off each line: only the container's is
    taken off here."""
    token = state.tokens[-1]
    if token.type == "fence" and token.map and token.map[1] - 1 > start:
        token.content = state.getLines(start + 1, token.map[1] - 1, state.blkIndent, True)


def kramdown_fence_plugin(md: MarkdownIt) -> None:
    """Replace markdown-it's fence rule by one that wants the closing fence, as kramdown does."""
    original = md.block.ruler.__rules__[md.block.ruler.__find__("fence")]
    md.block.ruler.at("fence", _kramdown_fence(original.fn), {"alt": list(original.alt)})
