"""Application start-up: QApplication, names for QSettings/QStandardPaths, translator, window."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from postpad import __version__
from postpad.core.assets import asset_path
from postpad.core.settings import load_preferences
from postpad.gui import sandbox
from postpad.gui.i18n import install_translators
from postpad.gui.mainwindow import MainWindow
from postpad.gui.pyside_startup import share_opengl_contexts
from postpad.gui.single_instance import default_runtime_dir, hand_off, send_to_running, server_name

APP_NAME = "Postpad"
ORGANISATION = "Postpad"
DESKTOP_ID = "io.github.postpad.Postpad"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (or the existing one), with the names settings and paths depend on."""
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing  # already set up (tests, or a second call): keep its translators
    # WebEngine needs shared GL contexts; the module itself loads after the first frame (0095).
    share_opengl_contexts()  # without Qt's enums, which the first frame does not need (0205)
    app = QApplication(argv or [sys.argv[0]])
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(DESKTOP_ID)
    icon = asset_path("icons/postpad.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    install_translators(app)  # the system language, or the View › Language override
    return app


def preferences_path() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return Path(folder) / "preferences.json"


def build_window(files: list[Path], *, staged: bool = False) -> MainWindow:
    """The window on ``files`` (an untitled post when none opens). ``staged``: the frame with the
    first file's text now, the rest once that frame is painted (decision 0200)."""
    path = preferences_path()
    window = MainWindow(load_preferences(path), path, staged=staged)
    if staged and files:
        window.show_first_view(files[-1])  # the last file opened is the current tab

    def open_files() -> None:
        window.open_paths(files)
        if not window.tabs():
            window.documents.new_document()

    window.when_built(open_files)
    return window


NO_DISPLAY_MESSAGE = (
    "postpad: no display (DISPLAY and WAYLAND_DISPLAY are not set), so the editor window cannot "
    "open. Start Postpad from your desktop session, or use the commands that need no window: "
    "postpad fm, check, render, new."
)


def display_available(env: Mapping[str, str], platform: str) -> bool:
    """False on X11/Wayland systems with no display to show a window on (Qt would abort)."""
    if platform in ("win32", "darwin") or env.get("QT_QPA_PLATFORM"):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def run_without_display(files: list[Path], new_window: bool) -> int:
    """Hand ``files`` to a Postpad already running on the desktop, or say why nothing opens."""
    QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    if not new_window and send_to_running(server_name(default_runtime_dir()), files, 1000):
        return 0
    print(NO_DISPLAY_MESSAGE, file=sys.stderr)
    return 1


def _warn_about_input_method(window: MainWindow) -> None:
    from postpad.gui import ime  # not needed for the first frame

    ime.warn_once(window)


def run(files: list[Path], new_window: bool = False) -> int:
    """Start Postpad on ``files``; returns the process exit status."""
    if not display_available(os.environ, sys.platform):
        return run_without_display(files, new_window)
    sandbox_turned_off = sandbox.disable_when_root(os.environ, sandbox.running_as_root())
    app = create_application()
    handoff = hand_off(files, new_window)
    if handoff.delivered:
        return 0  # a running Postpad opened the files
    window = build_window(files, staged=True)
    window.when_built(lambda: handoff.attach_window(window))
    if sandbox_turned_off:
        message = sandbox.status_message()
        window.when_built(lambda: window.statusBar().showMessage(message, 15000))
    # fcitx without a Qt plugin, etc.: after the complete window, in an event-loop turn of its own
    window.when_built(lambda: QTimer.singleShot(0, lambda: _warn_about_input_method(window)))
    window.show()
    try:
        return int(app.exec())
    finally:
        handoff.close()
