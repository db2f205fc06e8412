"""Where pairing rules look: paragraphs (between blank lines), or each line of one.

Quotes may span the hard-wrapped lines of a paragraph, but posts that write one paragraph per
line (Hexo with ``breaks``) would let one slip spill over every later line. Pairing rules check
both ways and keep the reading that costs fewer corrections.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from postpad.core.typography.finding import Issue

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\x00]*\n")

ScopeCheck = Callable[[str, int, int], tuple[float, list[Issue]]]
"""``check(masked, start, end) -> (cost, issues)`` for one scope."""


def paragraphs(masked: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(masked):
        yield start, match.start()
        start = match.end()
    yield start, len(masked)


def lines(masked: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start <= end:
        stop = masked.find("\n", start, end)
        stop = end if stop == -1 else stop
        yield start, stop
        start = stop + 1


def best_reading(masked: str, check: ScopeCheck) -> Iterator[Issue]:
    """Issues per paragraph, or per line where that needs fewer corrections."""
    for start, end in paragraphs(masked):
        cost, issues = check(masked, start, end)
        if issues and "\n" in masked[start:end]:
            per_line = [check(masked, a, b) for a, b in lines(masked, start, end)]
            if sum(c for c, _ in per_line) < cost:
                issues = [issue for _, found in per_line for issue in found]
        yield from issues
