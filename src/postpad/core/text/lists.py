"""List and quote prefixes Enter repeats on the next line (Qt-free; the editor's writing aids)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_CONTINUATION = re.compile(
    r"^(?P<indent>\s*)(?P<quote>(?:>\s?)*)(?P<marker>(?:[-+*]|(?P<number>\d{1,9})(?P<delim>[.)]))"
    r"(?P<gap>\s+)(?P<task>\[[ xX]\]\s+)?)?"
)


@dataclass(frozen=True)
class LinePrefix:
    """The part of a line that Enter repeats on the next line."""

    text: str
    """The prefix as written on the current line."""
    next_text: str
    """The prefix for the next line (numbers incremented, tasks unchecked)."""


def line_prefix(line: str) -> LinePrefix | None:
    """Return the list/quote prefix of ``line``, or None when Enter should behave normally."""
    match = _CONTINUATION.match(line)
    if not match or not (match.group("quote") or match.group("marker")):
        return None
    current = match.group(0)
    marker = match.group("marker") or ""
    if match.group("number"):
        number = int(match.group("number")) + 1
        marker = f"{number}{match.group('delim')}{match.group('gap')}"
    if match.group("task"):
        marker = marker.replace(match.group("task"), "") + "[ ] "
    next_text = match.group("indent") + match.group("quote") + marker
    return LinePrefix(current, next_text)
