"""Files changed outside Postpad: silent reload when clean, a bar when dirty, deletion reported."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from postpad.gui.documents.external import EXTERNAL_CHANGES
from postpad.gui.recovery.attach import RECOVERY

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _no_blocking_prompts(monkeypatch: pytest.MonkeyPatch) -> None:
    from postpad.gui.documents.manager import Answer, DocumentManager

    monkeypatch.setattr(DocumentManager, "ask_save_changes", lambda _self, _tab: Answer.DISCARD)


def _external(window):
    return window.features.require(EXTERNAL_CHANGES)


def _write_elsewhere(path: Path, text: str) -> None:
    """What another editor does: write a temp file and rename it over the post."""
    temp = path.with_name(path.name + ".other-editor")
    temp.write_bytes(text.encode("utf-8"))
    os.replace(temp, path)


def _put_cursor(editor, line: int, column: int) -> None:
    block = editor.document().findBlockByNumber(line)
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + column)
    editor.setTextCursor(cursor)


def test_clean_buffer_reloads_silently_keeping_cursor(qtbot, main_window, post_file: Path) -> None:
    tab = main_window.open_paths([post_file])[0]
    _put_cursor(tab.editor, 3, 2)
    new_text = "NEW FIRST LINE\n" + post_file.read_text(encoding="utf-8").replace("秋", "冬")
    _write_elsewhere(post_file, new_text)
    qtbot.waitUntil(lambda: tab.text() == new_text, timeout=8000)  # the watcher noticed
    assert not tab.is_modified()
    cursor = tab.editor.textCursor()
    assert (cursor.blockNumber(), cursor.positionInBlock()) == (3, 2)
    assert _external(main_window).bar(tab) is None
    assert tab.document.base.text == new_text


def test_window_activation_check_catches_what_the_watcher_missed(
    main_window, post_file: Path
) -> None:
    tab = main_window.open_paths([post_file])[0]
    external = _external(main_window)
    external.watcher.removePaths(external.watcher.files() + external.watcher.directories())
    _write_elsewhere(post_file, "changed while unwatched\n")
    from PySide6.QtCore import Qt

    external._on_app_state(Qt.ApplicationState.ApplicationActive)
    assert tab.text() == "changed while unwatched\n"
    assert str(post_file) in external.watcher.files()  # watching again


def test_touch_without_change_does_nothing(main_window, post_file: Path) -> None:
    tab = main_window.open_paths([post_file])[0]
    tab.editor.insertPlainText("mine")
    os.utime(post_file, None)
    assert _external(main_window).check(tab) == ""
    assert "mine" in tab.text()


def test_dirty_buffer_shows_bar_and_reload_theirs(qtbot, main_window, post_file: Path) -> None:
    tab = main_window.open_paths([post_file])[0]
    tab.editor.insertPlainText("my edit ")
    _write_elsewhere(post_file, "their version\n")
    external = _external(main_window)
    qtbot.waitUntil(lambda: external.bar(tab) is not None, timeout=8000)
    bar = external.bar(tab)
    assert bar.kind == "changed"
    assert set(bar.buttons) == {"reload", "keepMine", "compare"}
    assert "my edit " in tab.text()  # nothing lost while the bar waits
    assert external.in_conflict(tab)
    bar.buttons["reload"].click()
    assert tab.text() == "their version\n"
    assert not tab.is_modified()
    assert external.bar(tab) is None
    tab.editor.undo()  # the reload is one undoable step: "my edit" comes back
    assert "my edit " in tab.text()


def test_keep_mine_then_save_overwrites_without_asking(
    qtbot, main_window, post_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = main_window.open_paths([post_file])[0]
    tab.editor.insertPlainText("mine wins ")
    _write_elsewhere(post_file, "theirs\n")
    external = _external(main_window)
    assert external.check(tab) == "changed"
    external.bar(tab).buttons["keepMine"].click()
    assert external.bar(tab) is None
    assert tab.is_modified()

    def no_prompt(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("keep mine must not ask again on save")

    monkeypatch.setattr(QMessageBox, "warning", no_prompt)
    assert main_window.documents.save(tab)
    assert post_file.read_text(encoding="utf-8").startswith("mine wins ")


def test_save_without_deciding_still_refuses_silent_overwrite(
    main_window, post_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = main_window.open_paths([post_file])[0]
    tab.editor.insertPlainText("mine ")
    _write_elsewhere(post_file, "theirs\n")
    asked: list[object] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel,
    )
    assert not main_window.documents.save(tab)
    assert asked, "the core conflict check must make the manager ask"
    assert post_file.read_text(encoding="utf-8") == "theirs\n"


def test_compare_takes_chosen_hunks(qtbot, main_window, post_file: Path) -> None:
    post_file.write_text("a\nb\nc\nd\n", encoding="utf-8")
    tab = main_window.open_paths([post_file])[0]
    cursor = tab.editor.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.insertText("a\nB-mine\nc\nD-mine\n")
    _write_elsewhere(post_file, "a\nB-theirs\nc\nD-theirs\n")
    external = _external(main_window)
    assert external.check(tab) == "changed"
    dialog = external.compare(tab)
    assert dialog is not None
    assert dialog.hunk_list.count() == 2
    assert dialog.diff.left.toPlainText() == "a\nB-theirs\nc\nD-theirs\n"
    assert dialog.diff.right.toPlainText() == "a\nB-mine\nc\nD-mine\n"
    dialog.set_taken({1})
    dialog.buttons.button(dialog.buttons.StandardButton.Apply).click()
    assert tab.text() == "a\nB-mine\nc\nD-theirs\n"
    assert tab.is_modified()
    assert external.bar(tab) is None
    assert main_window.documents.save(tab)  # merged against the disk copy: no conflict
    assert post_file.read_text(encoding="utf-8") == "a\nB-mine\nc\nD-theirs\n"


def test_deleted_file_keeps_buffer_and_can_be_saved_again(
    qtbot, main_window, post_file: Path
) -> None:
    tab = main_window.open_paths([post_file])[0]
    text = tab.text()
    post_file.unlink()
    external = _external(main_window)
    qtbot.waitUntil(lambda: external.bar(tab) is not None, timeout=8000)
    bar = external.bar(tab)
    assert bar.kind == "deleted"
    assert "deleted or moved" in bar.label.text()
    assert tab.text() == text
    bar.buttons["saveAgain"].click()
    assert post_file.read_text(encoding="utf-8") == text
    assert external.bar(tab) is None


def test_file_reappearing_clears_the_deleted_bar(qtbot, main_window, post_file: Path) -> None:
    tab = main_window.open_paths([post_file])[0]
    original = post_file.read_bytes()
    moved = post_file.with_name("moved.md")
    post_file.rename(moved)
    external = _external(main_window)
    assert external.check(tab) == "deleted"
    moved.rename(post_file)
    qtbot.waitUntil(lambda: external.bar(tab) is None, timeout=8000)
    assert post_file.read_bytes() == original


def test_read_only_file_is_announced_with_save_as(main_window, post_file: Path) -> None:
    post_file.chmod(0o444)
    try:
        tab = main_window.open_paths([post_file])[0]
        bar = _external(main_window).bar(tab)
        assert bar is not None
        assert bar.kind == "read-only"
        assert "saveAs" in bar.buttons
    finally:
        post_file.chmod(0o644)


def test_unreadable_new_version_keeps_buffer(qtbot, main_window, post_file: Path) -> None:
    tab = main_window.open_paths([post_file])[0]
    text = tab.text()
    post_file.write_bytes(b"\x00\x01binary now")
    external = _external(main_window)
    assert external.check(tab) == "failed"
    assert external.bar(tab).kind == "failed"
    assert external.bar(tab).label.text() == (
        f"{post_file.name} changed on disk but cannot be read. "
        "The file holds binary data, not text. Your text is kept."
    )  # a translated sentence (gui/errors.py), not the core error's English summary
    assert tab.text() == text


# --- autosave ---------------------------------------------------------------------------------


def test_autosave_is_off_by_default_and_saves_after_a_pause(
    qtbot, main_window, post_file: Path
) -> None:
    autosave = main_window.features.require(RECOVERY).autosave
    assert not autosave.enabled
    tab = main_window.open_paths([post_file])[0]
    tab.editor.insertPlainText("auto ")
    assert autosave.save_all() == 0
    autosave.action.setChecked(True)
    autosave._timer.setInterval(50)
    tab.editor.insertPlainText("saved ")
    qtbot.waitUntil(lambda: not tab.is_modified(), timeout=5000)
    assert post_file.read_text(encoding="utf-8").startswith("auto saved ")


def test_autosave_pauses_while_the_file_is_in_conflict(qtbot, main_window, post_file: Path) -> None:
    autosave = main_window.features.require(RECOVERY).autosave
    autosave.action.setChecked(True)
    tab = main_window.open_paths([post_file])[0]
    tab.editor.insertPlainText("mine ")
    post_file.write_text("theirs\n", encoding="utf-8")
    assert autosave.save_all() == 0
    assert post_file.read_text(encoding="utf-8") == "theirs\n"
    assert tab.is_modified()
    external = main_window.features.require(EXTERNAL_CHANGES)
    assert external.check(tab) == "changed"
    external.keep_mine(tab)  # the user decided: autosave may go on
    assert autosave.save_all() == 1
    assert post_file.read_text(encoding="utf-8").startswith("mine ")


# --- failed saves -----------------------------------------------------------------------------


def _failed_save(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int):
    import errno as errno_module

    from postpad.core import textfile
    from postpad.core.errors import UnwritableFileError

    post = tmp_path / "post.md"
    post.write_text("original", encoding="utf-8")
    base = textfile.read_text_file(post)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(textfile.os, "fsync", refuse)
    with pytest.raises(UnwritableFileError) as caught:
        textfile.save_text_file(post, "new", base=base)
    monkeypatch.undo()
    assert post.read_text(encoding="utf-8") == "original"
    assert errno_module.errorcode[code]
    return caught.value


@pytest.mark.parametrize(
    ("code", "needle"),
    [(28, "disk is full"), (13, "read-only"), (30, "read-only"), (2, "no longer exists")],
)
def test_save_errors_are_explained_in_plain_words(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, needle: str
) -> None:
    from postpad.gui.documents.external import save_error_reason

    error = _failed_save(tmp_path, monkeypatch, code)
    assert needle in save_error_reason(error)


def test_save_error_box_offers_save_as(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from postpad.gui.documents import external

    error = _failed_save(tmp_path, monkeypatch, 28)
    shown: list[str] = []

    def click_save_as(box: QMessageBox) -> int:
        shown.append(box.text() + "\n" + box.informativeText())
        next(b for b in box.buttons() if "Save As" in b.text()).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_save_as)
    assert external.show_save_error(None, "post.md", error)
    assert "post.md was not saved" in shown[0]
    assert "disk is full" in shown[0]
