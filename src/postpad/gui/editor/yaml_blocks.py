"""YAML block scalars (``key: |`` and the lines indented under it) across highlighted lines.

A syntax highlighter sees one line at a time; inside a block scalar a line such as
``  tags: x`` or ``  # x`` is text, not a key or a comment. The block's state is carried in the
line's block state: the editor's Markdown highlighter and the Raw tab's header highlighter
share it. A block ends at the first non-blank line indented no deeper than the line that opened
it (or less deep than the block's first line), as YAML reads it.
"""

from __future__ import annotations

import re

#: YAML_BLOCK - (opening line's indent + 1) * 1000 - content indent (0 until the first line):
#: negative, so no other state (front matter, a fence's marker length) can reach it
YAML_BLOCK = -1000
#: a line whose value opens a block scalar: ``key: |``, ``- >-``, ``key: |2 # note``
_OPENS = re.compile(r"(?:^|[:\-])[ \t]+[|>][1-9+-]{0,2}[ \t]*(?:#.*)?$")


def _state(parent: int, content: int) -> int:
    return YAML_BLOCK - (min(parent, 998) + 1) * 1000 - min(content, 999)


def _block(state: int) -> tuple[int, int] | None:
    if state > YAML_BLOCK - 1000:
        return None
    number = YAML_BLOCK - state
    return number // 1000 - 1, number % 1000


def in_block(state: int) -> bool:
    """Whether ``state`` is a block scalar's (the next line may belong to it)."""
    return _block(state) is not None


def opened_state(text: str) -> int | None:
    """The state after ``text`` when it opens a block scalar; None when it does not."""
    if text.lstrip(" ").startswith("#") or not _OPENS.search(text):
        return None
    return _state(len(text) - len(text.lstrip(" ")), 0)


def block_line(text: str, state: int) -> int | None:
    """The state after ``text`` when it is a line of the block scalar ``state``; None when
    ``state`` is no block's or ``text`` ends the block (it is then read as any header line)."""
    block = _block(state)
    if block is None:
        return None
    parent, content = block
    if not text.strip():
        return state
    indent = len(text) - len(text.lstrip(" "))
    if indent <= parent or indent < content:
        return None
    return _state(parent, content or indent)
