"""Spelling: English words are checked, Han text never; without a dictionary, no feature."""

from __future__ import annotations

import pytest
from comfort_fakes import FakeWindow
from PySide6.QtCore import QSettings

from postpad.gui import spelling
from postpad.gui.editor.context_menu import context_menu_for
from postpad.gui.spelling import load_speller
from postpad.gui.spelling.attach import attach as attach_spelling
from postpad.gui.spelling.controller import spelling_controller

pytestmark = pytest.mark.gui

POST = (
    "---\ntitle: Tyypo in front matter\n---\n\n我用Postpadd写blog，感觉很好。`codez` Realy nice\n"
)


class WordListSpeller:
    """A tiny dictionary; records every word it was asked about."""

    WORDS = frozenset({"blog", "nice", "Really", "really", "Postpad"})

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.session: set[str] = set()

    def check(self, word: str) -> bool:
        self.asked.append(word)
        return word in self.WORDS or word in self.session

    def suggest(self, word: str) -> list[str]:
        return [w for w in sorted(self.WORDS) if w.lower().startswith(word[:2].lower())]

    def add_to_session(self, word: str) -> None:
        self.session.add(word)


def first_check(qtbot, controller) -> None:
    """The first check is scheduled when a tab opens (opening never waits for it)."""
    qtbot.waitUntil(lambda: controller.misspelled() != [], timeout=3000)


@pytest.fixture
def window(qtbot) -> FakeWindow:
    QSettings().remove("spelling")
    win = FakeWindow()
    qtbot.addWidget(win)
    return win


def test_only_english_prose_words_are_checked_and_marked(qtbot, window) -> None:
    speller = WordListSpeller()
    attach_spelling(window, speller)
    tab = window.add_tab(POST)
    controller = spelling_controller(tab.editor, speller)
    assert controller.misspelled() == []
    first_check(qtbot, controller)
    assert [word for _, _, word in controller.misspelled()] == ["Postpadd", "Realy"]
    assert not any("\u4e00" <= ch <= "\u9fff" for word in speller.asked for ch in word)
    assert "Tyypo" not in speller.asked
    assert "codez" not in speller.asked
    marked = [s.cursor.selectedText() for s in tab.editor.extraSelections()]
    assert marked == ["Postpadd", "Realy"]


def test_suggestion_replaces_the_word_in_one_undo_step(qtbot, window) -> None:
    speller = WordListSpeller()
    attach_spelling(window, speller)
    tab = window.add_tab(POST)
    first_check(qtbot, spelling_controller(tab.editor, speller))
    position = POST.index("Realy") + 2
    actions = context_menu_for(tab.editor).actions_at(position)
    labels = [a.text() for a in actions]
    assert labels[:2] == ["Really", "really"]
    assert labels[-2:] == ["Ignore “Realy”", "Add “Realy” to Dictionary"]
    actions[0].trigger()
    assert "Really nice" in tab.editor.toPlainText()
    tab.editor.undo()
    assert tab.editor.toPlainText() == POST


def test_add_to_dictionary_and_turning_off(qtbot, window) -> None:
    speller = WordListSpeller()
    attach_spelling(window, speller)
    tab = window.add_tab(POST)
    controller = spelling_controller(tab.editor, speller)
    first_check(qtbot, controller)
    context_menu_for(tab.editor).actions_at(POST.index("Postpadd"))[-1].trigger()
    assert [word for _, _, word in controller.misspelled()] == ["Realy"]
    window.action("actionCheckSpelling").setChecked(False)
    assert tab.editor.extraSelections() == []


def test_without_a_dictionary_the_feature_is_absent(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr(spelling, "load_speller", lambda: None)
    attach_spelling(window)
    window.add_tab(POST)
    qtbot.waitUntil(lambda: window.menu("tools").actions() == [], timeout=3000)
    assert window.findChild(type(window.menu("tools").menuAction()), "actionCheckSpelling") is None
    assert [a.text() for a in window.menu("tools").actions()] == []


def test_real_dictionary_when_installed(qtbot, window) -> None:
    speller = load_speller()
    if speller is None:
        pytest.skip("pyenchant with an English dictionary is not installed (optional)")
    attach_spelling(window, speller)
    tab = window.add_tab("我在写一篇博客，English is mostly korrect here。")
    controller = spelling_controller(tab.editor, speller)
    first_check(qtbot, controller)
    assert [word for _, _, word in controller.misspelled()] == ["korrect"]


class ShownLaterWindow(FakeWindow):
    """A window whose first frame is still to come: ``after_shown`` callbacks wait."""

    def __init__(self) -> None:
        super().__init__()
        self.pending: list[object] = []

    def after_shown(self, callback) -> None:
        self.pending.append(callback)

    def first_frame(self) -> None:
        for callback in self.pending:
            callback()
        self.pending.clear()


def test_dictionary_loads_after_the_window_is_shown(qtbot, monkeypatch) -> None:
    QSettings().remove("spelling")
    window = ShownLaterWindow()
    qtbot.addWidget(window)
    loads: list[str] = []
    speller = WordListSpeller()
    monkeypatch.setattr(spelling, "load_speller", lambda: loads.append("load") or speller)
    attach_spelling(window)
    tab = window.add_tab(POST)
    assert loads == []
    action = window.action("actionCheckSpelling")
    assert not action.isVisible()  # holds its place in Tools until the dictionary is there
    window.first_frame()  # the dictionary loads on a worker thread, the menu entry follows
    qtbot.waitUntil(action.isVisible, timeout=3000)
    assert loads == ["load"]
    assert action.isVisible()
    assert action.isChecked()
    first_check(qtbot, spelling_controller(tab.editor, speller))
    assert [word for _, _, word in spelling_controller(tab.editor, speller).misspelled()] == [
        "Postpadd",
        "Realy",
    ]


def test_no_dictionary_after_the_window_is_shown_removes_the_entry(qtbot, monkeypatch) -> None:
    window = ShownLaterWindow()
    qtbot.addWidget(window)
    monkeypatch.setattr(spelling, "load_speller", lambda: None)
    attach_spelling(window)
    assert window.findChild(type(window.menu("tools").menuAction()), "actionCheckSpelling")
    window.first_frame()
    qtbot.waitUntil(lambda: window.menu("tools").actions() == [], timeout=3000)
    assert window.findChild(type(window.menu("tools").menuAction()), "actionCheckSpelling") is None
