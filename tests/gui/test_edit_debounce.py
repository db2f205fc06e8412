"""gui/editor/debounce: one run after a pause in typing, a longer pause for large posts."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from postpad.gui.editor.debounce import EditDebounce

pytestmark = pytest.mark.gui


def test_runs_once_after_the_last_schedule(qtbot: QtBot) -> None:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    calls: list[int] = []
    debounce = EditDebounce(
        editor, lambda: calls.append(1), delay_ms=30, large_delay_ms=500, large_chars=100
    )
    for _ in range(5):
        debounce.schedule()
    assert debounce.interval() == 30
    qtbot.waitUntil(lambda: calls == [1], timeout=2000)
    qtbot.wait(80)
    assert calls == [1]


def test_large_document_waits_longer_and_stop_cancels(qtbot: QtBot) -> None:
    editor = QPlainTextEdit("x" * 200)
    qtbot.addWidget(editor)
    calls: list[int] = []
    debounce = EditDebounce(
        editor, lambda: calls.append(1), delay_ms=10, large_delay_ms=60, large_chars=100
    )
    debounce.schedule()
    assert debounce.interval() == 60
    assert debounce.is_pending()
    debounce.stop()
    qtbot.wait(120)
    assert calls == []
