"""The Raw tab writes the header exactly as shown: a no-break space the user did not touch
stays one (``toPlainText`` turns it into a space, which an edit there wrote into the post)."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from postpad.gui.editor.mirror import raw_text

POST = "---\ntitle: 你好\u00a0世界\ntags: [a]\n---\n正文\u00a0还在\n"


def test_typing_in_the_raw_view_keeps_a_no_break_space(make_panel) -> None:
    editor, panel = make_panel(POST)
    cursor = panel.raw_view.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    panel.raw_view.setTextCursor(cursor)
    panel.raw_view.insertPlainText("\ndraft: true")
    assert raw_text(editor.document()) == POST.replace("[a]\n", "[a]\ndraft: true\n")
    assert panel.fields()["title"] == "你好\u00a0世界"


def test_the_raw_view_shows_it(make_panel) -> None:
    _editor, panel = make_panel(POST)
    assert panel.raw_view.text() == "title: 你好\u00a0世界\ntags: [a]"
