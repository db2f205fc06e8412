"""A whole date typed (after Ctrl+A) or pasted into the date picker is read as one date.

QDateTimeEdit edited section by section: typing ``2024-06-05T09:30:00+08:00`` over the selected
text wrote ``09:00:30``."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from postpad.gui.frontmatter.editors.dates import DateEditor

pytestmark = pytest.mark.gui


def _post(date_line: str) -> str:
    return f"---\ntitle: 日期\n{date_line}\ntags: [a]\n---\n正文\n"


def _picker(panel) -> DateEditor:
    row = panel.row("date")
    assert row is not None
    assert isinstance(row.editor, DateEditor)
    return row.editor


@pytest.mark.parametrize(
    ("engine", "old", "typed", "new"),
    [
        (
            "hugo",
            "2024-06-02T10:00:00+08:00",
            "2024-06-05T09:30:00+08:00",
            "2024-06-05T09:30:00+08:00",
        ),
        ("hexo", "2024-06-02 10:00:00", "2024-06-05 09:30:00", "2024-06-05 09:30:00"),
        ("hugo", "2024-06-02 10:00:00", "2024-06-05 09:30:15", "2024-06-05 09:30:15"),
    ],
)
def test_typing_a_whole_date_writes_it(make_panel, qtbot, engine, old, typed, new) -> None:
    editor, panel = make_panel(_post(f"date: {old}"), engine=engine)
    picker = _picker(panel).picker
    panel.show()
    picker.setFocus()
    qtbot.keyClick(picker, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(picker, typed)
    qtbot.keyClick(picker, Qt.Key.Key_Tab)
    assert editor.toPlainText() == _post(f"date: {new}")


def test_pasting_a_whole_date_writes_it(make_panel, qtbot) -> None:
    editor, panel = make_panel(_post("date: 2024-06-02T10:00:00+08:00"), engine="hugo")
    picker = _picker(panel).picker
    panel.show()
    picker.setFocus()
    QGuiApplication.clipboard().setText("2024-06-05T09:30:00+08:00")
    qtbot.keyClick(picker, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == _post("date: 2024-06-05T09:30:00+08:00")


def test_text_that_is_no_date_changes_nothing(make_panel, qtbot) -> None:
    text = _post("date: 2024-06-02T10:00:00+08:00")
    editor, panel = make_panel(text, engine="hugo")
    picker = _picker(panel).picker
    panel.show()
    picker.setFocus()
    qtbot.keyClick(picker, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(picker, "next tuesday")
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert editor.toPlainText() == text
    assert picker.text() == "2024-06-02T10:00:00+08:00"


def test_section_editing_still_works(make_panel, qtbot) -> None:
    editor, panel = make_panel(_post("date: 2024-06-02T10:00:00+08:00"), engine="hugo")
    picker = _picker(panel).picker
    panel.show()
    picker.setFocus()
    picker.setCurrentSection(picker.Section.DaySection)
    qtbot.keyClick(picker, Qt.Key.Key_Up)
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert editor.toPlainText() == _post("date: 2024-06-03T10:00:00+08:00")
