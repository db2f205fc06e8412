"""GUI test set-up: WebEngine imported before any QApplication, and the real main window."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

# Must come before pytest-qt creates the QApplication (WebEngine sets up GL context sharing).
import PySide6.QtWebEngineWidgets  # noqa: F401
import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from gui_window import open_main_window

GUI_FIXTURES = Path(__file__).parent.parent / "fixtures" / "gui"

pytestmark = pytest.mark.gui

#: how long a modal dialog may wait for an answer before the safety net closes it
MODAL_GRACE_SECONDS = 15.0


@pytest.fixture(autouse=True)
def _no_forgotten_modal_dialogs(qapp) -> Iterator[None]:
    """A modal dialog that no test answers would hang the whole run (CI has no one to click).

    Close it after a grace period and fail the test that left it, naming the dialog.
    """
    stuck: list[str] = []
    first_seen: dict[int, float] = {}

    def sweep() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            first_seen.clear()
            return
        started = first_seen.setdefault(id(widget), time.monotonic())
        if time.monotonic() - started > MODAL_GRACE_SECONDS:
            text = widget.text() if hasattr(widget, "text") else ""
            stuck.append(f"{type(widget).__name__} {widget.windowTitle()!r}: {text!r}")
            if hasattr(widget, "reject"):
                widget.reject()
            else:
                widget.close()

    timer = QTimer()
    timer.setInterval(250)
    timer.timeout.connect(sweep)
    timer.start()
    yield
    timer.stop()
    assert not stuck, f"a modal dialog was left waiting for an answer: {stuck}"


@pytest.fixture(autouse=True)
def _empty_clipboard_afterwards(qapp) -> Iterator[None]:
    """Mime data left on the clipboard is destroyed after the QApplication at interpreter exit,
    which crashes the process (exit 139) once every test has passed: clear it after each test."""
    yield
    QApplication.clipboard().clear()


@pytest.fixture
def post_file(tmp_path: Path) -> Path:
    """A copy of the fixture post (the seed's shape) in a fresh folder."""
    target = tmp_path / "posts" / "autumn-notes.md"
    target.parent.mkdir()
    shutil.copyfile(GUI_FIXTURES / "autumn-notes.md", target)
    return target


@pytest.fixture
def main_window(qtbot, tmp_path: Path) -> Iterator[object]:
    """The real main window with isolated settings; closed cleanly (no save prompts) afterwards."""
    assert (yield from open_main_window(qtbot, tmp_path))
    QCoreApplication.processEvents()
    assert isinstance(QApplication.instance(), QApplication)
