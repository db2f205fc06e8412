"""Every menu's Alt letters are unique, in English and in 简体中文: with two items on one letter,
Alt+E then P only moved between Paste, Paste as Plain Text and Next Problem."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMenu

from postpad.gui import i18n

pytestmark = pytest.mark.gui
MNEMONIC = re.compile(r"&(\w)")


def _clashes(menu: QMenu, path: str, found: list[str]) -> None:
    letters: dict[str, list[str]] = {}
    for action in menu.actions():
        text = action.text().replace("&&", "")  # "&&ensp;" is a literal &
        if action.isSeparator() or not text:
            continue
        match = MNEMONIC.search(text)
        if match:
            letters.setdefault(match.group(1).lower(), []).append(text)
        if action.menu() is not None:
            _clashes(action.menu(), f"{path} > {text}", found)
    found += [f"{path}: {texts}" for texts in letters.values() if len(texts) > 1]


def _all_clashes(window) -> list[str]:
    found: list[str] = []
    for action in window.menuBar().actions():
        if action.menu() is not None:
            _clashes(action.menu(), action.text(), found)
    return found


def test_no_two_items_of_a_menu_share_a_letter(main_window, qapp, qtbot) -> None:
    assert _all_clashes(main_window) == []
    i18n.install_translators(qapp, QLocale("zh_CN"))
    try:
        qtbot.waitUntil(lambda: main_window.menu("file").title() == "文件(&F)", timeout=5000)
        for _ in range(5):
            QCoreApplication.processEvents()
        assert _all_clashes(main_window) == []
    finally:
        i18n.install_translators(qapp, QLocale("en_US"))
        QCoreApplication.processEvents()
