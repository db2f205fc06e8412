"""Optional autosave to the file itself (off by default; File ▸ Autosave to File).

A few seconds after typing pauses, and when the application loses focus, each modified tab that
has a file is saved quietly. It never saves over a change made by another program: a tab whose
disk copy changed (or whose change bar waits for a decision) is skipped until the user decides.
A file that needs a choice (legacy encoding) or cannot be written is skipped and reported once
in the status bar; the recovery journal still protects the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from postpad.core.errors import FileError
from postpad.core.settings_registry import AUTOSAVE
from postpad.gui.errors import file_error_text
from postpad.gui.i18n import keep_text
from postpad.gui.protocols import FeatureWindow

if TYPE_CHECKING:
    from postpad.gui.documents.tab import DocumentTab

IDLE_MS = 5000


class Autosaver(QObject):
    def __init__(
        self, window: FeatureWindow, external: QObject | None, idle_ms: int = IDLE_MS
    ) -> None:
        super().__init__(window)
        self.window = window
        self.documents = window.document_manager()
        self.external = external
        self._failed: set[DocumentTab] = set()
        self._timer = QTimer(self, singleShot=True, interval=idle_ms)
        self._timer.timeout.connect(self.save_all)
        self.action = QAction(self)
        keep_text(window, self.action, lambda: self.tr("Autosave to File"))
        self.action.setObjectName("autosaveToFile")
        self.action.setCheckable(True)
        self.action.setChecked(window.settings.get(AUTOSAVE))
        self.action.toggled.connect(self._toggled)
        self.documents.tab_added.connect(self._track)
        self.documents.tab_closed.connect(lambda tab: self._failed.discard(tab))
        self.documents.document_saved.connect(lambda tab: self._failed.discard(tab))
        for tab in self.documents.tabs():
            self._track(tab)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._on_app_state)

    @property
    def enabled(self) -> bool:
        return self.action.isChecked()

    def _toggled(self, on: bool) -> None:
        self.window.settings.set(AUTOSAVE, on)
        self._failed.clear()
        if on:
            self._timer.start()

    def _track(self, tab: DocumentTab) -> None:
        tab.text_changed.connect(self._edited)

    def _edited(self) -> None:
        if self.enabled:
            self._timer.start()

    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        if self.enabled and state != Qt.ApplicationState.ApplicationActive:
            self.save_all()

    def save_all(self) -> int:
        """Save every eligible tab now; returns how many were saved."""
        if not self.enabled:
            return 0
        return sum(1 for tab in self.documents.tabs() if self.save(tab))

    def can_save(self, tab: DocumentTab) -> bool:
        document = tab.document
        if document.path is None or document.base is None or not tab.is_modified():
            return False
        if tab in self._failed:
            return False
        in_conflict = getattr(self.external, "in_conflict", None)
        if in_conflict is not None and in_conflict(tab):
            return False
        return not document.changed_on_disk()  # paused while the file is in conflict

    def save(self, tab: DocumentTab) -> bool:
        if not self.can_save(tab):
            return False
        tab.sync_to_document()
        try:
            tab.document.save()
        except FileError as error:  # conflict, legacy encoding, unwritable: leave it to the user
            self._failed.add(tab)
            message = self.tr("Autosave skipped %1: %2").replace("%1", tab.display_name())
            message = message.replace("%2", file_error_text(error))
            self.window.statusBar().showMessage(message, 10000)
            return False
        tab.mark_saved()
        self.documents.refresh_title(tab)
        self.documents.document_saved.emit(tab)
        return True
