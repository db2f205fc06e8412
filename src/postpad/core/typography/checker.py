"""Run the typography rules over a post and report findings with file line/column positions."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from types import ModuleType

from postpad.core.typography.blocks import classify_lines
from postpad.core.typography.chars import MASK
from postpad.core.typography.finding import Finding, Issue
from postpad.core.typography.mask import mask_text
from postpad.core.typography.options import TypographyOptions
from postpad.core.typography.rules import brackets, halfwidth, quotes, repeated, spacing

RULES: tuple[ModuleType, ...] = (quotes, brackets, halfwidth, spacing, repeated)
"""Rule modules in reporting order; each has ``NAME`` and ``check(masked, options)``."""

RULE_NAMES: tuple[str, ...] = tuple(rule.NAME for rule in RULES)


def check_typography(text: str, options: TypographyOptions | None = None) -> list[Finding]:
    """Check the whole post ``text`` (front matter included, ``\\n`` line breaks).

    Front matter, code, URLs, HTML and engine tags are ignored. Findings are sorted by position.
    """
    options = options or TypographyOptions()
    line_map = classify_lines(text)
    masked = mask_text(text, line_map)
    findings = [
        _locate(text, line_map.starts, rule.NAME, issue)
        for rule in RULES
        if rule.NAME not in options.disabled
        for issue in _issues(rule, masked, options)
    ]
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    return findings


def _issues(rule: ModuleType, masked: str, options: TypographyOptions) -> Iterator[Issue]:
    issues: Iterator[Issue] = rule.check(masked, options)
    return issues


def _locate(text: str, starts: tuple[int, ...], rule: str, issue: Issue) -> Finding:
    index = bisect_right(starts, issue.start) - 1
    return Finding(
        rule=rule,
        code=issue.code,
        line=index + 1,
        column=issue.start - starts[index] + 1,
        start=issue.start,
        end=issue.end,
        found=text[issue.start : issue.end],
        message=issue.message,
        fix=_unmasked(text, issue),
    )


def _unmasked(text: str, issue: Issue) -> str | None:
    """The fix with the text the rules do not read (code, link targets, URLs) as written: a rule
    builds it from the masked text, so ``(`code` 中文)`` gave ``（\\0\\0… 中文）``. A masked
    character stands for the original at the same offset; a fix that moved one is dropped."""
    fix = issue.fix
    if fix is None or MASK not in fix:
        return fix
    if len(fix) != issue.end - issue.start:
        return None  # no rule does this today; never write the mask into a post
    original = text[issue.start : issue.end]
    return "".join(original[i] if char == MASK else char for i, char in enumerate(fix))
