"""Chinese quotes and brackets must pair up: “ ” ‘ ’ 「 」 『 』 （ ） 《 》.

Checked per paragraph (text between blank lines). A closing mark with nothing open that is later
closed again was meant as an opening one (”词” -> “词”); an opening mark repeated while the same
one is open was meant as a closing one (“词“ -> “词”); a closer of the wrong kind right after an
opener (「词』) is fixed to the opener's partner. Marks left open or closed without an opener
are reported without a fix: only the writer knows where they belong.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from postpad.core.typography.chars import CLOSERS, PAIRS
from postpad.core.typography.finding import Issue
from postpad.core.typography.options import TypographyOptions

NAME = "quotes"
_MARKS = re.compile("[" + "".join(PAIRS) + "".join(CLOSERS) + ")]")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\x00]*\n")
# Quotes look alike in both directions, so a same-kind repeat is a direction slip;
# brackets nest legitimately (（（ ）） is rare but valid).
_SYMMETRIC = frozenset({"“", "‘"})
_BRACKETS = frozenset({"「", "『", "（", "《"})
_APOSTROPHE = re.compile(r"(?<=[A-Za-z])’(?=[A-Za-z])")


@dataclass
class _Open:
    mark: str
    offset: int
    reversed_from: str | None = None  # the closer written where this opener belongs


def _paragraphs(masked: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(masked):
        yield start, match.start()
        start = match.end()
    yield start, len(masked)


def check(masked: str, options: TypographyOptions) -> Iterator[Issue]:
    """Yield pairing problems in ``masked``.

    Pairs are matched per paragraph, so quotes may span hard-wrapped lines. Posts that write one
    paragraph per line (Hexo with ``breaks``) would let one slip spill over every later line; when
    checking line by line finds fewer problems, those are reported instead.
    """
    for start, end in _paragraphs(masked):
        whole = list(_check_paragraph(masked, start, end))
        if whole and "\n" in masked[start:end]:
            per_line = [
                issue
                for line_start, line_end in _lines(masked, start, end)
                for issue in _check_paragraph(masked, line_start, line_end)
            ]
            if len(per_line) < len(whole):
                whole = per_line
        yield from whole


def _lines(masked: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start <= end:
        stop = masked.find("\n", start, end)
        stop = end if stop == -1 else stop
        yield start, stop
        start = stop + 1


def _check_paragraph(masked: str, start: int, end: int) -> Iterator[Issue]:
    stack: list[_Open] = []
    for match in _MARKS.finditer(masked, start, end):
        mark, offset = match.group(), match.start()
        if _APOSTROPHE.match(masked, offset):
            continue
        if mark in PAIRS:
            yield from _opening(stack, mark, offset)
        elif mark == ")":
            if stack and stack[-1].mark == "（":
                stack.pop()
                yield Issue(offset, offset + 1, "bracket-mismatch", "（ closed by )", "）")
        else:
            yield from _closing(masked, stack, mark, offset, end)
    for left in stack:
        if left.reversed_from is not None:
            message = f"{left.reversed_from} never opened"
            yield Issue(left.offset, left.offset + 1, "unmatched-close", message)
        else:
            yield Issue(left.offset, left.offset + 1, "unclosed", f"{left.mark} is never closed")


def _opening(stack: list[_Open], mark: str, offset: int) -> Iterator[Issue]:
    if mark in _SYMMETRIC and stack and stack[-1].mark == mark:
        left = stack.pop()
        if left.reversed_from is not None:  # ”词“: both marks point the wrong way
            yield Issue(
                left.offset,
                left.offset + 1,
                "close-as-open",
                f"{left.reversed_from} used as opening",
                mark,
            )
        closer = PAIRS[mark]
        yield Issue(offset, offset + 1, "open-as-close", f"{mark} used as closing", closer)
        return
    stack.append(_Open(mark, offset))


def _closing(masked: str, stack: list[_Open], mark: str, offset: int, end: int) -> Iterator[Issue]:
    opener = CLOSERS[mark]
    if stack and stack[-1].mark == opener:
        left = stack.pop()
        if left.reversed_from is not None:
            yield Issue(
                left.offset, left.offset + 1, "close-as-open", f"{mark} used as opening", opener
            )
        return
    if any(item.mark == opener for item in stack):
        while stack[-1].mark != opener:  # the inner marks were never closed
            left = stack.pop()
            yield Issue(left.offset, left.offset + 1, "unclosed", f"{left.mark} is never closed")
        stack.pop()
        return
    top = stack[-1] if stack else None
    if top and opener in _BRACKETS and top.mark in _BRACKETS and top.reversed_from is None:
        left = stack.pop()
        wanted = PAIRS[left.mark]
        yield Issue(offset, offset + 1, "bracket-mismatch", f"{left.mark} closed by {mark}", wanted)
        return
    later_same = masked.find(mark, offset + 1, end) != -1
    later_opener = opener in _SYMMETRIC and masked.find(opener, offset + 1, end) != -1
    if later_same or later_opener:
        stack.append(_Open(opener, offset, reversed_from=mark))
        return
    yield Issue(offset, offset + 1, "unmatched-close", f"{mark} never opened")
