"""The front-matter form inside the real window: edits reach the file, broken YAML locks it."""

from __future__ import annotations

from gui_helpers import wait_for_preview_text
from PySide6.QtGui import QTextCursor

from postpad.gui.frontmatter.panel import FrontMatterPanel


def test_form_rows_match_the_post_keys(qtbot, main_window, post_file) -> None:
    tab = main_window.open_paths([post_file])[0]
    assert isinstance(tab.form, FrontMatterPanel)
    keys = [row.key for row in tab.form.rows()]
    expected = ["title", "date", "categories", "top_img", "comments", "cover", "copyright_author"]
    assert keys == expected


def test_title_edit_in_form_changes_only_that_line_on_save(qtbot, main_window, post_file) -> None:
    original = post_file.read_bytes().split(b"\n")
    tab = main_window.open_paths([post_file])[0]
    assert tab.form.apply_field("title", "冬日散记")
    assert main_window.isWindowModified()
    wait_for_preview_text(qtbot, tab.preview, "天已经黑了")
    main_window.window_actions["save"].trigger()
    saved = post_file.read_bytes().split(b"\n")
    assert len(saved) == len(original)
    changed = [i for i, (a, b) in enumerate(zip(original, saved, strict=True)) if a != b]
    assert changed == [1]
    assert saved[1].decode() == "title: 冬日散记"
    assert saved[6] == b"cover: "  # the trailing space survives
    # The form edit is one undo step in the editor.
    tab.editor.undo()
    assert tab.editor.toPlainText().split("\n")[1] == "title: 秋日散记 关于离线写作"


def test_broken_yaml_in_raw_view_locks_the_form_and_keeps_the_text(
    qtbot, main_window, post_file
) -> None:
    tab = main_window.open_paths([post_file])[0]
    form = tab.form
    form.show_raw()
    raw = form.raw_view
    cursor = raw.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    raw.setTextCursor(cursor)
    raw.setFocus()
    qtbot.keyClicks(raw, ": [unclosed")
    qtbot.waitUntil(lambda: form.error() is not None, timeout=5000)
    assert form.is_read_only()
    assert ": [unclosed" in tab.editor.toPlainText()
    assert form.error().line is not None
    for _ in range(len(": [unclosed")):
        qtbot.keyClick(raw, "\b")
    qtbot.waitUntil(lambda: form.error() is None, timeout=5000)
    assert tab.editor.toPlainText() == post_file.read_text(encoding="utf-8")
