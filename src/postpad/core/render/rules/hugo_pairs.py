"""Hugo's shortcode pairs matched as Hugo matches them (decisions 0220, 0238).

Hugo extracts shortcodes before Markdown: every ``{{< … >}}`` or ``{{% … %}}`` of the body
counts, in code and mid-paragraph too; a closing tag (either delimiter) ends the latest open
shortcode of its name; ``{{< name />}}`` is self-closed; ``{{</* … */>}}`` is text. Whether a
name is a pair (its template reads ``.Inner``) is decided by the caller: this module finds the
openers no closing tag ends, for every name.

``postpad check`` reads the whole body with :func:`marks`; the render reads each block's text
when it renders the block (``BlockRecord.shortcodes``) and :func:`unmatched` folds the blocks'
marks, so an edit rescans only the blocks it re-renders.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple, TypeVar

#: one shortcode, ``{{< … >}}`` or ``{{% … %}}``; group 1 what is between the delimiters
_SHORTCODE = re.compile(r"\{\{[<%](.*?)[>%]\}\}", re.S)
_NAME = re.compile(r"\s*(/)?\s*([\w./-]+)")

T = TypeVar("T")


class Mark(NamedTuple):
    """An opening (not self-closed) or closing shortcode at ``offset`` of the scanned text."""

    offset: int
    name: str
    closing: bool


def marks(text: str) -> list[Mark]:
    """The openers and closers of ``text`` in order (self-closed ones and ``{{</* */>}}`` are
    left out: they open nothing)."""
    if "{{" not in text:
        return []
    found: list[Mark] = []
    for match in _SHORTCODE.finditer(text):
        inner = match.group(1)
        name = _NAME.match(inner)
        if inner.startswith("/*") or name is None:
            continue
        closing = bool(name.group(1))
        if closing or not inner.rstrip().endswith("/"):
            found.append(Mark(match.start(), name.group(2), closing))
    return found


def unmatched(items: Iterable[tuple[str, bool, T]]) -> list[T]:
    """The ``T`` of each opener ``(name, False, T)`` that no later closer ``(name, True, _)``
    ends, in order; a closer ends the latest open one of its name (Hugo's rule)."""
    stacks: dict[str, list[tuple[int, T]]] = {}
    for index, (name, closing, item) in enumerate(items):
        stack = stacks.setdefault(name, [])
        if not closing:
            stack.append((index, item))
        elif stack:
            stack.pop()
    left = sorted((entry for stack in stacks.values() for entry in stack), key=lambda e: e[0])
    return [item for _index, item in left]


def block_marks(
    source: str, line_starts: list[int], start: int, end: int
) -> tuple[tuple[int, int, str, bool], ...]:
    """``(line, column, name, closing)`` of the marks on lines ``start``..``end`` (end
    exclusive) of ``source``, whose line ``n`` begins at ``line_starts[n]``: the line relative
    to ``start``, the column 1-based (Hugo's, as ``postpad check`` gives it)."""
    first = line_starts[start] if start < len(line_starts) else len(source)
    last = line_starts[end] if end < len(line_starts) else len(source)
    text = source[first:last]
    out: list[tuple[int, int, str, bool]] = []
    for offset, name, closing in marks(text):
        line = text.count("\n", 0, offset)
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        out.append((line, column, name, closing))
    return tuple(out)


def line_starts(source: str) -> list[int]:
    """The offset at which each line of ``source`` begins."""
    return [0, *(match.end() for match in re.finditer("\n", source))]
