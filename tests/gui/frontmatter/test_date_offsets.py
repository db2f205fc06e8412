"""A written UTC offset is shown in the date picker and kept, with the rest of the written
date, when only the day or the time is changed (decision 0248)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QDateTimeEdit

from postpad.gui import i18n
from postpad.gui.frontmatter.editors.dates import DateEditor


def _post(date_line: str) -> str:
    return f"---\ntitle: 时区\n{date_line}\ntags: [a]\n---\n正文\n"


def _date_editor(panel) -> DateEditor:
    row = panel.row("date")
    assert row is not None
    assert isinstance(row.editor, DateEditor)
    return row.editor


@pytest.mark.parametrize(
    ("engine", "line", "shown", "after"),
    [
        (
            "hugo",
            "date: 2023-01-05T10:00:00+08:00",
            "2023-01-05T10:00:00+08:00",
            "date: 2023-01-06T10:00:00+08:00",
        ),
        (
            "jekyll",
            "date: 2023-01-05 10:00:00 +08:00",
            "2023-01-05 10:00:00 +08:00",
            "date: 2023-01-06 10:00:00 +08:00",
        ),
        (
            "jekyll",
            "date: 2023-01-05 10:00:00 -0500",
            "2023-01-05 10:00:00 -0500",
            "date: 2023-01-06 10:00:00 -0500",
        ),
        (
            "hugo",
            "date: 2023-01-05T10:00:00Z",
            "2023-01-05T10:00:00Z",
            "date: 2023-01-06T10:00:00Z",
        ),
        (
            "hugo",
            "date: '2023-01-05T10:00:00+05:30'",
            "2023-01-05T10:00:00+05:30",
            "date: '2023-01-06T10:00:00+05:30'",
        ),
        (
            "hugo",
            "date: 2023-01-05T10:00:00.250+08:00",
            "2023-01-05T10:00:00+08:00",
            "date: 2023-01-06T10:00:00.250+08:00",
        ),
    ],
)
def test_the_written_offset_is_shown_and_kept(make_panel, engine, line, shown, after) -> None:
    editor, panel = make_panel(_post(line), engine=engine, theme=None)
    picker = _date_editor(panel).picker
    assert picker.text() == shown
    picker.setDate(QDate(2023, 1, 6))
    assert editor.toPlainText() == _post(after)


def test_typing_a_day_keeps_the_offset(make_panel, qtbot) -> None:
    editor, panel = make_panel(_post("date: 2023-01-05 10:00:00 +08:00"), engine="jekyll")
    picker = _date_editor(panel).picker
    picker.setFocus()
    picker.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(picker, "09")
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert editor.toPlainText() == _post("date: 2023-01-09 10:00:00 +08:00")


def test_now_is_written_as_a_time_in_the_written_offset(make_panel) -> None:
    editor, panel = make_panel(_post("date: 2023-01-05T10:00:00-05:00"), engine="hugo")
    before = dt.datetime.now(dt.UTC)
    _date_editor(panel).now_button.click()
    line = editor.toPlainText().split("\n")[2]
    assert line.endswith("-05:00")
    written = dt.datetime.fromisoformat(line.removeprefix("date: "))
    assert abs(written - before) < dt.timedelta(seconds=5)  # the same moment, not 5 hours off


def test_hexo_says_it_ignores_the_offset(make_panel) -> None:
    _editor, panel = make_panel(_post("date: 2023-01-05 03:00:00 +08:00"))
    editor = _date_editor(panel)
    assert editor.picker.text() == "2023-01-05 03:00:00 +08:00"
    note = editor.offset_note
    assert not note.isHidden()
    assert note.text().startswith("Hexo ignores the offset +08:00")
    assert "2023-01-04 19:00:00" in note.text()  # the time in UTC, on the day before


def test_quoted_hexo_offset_depends_on_the_machine(make_panel) -> None:
    _editor, panel = make_panel(_post("date: '2023-01-05T03:00:00Z'"))
    note = _date_editor(panel).offset_note
    assert note.text().startswith("Hexo does not honour the offset Z")


def test_no_note_without_an_offset_or_for_engines_that_honour_it(make_panel) -> None:
    _editor, panel = make_panel(_post("date: 2023-01-05 03:00:00"))
    assert _date_editor(panel).offset_note.isHidden()
    _editor, panel = make_panel(_post("date: 2023-01-05T03:00:00+08:00"), engine="hugo")
    assert _date_editor(panel).offset_note.isHidden()


def test_hexo_note_in_chinese(make_panel, qapp) -> None:
    i18n.install_translators(qapp, QLocale("zh_CN"))
    try:
        _editor, panel = make_panel(_post("date: 2023-01-05 03:00:00 +08:00"))
        text = _date_editor(panel).offset_note.text()
    finally:
        i18n.install_translators(qapp, QLocale("en_US"))
    assert text.startswith("Hexo 不理会时区偏移 +08:00")
    assert "2023-01-04 19:00:00" in text


_DST_GAP = """
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from postpad.gui.frontmatter.panel import FrontMatterPanel
app = QApplication([])
editor = QPlainTextEdit()
editor.setPlainText("---\\ntitle: x\\ndate: 2024-03-10T02:30:00+08:00\\n---\\nb\\n")
panel = FrontMatterPanel(editor.document(), engine="hugo")
picker = panel.row("date").editor.picker
print(picker.text())
picker.setDate(QDate(2024, 3, 11))
print(editor.toPlainText().split("\\n")[2])
"""


def test_a_time_in_the_machines_daylight_saving_gap_is_kept() -> None:
    """02:30 does not exist on 2024-03-10 in New York: the picker showed 03:30 and wrote it when
    only the day was changed."""
    env = {**os.environ, "TZ": "America/New_York", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _DST_GAP], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    shown, written = result.stdout.splitlines()[-2:]
    assert shown == "2024-03-10T02:30:00+08:00"
    assert written == "date: 2024-03-11T02:30:00+08:00"
