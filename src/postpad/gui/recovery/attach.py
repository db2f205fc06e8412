"""Window feature: recovery journal, recovery dialog at start, external changes, autosave, IME.

``attach(window)`` is listed in ``postpad.gui.features.FEATURES``. It adds File ▸ Autosave to
File, starts the journal and the file watcher, and (once the event loop runs, after the files
on the command line are open) offers what a crashed session left behind.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from postpad.core.errors import FileError
from postpad.core.recovery import JournalEntry, RecoveryJournal
from postpad.core.textfile import save_text_file
from postpad.gui import ime
from postpad.gui.documents import external
from postpad.gui.errors import file_error_text
from postpad.gui.protocols import FeatureKey, FeatureWindow
from postpad.gui.recovery.autosave import Autosaver
from postpad.gui.recovery.journal import JournalKeeper

if TYPE_CHECKING:  # the dialog loads when a session left something to recover (decision 0181)
    from postpad.gui.recovery.dialog import RecoveryDialog


class Recovery(QObject):
    """What ``attach`` builds, kept in ``window.features`` under ``RECOVERY``."""

    def __init__(self, window: FeatureWindow, journal: RecoveryJournal) -> None:
        super().__init__(window)
        self.window = window
        self.journal = journal
        self.keeper = JournalKeeper(window, journal)
        self.external = external.attach(window)
        self.autosave = Autosaver(window, self.external)
        self.dialog: RecoveryDialog | None = None

    # --- start-up offer ------------------------------------------------------------------
    def offer(self) -> RecoveryDialog | None:
        """Show the recovery dialog when a previous session left entries (non-blocking)."""
        if self.dialog is not None and self.dialog.isVisible():
            return self.dialog
        entries = self.journal.orphaned_entries()
        if not entries:
            return None
        from postpad.gui.recovery.dialog import RecoveryDialog

        self.dialog = RecoveryDialog(entries, self.restore, self.save_as, self.discard, self.window)
        self.dialog.open()
        from postpad.gui.recovery.above import KeepAbove

        KeepAbove(self.dialog, self.window)  # above the window without a window manager too
        return self.dialog

    def restore(self, entry: JournalEntry) -> bool:
        """Open the entry's text in a tab, unsaved; the tab carries on the same entry."""
        documents = self.window.document_manager()
        tab = None
        if entry.path is not None and entry.path.is_file():
            opened = documents.open_paths([entry.path])
            tab = opened[0] if opened else None
        if tab is None:
            tab = documents.new_document()
        editor = tab.editor
        cursor = editor.textCursor()
        cursor.beginEditBlock()  # one step: Ctrl+Z shows the disk version again
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(entry.text)
        cursor.endEditBlock()
        editor.document().setModified(True)
        documents.refresh_title(tab)
        self.keeper.use_key(tab, entry.key)
        from postpad.gui.recovery.dialog import disk_text

        if disk_text(entry)[1] == "changed":  # the file moved on after the crash: let them compare
            self.external.show_changed(tab)
        return True

    def save_as(self, entry: JournalEntry, target: Path) -> bool:
        try:
            save_text_file(target, entry.text, base=None)
        except FileError as error:
            QMessageBox.critical(
                self.window,
                self.tr("Cannot save file"),
                self.tr("The recovered text was not saved to %1 and is still kept.\n\n%2")
                .replace("%1", str(target))
                .replace("%2", file_error_text(error)),
            )
            return False
        self.journal.discard(entry.key)
        return True

    def discard(self, entry: JournalEntry) -> None:
        self.journal.discard(entry.key)


RECOVERY: FeatureKey[Recovery] = FeatureKey("recovery")


def attach(window: FeatureWindow) -> Recovery:
    recovery = window.features.add(RECOVERY, Recovery(window, RecoveryJournal()))
    window.menu("file").addAction(recovery.autosave.action)
    QTimer.singleShot(0, recovery.offer)
    QTimer.singleShot(0, lambda: ime.warn_once(window))
    return recovery
