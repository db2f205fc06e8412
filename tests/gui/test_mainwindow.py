"""The real main window, offscreen: open, type, preview, save."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import wait_for_preview_text
from PySide6.QtGui import QTextCursor


def _move_to_end(editor) -> None:
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)


def test_open_post_shows_form_editor_and_preview(qtbot, main_window, post_file: Path) -> None:
    tabs = main_window.open_paths([post_file])
    assert len(tabs) == 1
    tab = main_window.current_tab()
    assert tab is tabs[0]
    assert tab.form is not None
    assert tab.splitter.indexOf(tab.form) == 0
    assert tab.splitter.indexOf(tab.editor) == 1
    assert tab.splitter.indexOf(tab.preview) == 2
    assert tab.editor.toPlainText() == post_file.read_text(encoding="utf-8")
    assert main_window.windowTitle().startswith("autumn-notes.md")
    assert main_window.windowTitle().endswith("— Postpad")
    wait_for_preview_text(qtbot, tab.preview, "离线写作最大的好处是专注")


def test_typing_updates_preview_and_save_changes_only_typed_bytes(
    qtbot, main_window, post_file: Path
) -> None:
    original = post_file.read_bytes()
    tab = main_window.open_paths([post_file])[0]
    wait_for_preview_text(qtbot, tab.preview, "天已经黑了")
    _move_to_end(tab.editor)
    tab.editor.setFocus()
    qtbot.keyClicks(tab.editor, " Postpad typed this")
    wait_for_preview_text(qtbot, tab.preview, "天已经黑了。 Postpad typed this")
    assert main_window.isWindowModified()
    main_window.window_actions["save"].trigger()
    assert not main_window.isWindowModified()
    assert post_file.read_bytes() == original + b" Postpad typed this"
