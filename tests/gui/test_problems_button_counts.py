"""The status bar's problem count names errors and warnings in the interface language's plural
(no "error(s)")."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from postpad.core.site.check.context import Finding
from postpad.gui import i18n
from postpad.gui.render_warnings.panel import ProblemsButton

pytestmark = pytest.mark.gui


def _findings(errors: int, warnings: int) -> list[Finding]:
    def one(severity: str) -> Finding:
        return Finding(Path("post.md"), 1, 1, severity, "x", "x")  # type: ignore[arg-type]

    return [one("error") for _ in range(errors)] + [one("warning") for _ in range(warnings)]


@pytest.fixture
def english(qapp) -> None:
    i18n.install_translators(qapp, QLocale("en_US"))


@pytest.fixture
def chinese(qapp):
    i18n.install_translators(qapp, QLocale("zh_CN"))
    yield
    i18n.install_translators(qapp, QLocale("en_US"))


def _tip(qtbot, errors: int, warnings: int) -> str:
    button = ProblemsButton()
    qtbot.addWidget(button)
    button.set_findings(_findings(errors, warnings))
    return button.toolTip().splitlines()[0]


def test_english_counts_are_plurals(english, qtbot) -> None:
    assert _tip(qtbot, 1, 2).startswith("1 error, 2 warnings:")
    assert _tip(qtbot, 3, 1).startswith("3 errors, 1 warning:")
    assert "(s)" not in _tip(qtbot, 1, 1)


def test_chinese_counts(chinese, qtbot) -> None:
    assert _tip(qtbot, 1, 2).startswith("1 个错误、2 个警告：")
