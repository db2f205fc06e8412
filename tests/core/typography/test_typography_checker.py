"""Typography checker: fixture cases (markdown-it-py's fixture-file style) and their fixes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from markdown_it.utils import read_fixture_file

from postpad.core.typography import (
    Finding,
    TypographyOptions,
    apply_fix,
    apply_fixes,
    check_typography,
)

FIXTURES = Path(__file__).parent / "fixtures"
_OPTION = re.compile(r"^\[(\w+)=(\w+)\]\s*")


def _options(title: str) -> TypographyOptions:
    match = _OPTION.match(title)
    if not match:
        return TypographyOptions()
    return TypographyOptions(**{match.group(1): match.group(2)})  # type: ignore[arg-type]


def _describe(finding: Finding) -> str:
    return (
        f"{finding.line}:{finding.column} {finding.rule}/{finding.code} "
        f"{finding.found!r} -> {finding.fix!r}"
    )


def _cases(name: str) -> list[object]:
    return [
        pytest.param(title, text, expected, id=f"{name}:{line + 1}")
        for line, title, text, expected in read_fixture_file(FIXTURES / name)
    ]


@pytest.mark.parametrize(("title", "text", "expected"), _cases("findings.txt"))
def test_findings(title: str, text: str, expected: str) -> None:
    findings = check_typography(text, _options(title))
    assert [_describe(f) for f in findings] == expected.splitlines()


@pytest.mark.parametrize(("title", "text", "expected"), _cases("fixes.txt"))
def test_fixes(title: str, text: str, expected: str) -> None:
    options = _options(title)
    fixed = apply_fixes(text, check_typography(text, options))
    assert fixed == expected
    assert [f for f in check_typography(fixed, options) if f.fix is not None] == []


def test_finding_offsets_point_at_the_found_text() -> None:
    text = "---\ntitle: x\n---\n\n第一段,正文\r\n第二段“好“\n"
    for finding in check_typography(text):
        assert text[finding.start : finding.end] == finding.found
        line = text.split("\n")[finding.line - 1]
        assert line[finding.column - 1 :].startswith(finding.found)


def test_single_fix_changes_only_its_span() -> None:
    text = "甲,乙。丙,丁"
    first, second = check_typography(text)
    assert apply_fix(text, first) == "甲，乙。丙,丁"
    assert apply_fix(apply_fix(text, second), first) == "甲，乙。丙，丁"


def test_disabled_rule_does_not_run() -> None:
    text = "好！！今天,明天"
    options = TypographyOptions(disabled=frozenset({"repeated"}))
    assert {f.rule for f in check_typography(text, options)} == {"halfwidth"}


def test_hexo_header_without_opening_delimiter_is_ignored() -> None:
    text = "title: 标题,副标题\ndate: 2024/6/1\n---\n正文,正文"
    assert [(f.line, f.found) for f in check_typography(text)] == [(4, ",")]


def test_checker_handles_empty_and_unterminated_input() -> None:
    assert check_typography("") == []
    assert check_typography("```\n中文,中文") == []
