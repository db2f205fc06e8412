"""Window geometry, splitter sizes and pane visibility, remembered with QSettings.

This is UI state, not preferences: it lives in QSettings (platform conventions), while the
user's choices live in the JSON preferences file (postpad.core.settings). Keys, types and
defaults: core/settings_registry.py (decision 0141).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from postpad.core.settings_registry import (
    PANE_VISIBLE,
    WINDOW_GEOMETRY,
    WINDOW_SPLITTER,
    WINDOW_STATE,
)
from postpad.gui.settings import read, write


class UiState:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()

    def restore_geometry(self, window: QMainWindow) -> bool:
        geometry = read(WINDOW_GEOMETRY, self._settings)
        return bool(geometry) and window.restoreGeometry(QByteArray(geometry))

    def restore_docks(self, window: QMainWindow) -> bool:
        """Dock places and visibility; call after every feature added its docks."""
        state = read(WINDOW_STATE, self._settings)
        return bool(state) and window.restoreState(QByteArray(state))

    def save_window(self, window: QMainWindow) -> None:
        write(WINDOW_GEOMETRY, bytes(window.saveGeometry().data()), self._settings)
        write(WINDOW_STATE, bytes(window.saveState().data()), self._settings)

    def restore_splitter(self, splitter: QSplitter) -> bool:
        state = read(WINDOW_SPLITTER, self._settings)
        return bool(state) and splitter.restoreState(QByteArray(state))

    def save_splitter(self, splitter: QSplitter) -> None:
        write(WINDOW_SPLITTER, bytes(splitter.saveState().data()), self._settings)

    def pane_visible(self, name: str) -> bool:
        return read(PANE_VISIBLE[name], self._settings)

    def set_pane_visible(self, name: str, visible: bool) -> None:
        write(PANE_VISIBLE[name], visible, self._settings)

    def sync(self) -> None:
        self._settings.sync()
