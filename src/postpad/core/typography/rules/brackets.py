"""Chinese brackets must pair up: 「 」 『 』 （ ） 《 》.

Brackets nest, so they are matched with a stack per scope (paragraph or line, see ``scopes``).
A closer of the wrong kind right after an opener (「词』) is fixed to the opener's partner, and so
is a half-width ``)`` closing a full-width （. Brackets left open or closing nothing are reported
without a fix: only the writer knows where they belong.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from postpad.core.typography.finding import Issue
from postpad.core.typography.options import TypographyOptions
from postpad.core.typography.rules.scopes import best_reading

NAME = "brackets"
PAIRS = {"「": "」", "『": "』", "（": "）", "《": "》"}
CLOSERS = {close: open_ for open_, close in PAIRS.items()}
_MARKS = re.compile("[" + "".join(PAIRS) + "".join(CLOSERS) + ")]")


def check(masked: str, options: TypographyOptions) -> Iterator[Issue]:
    """Yield bracket pairing problems in ``masked``."""
    yield from best_reading(masked, _scope)


def _scope(masked: str, start: int, end: int) -> tuple[float, list[Issue]]:
    stack: list[tuple[str, int]] = []
    issues: list[Issue] = []
    for match in _MARKS.finditer(masked, start, end):
        mark, offset = match.group(), match.start()
        if mark in PAIRS:
            stack.append((mark, offset))
        elif mark == ")":
            if stack and stack[-1][0] == "（":
                stack.pop()
                issues.append(Issue(offset, offset + 1, "bracket-mismatch", "（ closed by )", "）"))
        else:
            issues += _close(stack, mark, offset)
    issues += [Issue(at, at + 1, "unclosed", f"{mark} is never closed") for mark, at in stack]
    issues.sort(key=lambda issue: issue.start)
    return float(len(issues)), issues


def _close(stack: list[tuple[str, int]], mark: str, offset: int) -> list[Issue]:
    opener = CLOSERS[mark]
    if stack and stack[-1][0] == opener:
        stack.pop()
        return []
    if any(open_mark == opener for open_mark, _ in stack):
        issues = []
        while stack[-1][0] != opener:  # the inner brackets were never closed
            inner, at = stack.pop()
            issues.append(Issue(at, at + 1, "unclosed", f"{inner} is never closed"))
        stack.pop()
        return issues
    if stack:
        top, _ = stack.pop()
        wanted = PAIRS[top]
        return [Issue(offset, offset + 1, "bracket-mismatch", f"{top} closed by {mark}", wanted)]
    return [Issue(offset, offset + 1, "unmatched-close", f"{mark} never opened")]
