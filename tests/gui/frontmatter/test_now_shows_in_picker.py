"""Now shows the date it wrote: the picker kept showing the old date (``2024/6/1``) while the
editor held ``date: 2026/12/6``, because the editor took the written value as already shown."""

from __future__ import annotations

import datetime as dt

import pytest

from postpad.gui.frontmatter.editors.dates import DateEditor


@pytest.mark.parametrize(
    ("written", "shown"),
    [("2024/6/1", "{d.year}/{d.month}/{d.day}"), ("2024-06-01 10:00:00", "{d:%Y-%m-%d}")],
)
def test_now_shows_the_written_date_in_the_picker(make_panel, written: str, shown: str) -> None:
    editor, panel = make_panel(f"---\ntitle: t\ndate: {written}\n---\n")
    row = panel.row("date")
    assert row is not None
    assert isinstance(row.editor, DateEditor)
    row.editor.now_button.click()
    line = editor.toPlainText().split("\n")[2].removeprefix("date: ")
    today = dt.date.today()
    assert line.startswith(shown.format(d=today))
    assert row.editor.picker.text() == line
