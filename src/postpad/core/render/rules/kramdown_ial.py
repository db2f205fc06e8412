"""kramdown attribute lists (``{: .class #id}``, ``{:toc}``) are not text: Jekyll removes them.

A line holding only an attribute list right under a block gives that block its classes, id and
attributes (event handlers excepted) and is dropped; one inside a line (``*word*{: .x}``) is
dropped without being applied.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_inline import StateInline

from postpad.core.render.rules.kramdown_toc import is_toc_marker, mark_toc

# ``{::name}`` and ``{:/name}`` are extension tags, no attribute lists (IAL_BLOCK, decision 0273)
_BLOCK_IAL = re.compile(r"^\{:(?![:/])[^}\n]*\}\s*$")
_INLINE_IAL = re.compile(r"\{:(?![:/])[^}\n]*\}")


def _block_ial(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    if state.sCount[start] - state.blkIndent >= 4:
        return False
    line = state.src[state.bMarks[start] + state.tShift[start] : state.eMarks[start]]
    if not _BLOCK_IAL.match(line):
        return False
    if not silent:
        _apply_to_previous(state, start, line)
        state.line = start + 1
    return True


_PART = re.compile(r"""\.([\w-]+)|#([\w-]+)|([\w-]+)=(?:"([^"]*)"|'([^']*)'|(\S+))""")


def _apply_to_previous(state: StateBlock, start: int, ial: str) -> None:
    """``{: .note}`` right under a block gives that block the class (kramdown)."""
    tokens = state.tokens
    if not tokens or tokens[-1].level != state.level or tokens[-1].nesting != -1:
        return
    depth = 0
    for index in range(len(tokens) - 1, -1, -1):
        depth += tokens[index].nesting
        if depth == 0:
            opening = tokens[index]
            break
    else:
        return
    if not opening.map or opening.map[1] != start:
        return
    if is_toc_marker(ial):
        mark_toc(opening)
    for match in _PART.finditer(ial):
        css, anchor, key = match.group(1), match.group(2), match.group(3)
        if css:
            classes = str(opening.attrGet("class") or "")
            opening.attrSet("class", f"{classes} {css}".strip())
        elif anchor:
            opening.attrSet("id", anchor)
        elif key:
            value = next(v for v in match.groups()[3:] if v is not None)
            if not key.lower().startswith("on"):
                opening.attrSet(key, value)


def _inline_ial(state: StateInline, silent: bool) -> bool:
    if not state.src.startswith("{:", state.pos):
        return False
    match = _INLINE_IAL.match(state.src, state.pos, state.posMax)
    if match is None:
        return False
    state.pos = match.end()
    return True


def kramdown_ial_plugin(md: MarkdownIt) -> None:
    md.block.ruler.before(
        "paragraph", "kramdown_ial", _block_ial, {"alt": ["paragraph", "blockquote", "list"]}
    )
    md.inline.ruler.before("text", "kramdown_ial", _inline_ial)
