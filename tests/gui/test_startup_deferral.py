"""Start-up work the user does not see waits for the window's first frame (issue 4)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from postpad.core.settings import Preferences
from postpad.gui.protocols import SITE

SITES = Path(__file__).resolve().parents[1] / "fixtures" / "sites"


@pytest.fixture
def hidden_window(qtbot, tmp_path: Path) -> Iterator[object]:
    """The real main window with every feature, built but not shown yet."""
    from postpad.gui.app import create_application
    from postpad.gui.mainwindow import MainWindow

    create_application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
    window = MainWindow(Preferences(), tmp_path / "config" / "preferences.json")
    window.resize(1100, 700)
    yield window
    controller = getattr(window, "site_controller", None)
    if controller is not None:
        controller.runner.wait()
    for tab in window.tabs():
        tab.editor.document().setModified(False)
    assert window.close()
    window.deleteLater()
    QCoreApplication.processEvents()
    assert isinstance(QApplication.instance(), QApplication)


def test_after_shown_waits_for_the_first_frame(qtbot, hidden_window) -> None:
    ran: list[str] = []
    hidden_window.after_shown(lambda: ran.append("first"))
    QCoreApplication.processEvents()
    assert ran == []  # not shown: nothing painted yet
    hidden_window.show()
    qtbot.waitExposed(hidden_window)
    qtbot.waitUntil(lambda: ran == ["first"], timeout=5000)
    hidden_window.after_shown(lambda: ran.append("later"))
    assert ran == ["first", "later"]  # once shown, callbacks run at once


def test_a_failing_callback_does_not_stop_the_others(qtbot, hidden_window, capsys) -> None:
    ran: list[str] = []

    def broken() -> None:
        raise RuntimeError("boom")

    hidden_window.after_shown(broken)
    hidden_window.after_shown(lambda: ran.append("next"))
    hidden_window.show()
    qtbot.waitUntil(lambda: ran == ["next"], timeout=5000)
    assert "boom" in capsys.readouterr().err


def test_site_scan_starts_after_the_first_frame(qtbot, hidden_window, tmp_path: Path) -> None:
    root = tmp_path / "blog"
    shutil.copytree(SITES / "hexo-butterfly", root)
    hidden_window.open_paths([root / "source/_posts/python-notes.md"])
    controller = hidden_window.features.require(SITE)
    QCoreApplication.processEvents()
    assert controller.site is not None
    assert controller.site.root == root.resolve()
    assert not controller.runner.is_running()
    assert controller.index is None
    hidden_window.show()
    qtbot.waitUntil(lambda: controller.index is not None, timeout=10000)
    assert controller.panel.model.rowCount() == 4
