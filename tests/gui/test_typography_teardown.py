"""A typography check still running when its editor goes away (a tab closed, the window torn
down) must not signal the deleted controller: that crashed a test run at teardown."""

from __future__ import annotations

import threading
from concurrent.futures import Future
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QPlainTextEdit

from postpad.gui.typography import controller as module
from postpad.gui.typography.controller import TypographyController

pytestmark = pytest.mark.gui


def test_a_check_running_when_the_editor_is_deleted_signals_nothing(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    started, release = threading.Event(), threading.Event()

    def slow_check(text: str, options: Any) -> list[Any]:
        started.set()
        release.wait(10)
        return []

    monkeypatch.setattr(module, "check_typography", slow_check)
    editor = QPlainTextEdit("他说:你好")
    controller = TypographyController(editor)
    futures: list[Future[Any]] = []
    submit = controller._worker.submit

    def recorded(*args: Any, **kwargs: Any) -> Future[Any]:
        futures.append(submit(*args, **kwargs))
        return futures[-1]

    controller._worker.submit = recorded  # type: ignore[method-assign]
    controller.check_in_background()
    assert started.wait(5)
    editor.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release.set()
    assert futures[0].exception(timeout=10) is None  # it did not touch the deleted controller


def test_the_speller_loader_closed_with_its_window_sends_nothing(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QWidget

    from postpad.gui import spelling

    started, release, done = threading.Event(), threading.Event(), threading.Event()
    results: list[bool] = []

    def slow_load() -> object:
        started.set()
        release.wait(10)
        return object()

    monkeypatch.setattr(spelling, "load_speller", slow_load)
    window = QWidget()
    loader = spelling._SpellerLoader(window)
    send = loader.emitter.send
    monkeypatch.setattr(
        loader.emitter, "send", lambda emit: (results.append(send(emit)), done.set())
    )
    loader.start()
    assert started.wait(5)
    window.deleteLater()  # the loader goes with it
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release.set()
    assert done.wait(10)
    assert results == [False]  # closed by the loader's destroyed(): nothing was emitted
