"""A fix never carries the checker's mask: the text the rules do not read (code, link targets,
URLs) is kept as written. A real Jekyll post's ``(同时也是[Learning …](http://…)的作者)`` got the
fix ``（同时也是[Learning …]\\x00\\x00…的作者）``: Fix All would have written NUL bytes over
the link target (and over any code span inside Chinese parentheses)."""

from __future__ import annotations

import pytest

from postpad.core.typography.checker import check_typography
from postpad.core.typography.finding import apply_fixes

CASES = [
    ("见(`code` 和中文)。\n", "见（`code` 和中文）。\n"),
    (
        "作者(同时也是[Learning JS](http://addyosmani.com/book/)的作者)写的。\n",
        "作者（同时也是[Learning JS](http://addyosmani.com/book/)的作者）写的。\n",
    ),
    ("中文(见 https://example.com/a 的说明)\n", "中文（见 https://example.com/a 的说明）\n"),
]


@pytest.mark.parametrize(("text", "fixed"), CASES)
def test_parentheses_fix_keeps_what_the_rules_do_not_read(text: str, fixed: str) -> None:
    findings = [f for f in check_typography(text) if f.code == "halfwidth-parenthesis"]
    assert len(findings) == 1
    assert "\x00" not in (findings[0].fix or "")
    assert apply_fixes(text, findings) == fixed
