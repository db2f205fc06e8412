"""What a rule reports: a span of the post, a stable code, and an optional fix."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Issue:
    """A rule's raw report: character offsets into the whole text, before line/column mapping."""

    start: int
    end: int
    code: str
    message: str
    fix: str | None = None


@dataclass(frozen=True)
class Finding:
    """A typography problem in a post.

    ``line`` and ``column`` are 1-based (column counts characters, not bytes); ``start``/``end``
    are 0-based character offsets into the checked text. ``fix`` replaces ``text[start:end]``
    when the rule knows the right text; ``None`` means only the writer can decide. ``message`` is
    English for the command line; the GUI words its own from ``code``, ``found`` and ``fix``.
    """

    rule: str
    code: str
    line: int
    column: int
    start: int
    end: int
    found: str
    message: str
    fix: str | None = None

    @property
    def length(self) -> int:
        """Number of characters the finding covers."""
        return self.end - self.start


def apply_fix(text: str, finding: Finding) -> str:
    """Return ``text`` with ``finding``'s fix applied (unchanged when it has none)."""
    if finding.fix is None:
        return text
    return text[: finding.start] + finding.fix + text[finding.end :]


def apply_fixes(text: str, findings: Iterable[Finding]) -> str:
    """Apply every fix that does not overlap an earlier (by position) fixed finding."""
    chosen: list[Finding] = []
    last_end = -1
    for finding in sorted(findings, key=lambda f: (f.start, f.end)):
        if finding.fix is None or finding.start < last_end:
            continue
        chosen.append(finding)
        last_end = max(finding.end, finding.start + 1)
    parts: list[str] = []
    position = 0
    for finding in chosen:  # one pass: big posts have thousands of fixes
        parts.append(text[position : finding.start])
        parts.append(finding.fix or "")
        position = finding.end
    parts.append(text[position:])
    return "".join(parts)
