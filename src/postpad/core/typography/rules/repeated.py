"""Repeated punctuation: 真的吗？？ -> 真的吗？, 好！！！ -> 好！.

The doubled forms Chinese uses on purpose (…… and ——) are not repeats; nor is ``...``.
A half-width run right after a Han character becomes one full-width mark (好!! -> 好！).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from postpad.core.typography.chars import HALF_TO_FULL, is_han
from postpad.core.typography.finding import Issue
from postpad.core.typography.options import TypographyOptions

NAME = "repeated"
_REPEATED = re.compile(r"([，。！？；：、,!?;:])\1+")


def check(masked: str, options: TypographyOptions) -> Iterator[Issue]:
    """Yield runs of the same punctuation mark, fixed to a single one."""
    for match in _REPEATED.finditer(masked):
        mark = match.group(1)
        after_han = match.start() > 0 and is_han(masked[match.start() - 1])
        single = HALF_TO_FULL.get(mark, mark) if after_han else mark
        yield Issue(
            match.start(),
            match.end(),
            "repeated-punctuation",
            f"{mark} repeated {len(match.group())} times",
            single,
        )
