"""Counts read right in both languages ("1 post", not "1 posts") and shortcuts read as printed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QKeySequence

from postpad.gui import i18n
from postpad.gui.actions import ACTIONS, _shortcuts

pytestmark = pytest.mark.gui


def _translate(context: str, text: str, n: int) -> str:
    return QCoreApplication.translate(context, text, "", n)


@pytest.fixture
def english(qapp):
    i18n.install_translators(qapp, QLocale("en_US"))
    yield
    i18n.install_translators(qapp, QLocale("en_US"))


@pytest.fixture
def chinese(qapp):
    i18n.install_translators(qapp, QLocale("zh_CN"))
    yield
    i18n.install_translators(qapp, QLocale("en_US"))


def test_english_counts_use_singular_and_plural(english) -> None:
    assert _translate("SitePanel", "%n post(s)", 1) == "1 post"
    assert _translate("SitePanel", "%n post(s)", 12) == "12 posts"
    assert _translate("StatusBar", "%n word(s)", 1) == "1 word"
    assert _translate("StatusBar", "%n word(s)", 1400) == "1400 words"
    assert _translate("FindBar", "%n match(es)", 1) == "1 match"


def test_chinese_counts_have_no_english_plural_marks(chinese) -> None:
    assert _translate("SitePanel", "%n post(s)", 1) == "1 篇文章"
    assert _translate("StatusBar", "%n word(s)", 1400) == "1400 字"
    assert _translate("StatusBar", "%n min", 5) == "5 分钟"


def test_menu_shortcuts_read_as_printed_on_the_keyboard(qapp) -> None:
    for spec in ACTIONS:
        keys = _shortcuts(spec)
        if keys:
            shown = keys[0].toString(QKeySequence.SequenceFormat.NativeText)
            assert "Backtab" not in shown, spec.id
    previous = next(spec for spec in ACTIONS if spec.id == "previous_tab")
    texts = [k.toString() for k in _shortcuts(previous)]
    assert texts[0] == "Ctrl+Shift+Tab"
    assert any("Backtab" in t for t in texts[1:])  # X11's Shift+Tab still switches tabs
