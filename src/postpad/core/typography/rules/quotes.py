"""Chinese quotation marks must pair up: “ ” and ‘ ’.

The two marks of a pair differ only slightly, so slips are common: ”词” (a closing mark used to
open), “词“, a stray extra mark. For each kind the marks of a scope are read as the alternation
open, close, open, close… that needs the fewest corrections: turning a mark round (cost 1,
fixed), an opening mark left unclosed (1.1 mid-scope, 1 at its end; reported) or a closing mark
that closes nothing (1.2, reported: removing it or moving it is the writer's call). Same-kind
quotes never nest, so the kinds are independent; scopes are paragraphs or lines (see
``scopes``). English apostrophes (it’s) are not quotes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from postpad.core.typography.finding import Issue
from postpad.core.typography.options import TypographyOptions
from postpad.core.typography.rules.scopes import best_reading

NAME = "quotes"
KINDS = (("“", "”"), ("‘", "’"))
_APOSTROPHE = re.compile(r"(?<=[A-Za-z])’(?=[A-Za-z])")

FLIP, ABANDON, UNCLOSED_END, UNMATCHED = 1.0, 1.1, 1.0, 1.2


@dataclass(frozen=True)
class _Step:
    """How one mark is read: ``open``, ``close``, ``unmatched`` or ``reopen``."""

    action: str
    cost: float
    opens: bool  # the state after it: a quote is open


def check(masked: str, options: TypographyOptions) -> Iterator[Issue]:
    """Yield quote pairing problems in ``masked``."""
    yield from best_reading(masked, _scope)


def _scope(masked: str, start: int, end: int) -> tuple[float, list[Issue]]:
    total = 0.0
    issues: list[Issue] = []
    for opener, closer in KINDS:
        marks = [
            (m.start(), m.group())
            for m in re.finditer(f"[{opener}{closer}]", masked[start:end])
            if not _APOSTROPHE.match(masked, start + m.start())
        ]
        cost, found = _pair(marks, opener, closer, start)
        total += cost
        issues += found
    issues.sort(key=lambda issue: issue.start)
    return total, issues


def _choices(mark: str, opener: str, is_open: bool) -> list[_Step]:
    as_opener = mark == opener
    if not is_open:
        steps = [_Step("open", 0.0 if as_opener else FLIP, True)]
        if not as_opener:
            steps.append(_Step("unmatched", UNMATCHED, False))
        return steps
    steps = [_Step("close", FLIP if as_opener else 0.0, False)]
    if as_opener:
        steps.append(_Step("reopen", ABANDON, True))  # the previous quote was never closed
    return steps


def _pair(
    marks: list[tuple[int, str]], opener: str, closer: str, base: int
) -> tuple[float, list[Issue]]:
    """The cheapest reading of ``marks`` (dynamic programming over open/closed)."""
    # best[state] = (cost, steps so far); state True means a quote is open
    best: dict[bool, tuple[float, list[_Step]]] = {False: (0.0, [])}
    for _, mark in marks:
        following: dict[bool, tuple[float, list[_Step]]] = {}
        for is_open, (cost, steps) in best.items():
            for step in _choices(mark, opener, is_open):
                candidate = (cost + step.cost, [*steps, step])
                if step.opens not in following or candidate[0] < following[step.opens][0]:
                    following[step.opens] = candidate
        best = following
    finals = [
        (cost + (UNCLOSED_END if is_open else 0.0), steps)
        for is_open, (cost, steps) in best.items()
    ]
    cost, steps = min(finals, key=lambda item: item[0])
    return cost, _issues(marks, steps, opener, closer, base)


def _issues(
    marks: list[tuple[int, str]], steps: list[_Step], opener: str, closer: str, base: int
) -> list[Issue]:
    issues: list[Issue] = []
    open_at: int | None = None
    for (offset, mark), step in zip(marks, steps, strict=True):
        at = base + offset
        if step.action in ("open", "reopen"):
            if step.action == "reopen" and open_at is not None:
                issues.append(Issue(open_at, open_at + 1, "unclosed", f"{opener} is never closed"))
            if mark != opener:
                issues.append(Issue(at, at + 1, "close-as-open", f"{mark} used as opening", opener))
            open_at = at
        elif step.action == "close":
            if mark != closer:
                issues.append(Issue(at, at + 1, "open-as-close", f"{mark} used as closing", closer))
            open_at = None
        else:
            issues.append(Issue(at, at + 1, "unmatched-close", f"{mark} never opened"))
    if open_at is not None:
        issues.append(Issue(open_at, open_at + 1, "unclosed", f"{opener} is never closed"))
    return issues
