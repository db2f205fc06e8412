"""Recovery journal in the real window: written after a pause, gone on save, back after a kill."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from postpad.core.recovery import RecoveryJournal
from postpad.gui.documents.external import EXTERNAL_CHANGES
from postpad.gui.recovery.attach import RECOVERY

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _closing_discards(monkeypatch: pytest.MonkeyPatch) -> None:
    """pytest-qt closes windows before fixtures tear down: never block on a save prompt."""
    from postpad.gui.documents.manager import Answer, DocumentManager

    monkeypatch.setattr(DocumentManager, "ask_save_changes", lambda _self, _tab: Answer.DISCARD)


def _recovery(window):
    return window.features.require(RECOVERY)


def _type_at_end(qtbot, editor, text: str) -> None:
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    editor.setFocus()
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:  # QTest only synthesises ASCII keys; an input method commits text like this
        editor.insertPlainText(text)


def _entries_text(journal: RecoveryJournal) -> list[str]:
    return [e.text for e in journal.entries()]


def test_typing_is_journalled_after_a_pause_and_save_removes_it(
    qtbot, main_window, post_file: Path
) -> None:
    recovery = _recovery(main_window)
    tab = main_window.open_paths([post_file])[0]
    _type_at_end(qtbot, tab.editor, " 未保存的字")
    journal = recovery.journal
    qtbot.waitUntil(lambda: any(" 未保存的字" in t for t in _entries_text(journal)), timeout=8000)
    entry = journal.entries()[0]
    assert entry.path == post_file.resolve() or entry.path == post_file
    assert entry.text == tab.text()
    assert entry.session == journal.session
    main_window.window_actions["save"].trigger()
    recovery.keeper.wait()
    qtbot.waitUntil(lambda: journal.entries() == [], timeout=5000)


def test_untitled_documents_are_journalled_and_discarded_on_close(qtbot, main_window) -> None:
    recovery = _recovery(main_window)
    tab = main_window.documents.new_document()
    _type_at_end(qtbot, tab.editor, "draft without a file")
    recovery.keeper.flush()
    recovery.keeper.wait()
    [entry] = recovery.journal.entries()
    assert entry.is_untitled
    assert entry.text == "draft without a file"
    assert main_window.documents.close_tab(tab)  # the autouse fixture answers "Discard"
    recovery.keeper.wait()
    assert recovery.journal.entries() == []


def test_focus_loss_writes_at_once(qtbot, main_window, post_file: Path) -> None:
    recovery = _recovery(main_window)
    tab = main_window.open_paths([post_file])[0]
    _type_at_end(qtbot, tab.editor, "X")
    from PySide6.QtCore import Qt

    recovery.keeper._on_app_state(Qt.ApplicationState.ApplicationInactive)
    recovery.keeper.wait()
    assert _entries_text(recovery.journal) == [tab.text()]


def _orphan(tmp_path: Path, text: str, path: Path | None, title: str = "") -> RecoveryJournal:
    """An entry written by 'another session' (a separate journal object = another session id)."""
    other = RecoveryJournal()
    other.write(other.session[:8] + "-k", text, path=path, title=title)
    return other


def test_restore_opens_recovered_text_unsaved(qtbot, main_window, post_file: Path) -> None:
    recovery = _recovery(main_window)
    original = post_file.read_text(encoding="utf-8")
    _orphan(post_file.parent, original + "\n恢复的段落", post_file)
    dialog = recovery.offer()
    assert dialog is not None
    assert dialog.list.count() == 1
    assert "2 line" in dialog.state.text()  # a blank line and "恢复的段落" were added
    assert dialog.diff.right.toPlainText().endswith("恢复的段落")
    dialog.buttons["restore"].click()
    assert not dialog.isVisible()
    tab = main_window.current_tab()
    assert tab.path.resolve() == post_file.resolve()
    assert tab.text() == original + "\n恢复的段落"
    assert tab.is_modified()
    assert post_file.read_text(encoding="utf-8") == original  # nothing written until saved
    recovery.keeper.flush()
    recovery.keeper.wait()
    [entry] = recovery.journal.entries()
    assert entry.session == recovery.journal.session  # adopted: a second crash offers it again
    main_window.window_actions["save"].trigger()
    recovery.keeper.wait()
    assert recovery.journal.entries() == []


def test_untitled_entry_restores_into_a_new_tab(qtbot, main_window) -> None:
    recovery = _recovery(main_window)
    _orphan(Path(), "从未保存的草稿", None, "Untitled 3")
    dialog = recovery.offer()
    assert "never saved" in dialog.list.item(0).text()
    dialog.restore_current()
    tab = main_window.current_tab()
    assert tab.path is None
    assert tab.text() == "从未保存的草稿"


def test_save_elsewhere_and_discard(
    qtbot, main_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recovery = _recovery(main_window)
    _orphan(tmp_path, "first", None, "A")
    time.sleep(0.01)
    _orphan(tmp_path, "second", None, "B")
    dialog = recovery.offer()
    assert dialog.list.count() == 2
    target = tmp_path / "saved-elsewhere.md"
    from postpad.gui.recovery import dialog as dialog_module

    monkeypatch.setattr(
        dialog_module.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "")
    )
    dialog.save_current_as()
    assert target.read_text(encoding="utf-8") == "first"
    monkeypatch.setattr(
        dialog_module.QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard
    )
    dialog.discard_current()
    assert recovery.journal.entries() == []
    assert not dialog.isVisible()


def test_decide_later_keeps_entries(qtbot, main_window) -> None:
    recovery = _recovery(main_window)
    _orphan(Path(), "keep me", None)
    dialog = recovery.offer()
    dialog.buttons["later"].click()
    assert [e.text for e in recovery.journal.orphaned_entries()] == ["keep me"]


# --- the app process killed after typing ------------------------------------------------------

TYPIST = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from postpad.gui import app as app_module
    app = app_module.create_application()
    window = app_module.build_window([Path(sys.argv[1])])
    window.show()

    def type_text():
        tab = window.current_tab()
        cursor = tab.editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        tab.editor.setTextCursor(cursor)
        tab.editor.setFocus()
        QTest.keyClicks(tab.editor, sys.argv[2])  # ASCII: QTest synthesises key events
        print("typed", flush=True)

    QTimer.singleShot(500, type_text)
    app.exec()
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_killed_app_text_is_recovered_on_next_start(
    qtbot, request: pytest.FixtureRequest, post_file: Path
) -> None:
    typed = " typed before the kill"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, "-c", TYPIST, str(post_file), typed],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    journal = RecoveryJournal()
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "typed", proc.stderr.read() if proc.stderr else ""
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and not any(typed in t for t in _entries_text(journal)):
            time.sleep(0.1)
        written_at = time.monotonic()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert any(typed in t for t in _entries_text(journal)), "journal never written"
    assert written_at < deadline
    # the next start: a new window offers the entry by itself once the event loop runs
    window = request.getfixturevalue("main_window")
    _recovery(window)
    qtbot.waitUntil(
        lambda: getattr(window.features.require(RECOVERY), "dialog", None) is not None, timeout=5000
    )
    dialog = window.features.require(RECOVERY).dialog
    assert dialog.list.count() == 1
    dialog.buttons["restore"].click()
    tab = window.current_tab()
    expected = post_file.read_text(encoding="utf-8") + typed
    assert tab.text() == expected
    assert tab.is_modified()
    assert json.dumps(post_file.read_text(encoding="utf-8")) != json.dumps(expected)


def test_restoring_over_a_file_changed_since_the_crash_offers_compare(
    qtbot, main_window, post_file: Path
) -> None:
    from postpad.core.textfile import read_text_file

    recovery = main_window.features.require(RECOVERY)
    before = read_text_file(post_file)
    other = RecoveryJournal()
    other.write("doc-old", before.text + "\nmine", path=post_file, base_digest=before.digest)
    post_file.write_text(before.text + "\nsomeone else's change", encoding="utf-8")
    dialog = recovery.offer()
    assert "changed on disk" in dialog.state.text()
    dialog.restore_current()
    tab = main_window.current_tab()
    assert tab.text() == before.text + "\nmine"
    bar = main_window.features.require(EXTERNAL_CHANGES).bar(tab)
    assert bar is not None
    assert "compare" in bar.buttons


def test_quit_writes_pending_edits_without_waiting(qtbot, main_window, post_file: Path) -> None:
    keeper = main_window.features.require(RECOVERY).keeper
    tab = main_window.open_paths([post_file])[0]
    _type_at_end(qtbot, tab.editor, "last words")
    assert keeper.journal.entries() == []  # the 2 s pause has not passed
    keeper.shutdown()  # what aboutToQuit runs
    assert [e.text for e in keeper.journal.entries()] == [tab.text()]
