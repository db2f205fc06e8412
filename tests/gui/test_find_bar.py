"""Find/replace bar on a plain QPlainTextEdit: modes, regex groups, scope, undo, count."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from postpad.core.text.find import FindOptions, compile_pattern, replacement_for
from postpad.gui.editor.textspans import layers_for
from postpad.gui.find.bar import FindBar

pytestmark = pytest.mark.gui

TEXT = "Cat cat concat.\n第一章 猫\ncat𠀀cat 2024-06-01\n"


@pytest.fixture
def setup(qtbot):
    editor = QPlainTextEdit()
    editor.setPlainText(TEXT)
    bar = FindBar()
    qtbot.addWidget(editor)
    qtbot.addWidget(bar)
    bar.set_editor(editor)
    bar.open_bar(replace=True)
    return editor, bar


def test_plain_search_is_case_insensitive_by_default(setup) -> None:
    _editor, bar = setup
    bar.find_edit.setText("cat")
    assert bar.match_count() == 5
    bar.case_box.setChecked(True)
    assert bar.match_count() == 4
    bar.word_box.setChecked(True)
    assert bar.match_count() == 1  # "cat" alone; concat and cat𠀀cat touch word characters
    assert "1" in bar.count_label.text()


def test_next_and_previous_wrap_and_select(setup) -> None:
    editor, bar = setup
    bar.case_box.setChecked(True)
    bar.find_edit.setText("cat")
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    positions = []
    for _ in range(5):
        assert bar.find_next()
        positions.append(editor.textCursor().selectionStart())
    assert positions[4] == positions[0]  # wrapped after four matches
    assert editor.textCursor().selectedText() == "cat"
    assert bar.find_previous()
    assert editor.textCursor().selectionStart() == positions[3]
    assert bar.count_label.text() == "4 of 4"


def test_positions_are_right_after_astral_han_characters(setup) -> None:
    editor, bar = setup
    bar.case_box.setChecked(True)
    bar.find_edit.setText("cat")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    bar.find_previous()
    cursor = editor.textCursor()
    assert cursor.selectedText() == "cat"
    utf16_start = len(TEXT[: TEXT.rindex("cat")].encode("utf-16-le")) // 2
    assert cursor.selectionStart() == utf16_start  # 𠀀 is two UTF-16 units, one code point


def test_regex_replace_all_with_groups_is_one_undo_step(setup) -> None:
    editor, bar = setup
    bar.regex_box.setChecked(True)
    bar.find_edit.setText(r"(\d{4})-(\d{2})-(\d{2})")
    bar.replace_edit.setText("$1/${2}/\\3")
    assert bar.replace_all() == 1
    assert editor.toPlainText().endswith("cat𠀀cat 2024/06/01\n")
    bar.find_edit.setText("cat")
    bar.regex_box.setChecked(False)
    bar.replace_edit.setText("狗")
    assert bar.replace_all() == 5
    assert "cat" not in editor.toPlainText().lower().replace("con", "")
    editor.undo()
    assert editor.toPlainText().endswith("cat𠀀cat 2024/06/01\n")
    editor.undo()
    assert editor.toPlainText() == TEXT


def test_replace_in_selection_only(setup) -> None:
    editor, bar = setup
    cursor = editor.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(editor.toPlainText().index("\n第"), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    bar.selection_box.setChecked(True)
    bar.find_edit.setText("cat")
    assert bar.match_count() == 3
    bar.replace_edit.setText("dog")
    bar.replace_all()
    assert editor.toPlainText() == TEXT.replace("Cat cat concat", "dog dog condog")


def test_replace_current_then_moves_on(setup) -> None:
    editor, bar = setup
    bar.case_box.setChecked(True)
    bar.find_edit.setText("cat")
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    bar.find_next()
    bar.replace_edit.setText("CAT")
    bar.replace_current()
    assert editor.toPlainText().startswith("Cat CAT concat")
    assert editor.textCursor().selectedText() == "cat"


def test_invalid_regex_is_reported_not_raised(setup) -> None:
    editor, bar = setup
    bar.regex_box.setChecked(True)
    bar.find_edit.setText("(unclosed")
    assert bar.match_count() == 0
    assert bar.count_label.text().startswith("Invalid pattern")
    assert layers_for(editor).get("find") == []


def test_matches_are_highlighted_and_cleared_on_close(setup) -> None:
    editor, bar = setup
    bar.find_edit.setText("猫")
    assert len(editor.extraSelections()) == 1
    bar.close_bar()
    assert editor.extraSelections() == []
    assert not bar.isVisible()


def test_replacement_templates() -> None:
    pattern = compile_pattern(FindOptions(r"(?P<y>\d+)年", regex=True))
    assert pattern is not None
    match = pattern.search("2024年")
    assert match is not None
    assert replacement_for(match, "${y}/$1 $$", regex=True) == "2024/2024 $"
    assert replacement_for(match, "$1", regex=False) == "$1"
    assert compile_pattern(FindOptions("")) is None


def test_the_bar_closes_with_the_last_tab(qtbot) -> None:
    from comfort_fakes import FakeWindow
    from PySide6.QtWidgets import QDockWidget

    from postpad.gui.find.attach import attach

    window = FakeWindow()
    qtbot.addWidget(window)
    attach(window)
    window.add_tab(TEXT)
    window.show()
    window.action("actionFind").trigger()
    dock = window.findChild(QDockWidget, "findDock")
    assert dock.isVisible()
    window.current_tab_changed.emit(None)  # the last tab closed
    assert not dock.isVisible()
