"""Spacing between Han and Latin letters or digits, by policy.

``require``: 用Git写 -> 用 Git 写; ``forbid``: 用 Git 写 -> 用Git写; ``ignore``: nothing.
Only plain spaces between a Han character and a Latin letter/digit are considered; code spans,
URLs and markup are masked and never touched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from postpad.core.typography.chars import HAN, LATIN
from postpad.core.typography.finding import Issue
from postpad.core.typography.options import TypographyOptions

NAME = "spacing"
_MISSING = re.compile(rf"{HAN}(?={LATIN})|{LATIN}(?={HAN})")
_PRESENT = re.compile(rf"(?<={HAN}) +(?={LATIN})|(?<={LATIN}) +(?={HAN})")


def check(masked: str, options: TypographyOptions) -> Iterator[Issue]:
    """Yield missing or unwanted spaces according to ``options.spacing``."""
    if options.spacing == "require":
        yield from _missing(masked)
    elif options.spacing == "forbid":
        for match in _PRESENT.finditer(masked):
            yield Issue(
                match.start(),
                match.end(),
                "spacing-unwanted",
                "space between Chinese and Latin text",
                "",
            )


def _missing(masked: str) -> Iterator[Issue]:
    """One finding per Han character that needs a space on one or both sides.

    The span is the Han character itself so that 第3章 gives two findings (第, 章) that never
    overlap, and a Han character between two Latin ones gets a single fix with both spaces.
    """
    sides: dict[int, set[str]] = {}
    for match in _MISSING.finditer(masked):
        if re.match(HAN, match.group()):
            sides.setdefault(match.start(), set()).add("after")
        else:
            sides.setdefault(match.start() + 1, set()).add("before")
    for offset in sorted(sides):
        han = masked[offset]
        before = " " if "before" in sides[offset] else ""
        after = " " if "after" in sides[offset] else ""
        yield Issue(
            offset,
            offset + 1,
            "spacing-missing",
            "no space between Chinese and Latin text",
            f"{before}{han}{after}",
        )
