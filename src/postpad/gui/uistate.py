"""Window geometry, splitter sizes and pane visibility, remembered with QSettings.

This is UI state, not preferences: it lives in QSettings (platform conventions), while the
user's choices live in the JSON preferences file (postpad.core.settings).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

PANE_NAMES = ("form", "editor", "preview")


class UiState:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()

    def restore_geometry(self, window: QMainWindow) -> bool:
        geometry = self._settings.value("window/geometry")
        return isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)

    def restore_docks(self, window: QMainWindow) -> bool:
        """Dock places and visibility; call after every feature added its docks."""
        state = self._settings.value("window/state")
        return isinstance(state, QByteArray) and window.restoreState(state)

    def save_window(self, window: QMainWindow) -> None:
        self._settings.setValue("window/geometry", window.saveGeometry())
        self._settings.setValue("window/state", window.saveState())

    def restore_splitter(self, splitter: QSplitter) -> bool:
        state = self._settings.value("window/splitter")
        return isinstance(state, QByteArray) and splitter.restoreState(state)

    def save_splitter(self, splitter: QSplitter) -> None:
        self._settings.setValue("window/splitter", splitter.saveState())

    def pane_visible(self, name: str) -> bool:
        value = self._settings.value(f"panes/{name}", True)
        return value not in (False, "false", "0", 0)

    def set_pane_visible(self, name: str, visible: bool) -> None:
        self._settings.setValue(f"panes/{name}", visible)

    def sync(self) -> None:
        self._settings.sync()
