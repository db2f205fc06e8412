"""Half-width punctuation inside Chinese sentences: 中文,中文 -> 中文，中文.

Flags ``, . ? ! : ;`` right after a Han character (or a Chinese closing quote/bracket) when Han
text (or a Chinese opening quote/bracket) follows (spaces in between are
dropped by the fix) or the line ends there, and ``( )`` around text touching Han characters.
Runs such as ``...`` or ``?!`` are left to the repeated-punctuation rule and the writer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from postpad.core.typography.chars import HALF_TO_FULL, HAN
from postpad.core.typography.finding import Issue
from postpad.core.typography.options import TypographyOptions

NAME = "halfwidth"
_CJK_OPEN = "“‘「『（《"
_CJK_CLOSE = "”’」』）》"
_PUNCT = re.compile(
    rf"(?<={HAN}|[{_CJK_CLOSE}])([,.?!:;])(?![,.?!:;])([ \t]*)(?={HAN}|[{_CJK_OPEN}]|\n|$)"
)
_PARENS = re.compile(rf"(?:(?<={HAN})\(([^()\n]*)\)|\(([^()\n]*)\)(?={HAN}))")


def check(masked: str, options: TypographyOptions) -> Iterator[Issue]:
    """Yield half-width punctuation used in Chinese text, with the full-width fix."""
    for match in _PUNCT.finditer(masked):
        mark = match.group(1)
        if match.start() > 0 and masked[match.start() - 1] in ",.?!:;":
            continue
        spaces = match.group(2)
        at_line_end = match.end() == len(masked) or masked[match.end()] == "\n"
        replaced = HALF_TO_FULL[mark] + (spaces if at_line_end else "")
        yield Issue(
            match.start(),
            match.end(),
            "halfwidth-punctuation",
            f"half-width {mark!r} in Chinese text",
            replaced,
        )
    for match in _PARENS.finditer(masked):
        inner = match.group(1) if match.group(1) is not None else match.group(2)
        if not re.search(HAN, inner):
            continue
        yield Issue(
            match.start(),
            match.end(),
            "halfwidth-parenthesis",
            "half-width parentheses around Chinese text",
            f"（{inner}）",
        )
