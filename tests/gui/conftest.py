"""GUI test set-up: WebEngine imported before any QApplication, and the real main window."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

# Must come before pytest-qt creates the QApplication (WebEngine sets up GL context sharing).
import PySide6.QtWebEngineWidgets  # noqa: F401
import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from postpad.core.settings import Preferences

GUI_FIXTURES = Path(__file__).parent.parent / "fixtures" / "gui"

pytestmark = pytest.mark.gui


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
    from postpad.gui.app import create_application
    from postpad.gui.mainwindow import MainWindow

    create_application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
    window = MainWindow(Preferences(), tmp_path / "config" / "preferences.json")
    # Not qtbot.addWidget: pytest-qt would close it before this fixture can discard edits.
    window.resize(1300, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    for tab in window.tabs():
        tab.editor.document().setModified(False)
    assert window.close()
    window.deleteLater()
    QCoreApplication.processEvents()
    assert isinstance(QApplication.instance(), QApplication)
