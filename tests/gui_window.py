"""The real main window for tests, with its own settings; shared by tests/gui and the GUI journey
in tests/engines."""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

from PySide6.QtCore import QSettings  # noqa: TID251  (test helper for GUI tests)

from postpad.core.settings import Preferences


def open_main_window(qtbot: object, tmp_path: Path) -> Generator[object, None, bool]:
    """Yield a shown MainWindow with every feature attached; afterwards discard edits (no save
    prompts), close it and return whether it closed."""
    from postpad.gui.app import create_application
    from postpad.gui.mainwindow import MainWindow

    create_application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
    window = MainWindow(Preferences(), tmp_path / "config" / "preferences.json")
    # Not qtbot.addWidget: pytest-qt would close it before this can discard edits.
    window.resize(1300, 800)
    window.show()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    # The late features attach after the first frame, one per event-loop turn (decision 0151).
    qtbot.waitUntil(lambda: window.features_attached, timeout=10000)  # type: ignore[attr-defined]
    yield window
    for tab in window.tabs():
        tab.editor.document().setModified(False)
    closed: bool = window.close()
    window.deleteLater()
    return closed
