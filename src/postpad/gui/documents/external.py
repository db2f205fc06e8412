"""Changes made outside Postpad: watch open files, reload clean buffers, never lose dirty ones.

``QFileSystemWatcher`` watches each open file and its folder; since watchers miss some editors'
atomic replaces (the watched inode is gone), every tab is also checked when the window becomes
active. A check compares size and mtime with what was read, then the SHA-256 digest, so a touch
without a change does nothing.

- Clean buffer, file changed: reload silently, keeping the cursor line/column and the scroll.
- Dirty buffer, file changed: a bar above the tab offers *Reload theirs*, *Keep mine* (the next
  save overwrites without asking again) and *Compare…* (take hunks from disk).
- File deleted or moved: a bar says so; the buffer stays and can be saved again or elsewhere.
- File not writable: a bar says so at once, before the user types for an hour.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from postpad.core.errors import FileError
from postpad.core.textfile import LoadedText, disk_digest, read_text_file
from postpad.gui.errors import file_error_text
from postpad.gui.protocols import FeatureKey, FeatureWindow

if TYPE_CHECKING:
    from postpad.gui.dialogs.compare import CompareDialog
    from postpad.gui.documents.tab import DocumentTab

_DEBOUNCE_MS = 150  # an atomic replace is a delete then a create: look once it has settled

CHANGED, DELETED, READ_ONLY, FAILED = "changed", "deleted", "read-only", "failed"


class ChangeBar(QFrame):
    """The non-modal bar shown above a tab's panes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("externalChangeBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setStyleSheet("#externalChangeBar { background: palette(tool-tip-base); }")
        self.kind = ""
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self._layout.addWidget(self.label, 1)
        self.buttons: dict[str, QPushButton] = {}

    def show_message(self, kind: str, text: str, buttons: list[tuple[str, str, object]]) -> None:
        self.kind = kind
        self.label.setText(text)
        for button in self.buttons.values():
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        for name, title, slot in buttons:
            button = QPushButton(title, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            self._layout.addWidget(button)
            self.buttons[name] = button
        self.show()


class ExternalChanges(QObject):
    """One per window; follows the document manager's tabs."""

    def __init__(self, window: FeatureWindow) -> None:
        super().__init__(window)
        self.window = window
        self.documents = window.document_manager()
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._schedule)
        self.watcher.directoryChanged.connect(self._schedule)
        self._timer = QTimer(self, singleShot=True, interval=_DEBOUNCE_MS)
        self._timer.timeout.connect(self.check_all)
        self._bars: dict[QWidget, ChangeBar] = {}
        self.documents.tab_added.connect(self._track)
        self.documents.document_loaded.connect(self._loaded)
        self.documents.document_saved.connect(self._saved)
        self.documents.tab_closed.connect(self._forget)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._on_app_state)

    # --- tracking ------------------------------------------------------------------------
    def _track(self, tab: DocumentTab) -> None:
        self._refresh_watch_list()
        self._check_writable(tab)

    def _loaded(self, tab: DocumentTab) -> None:
        self._hide_bar(tab)
        self._track(tab)

    def _saved(self, tab: DocumentTab) -> None:
        self._hide_bar(tab)
        self._refresh_watch_list()
        self._check_writable(tab)

    def _forget(self, tab: DocumentTab) -> None:
        self._bars.pop(tab, None)
        self._refresh_watch_list()

    def _refresh_watch_list(self) -> None:
        wanted: set[str] = set()
        for tab in self.documents.tabs():
            if tab.path is not None:
                wanted.add(str(tab.path))
                wanted.add(str(tab.path.parent))
        existing = [p for p in wanted if os.path.exists(p)]
        current = set(self.watcher.files()) | set(self.watcher.directories())
        stale = [p for p in current if p not in wanted]
        if stale:
            self.watcher.removePaths(stale)
        missing = [p for p in existing if p not in current]
        if missing:
            self.watcher.addPaths(missing)

    def _schedule(self, _path: str = "") -> None:
        self._timer.start()

    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check_all()

    # --- checking ------------------------------------------------------------------------
    def check_all(self) -> None:
        for tab in self.documents.tabs():
            self.check(tab)
        self._refresh_watch_list()  # re-add files an atomic replace took off the watch list

    def check(self, tab: DocumentTab) -> str:
        """Look at ``tab``'s file now; returns what was found ("" when nothing to do)."""
        document = tab.document
        if document.path is None or document.base is None:
            return ""
        path: Path = document.path
        if not path.exists():
            self._show_deleted(tab)
            return DELETED
        if not _differs(path, document.base):
            if self._bar_kind(tab) in (CHANGED, DELETED):
                self._hide_bar(tab)
            return ""
        if tab.is_modified():
            self.show_changed(tab)
            return CHANGED
        return "reloaded" if self.reload(tab) else FAILED

    def in_conflict(self, tab: DocumentTab) -> bool:
        """True while a bar waits for the user's decision (autosave pauses meanwhile)."""
        return self._bar_kind(tab) in (CHANGED, DELETED, FAILED)

    def _check_writable(self, tab: DocumentTab) -> None:
        path = tab.path
        if path is None or not path.exists() or _writable(path):
            if self._bar_kind(tab) == READ_ONLY:
                self._hide_bar(tab)
            return
        text = self.tr("%1 is read-only: saving it here will fail. Your text is safe; use Save As.")
        self._bar(tab).show_message(
            READ_ONLY,
            text.replace("%1", path.name),
            [
                ("saveAs", self.tr("Save As…"), lambda: self.documents.save_as(tab)),
                ("dismiss", self.tr("Dismiss"), lambda: self._hide_bar(tab)),
            ],
        )

    # --- actions -------------------------------------------------------------------------
    def reload(self, tab: DocumentTab) -> bool:
        """Replace the buffer with the disk copy, keeping cursor line/column and scroll."""
        editor = tab.editor
        cursor = editor.textCursor()
        line, column = cursor.blockNumber(), cursor.positionInBlock()
        vertical = editor.verticalScrollBar().value()
        horizontal = editor.horizontalScrollBar().value()
        try:
            tab.document.reload()
        except FileError as error:
            self._show_failed(tab, error)
            return False
        tab.replace_text_from_document()
        block = editor.document().findBlockByNumber(min(line, editor.document().blockCount() - 1))
        restored = QTextCursor(block)
        restored.setPosition(block.position() + min(column, max(0, block.length() - 1)))
        editor.setTextCursor(restored)
        editor.verticalScrollBar().setValue(vertical)
        editor.horizontalScrollBar().setValue(horizontal)
        self._hide_bar(tab)
        self.documents.refresh_title(tab)
        self.documents.document_loaded.emit(tab)
        return True

    def keep_mine(self, tab: DocumentTab) -> None:
        """The buffer wins: adopt the disk copy as the base, so saving overwrites it quietly."""
        document = tab.document
        if document.path is None:
            return
        try:
            document.base = read_text_file(document.path)
        except FileError as error:
            self._show_failed(tab, error)
            return
        self._hide_bar(tab)

    def compare(self, tab: DocumentTab) -> CompareDialog | None:
        """Open the side-by-side dialog (non-modal); Apply puts the merged text in the editor."""
        document = tab.document
        if document.path is None:
            return None
        try:
            disk = read_text_file(document.path)
        except FileError as error:
            self._show_failed(tab, error)
            return None
        from postpad.gui.dialogs.compare import CompareDialog  # loads when asked (decision 0181)

        dialog = CompareDialog(document.path.name, disk.text, tab.text(), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(lambda text: self.apply_merge(tab, text, disk))
        dialog.open()
        return dialog

    def apply_merge(self, tab: DocumentTab, text: str, disk: LoadedText) -> None:
        editor = tab.editor
        cursor = editor.textCursor()
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        tab.document.base = disk
        editor.document().setModified(text != disk.text)
        self._hide_bar(tab)
        self.documents.refresh_title(tab)

    def save_again(self, tab: DocumentTab) -> None:
        """Write a deleted file back where it was (the user asked; no second prompt)."""
        tab.document.base = None
        if self.documents.save(tab):
            self._hide_bar(tab)

    # --- bars ----------------------------------------------------------------------------
    def show_changed(self, tab: DocumentTab) -> None:
        name = _file_name(tab)
        self._bar(tab).show_message(
            CHANGED,
            self.tr("%1 was changed by another program, and you have unsaved edits.").replace(
                "%1", name
            ),
            [
                ("reload", self.tr("Reload Theirs"), lambda: self.reload(tab)),
                ("keepMine", self.tr("Keep Mine"), lambda: self.keep_mine(tab)),
                ("compare", self.tr("Compare…"), lambda: self.compare(tab)),
            ],
        )

    def _show_deleted(self, tab: DocumentTab) -> None:
        name = _file_name(tab)
        self._bar(tab).show_message(
            DELETED,
            self.tr("%1 was deleted or moved on disk. Your text is still here.").replace(
                "%1", name
            ),
            [
                ("saveAgain", self.tr("Save Again"), lambda: self.save_again(tab)),
                ("saveAs", self.tr("Save As…"), lambda: self.documents.save_as(tab)),
            ],
        )

    def _show_failed(self, tab: DocumentTab, error: FileError) -> None:
        self._bar(tab).show_message(
            FAILED,
            self.tr("%1 changed on disk but cannot be read. %2 Your text is kept.")
            .replace("%1", Path(str(error.path)).name)
            .replace("%2", file_error_text(error)),
            [("saveAs", self.tr("Save As…"), lambda: self.documents.save_as(tab))],
        )

    def _bar(self, tab: DocumentTab) -> ChangeBar:
        bar = self._bars.get(tab)
        if bar is None:
            bar = ChangeBar(tab)
            layout = tab.layout()
            if isinstance(layout, QBoxLayout):
                layout.insertWidget(0, bar)
            self._bars[tab] = bar
        return bar

    def bar(self, tab: DocumentTab) -> ChangeBar | None:
        bar = self._bars.get(tab)
        return bar if bar is not None and not bar.isHidden() else None

    def _bar_kind(self, tab: DocumentTab) -> str:
        bar = self.bar(tab)
        return bar.kind if bar is not None else ""

    def _hide_bar(self, tab: DocumentTab) -> None:
        bar = self._bars.get(tab)
        if bar is not None:
            bar.kind = ""
            bar.hide()


def _differs(path: Path, base: LoadedText) -> bool:
    try:
        info = path.stat()
    except OSError:
        return True
    if info.st_mtime_ns == base.mtime_ns and info.st_size == base.size:
        return False
    return disk_digest(path) != base.digest


def _writable(path: Path) -> bool:
    if not os.access(path, os.W_OK):
        return False
    # root passes os.access everywhere; the mode bits are what the user set on purpose
    return bool(path.stat().st_mode & 0o222)


def save_error_reason(error: FileError) -> str:
    """A plain-language reason for a failed save, from the OS error behind it."""
    return file_error_text(error)  # decision 0109


def show_save_error(parent: QWidget | None, name: str, error: FileError) -> bool:
    """Explain a failed save and offer Save As; True when the user chose Save As.

    For the document manager's save path: the original file is untouched and the text is kept.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("SaveError", "Cannot save file"))
    box.setText(
        QCoreApplication.translate(
            "SaveError", "%1 was not saved. The file on disk is unchanged and your text is kept."
        ).replace("%1", name)
    )
    box.setInformativeText(save_error_reason(error))
    box.setDetailedText(str(error))
    save_as = box.addButton(
        QCoreApplication.translate("SaveError", "Save As…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(save_as)
    box.exec()
    return box.clickedButton() is save_as


def _file_name(tab: DocumentTab) -> str:
    return tab.path.name if tab.path is not None else tab.display_name()


EXTERNAL_CHANGES: FeatureKey[ExternalChanges] = FeatureKey("external changes")


def attach(window: FeatureWindow) -> ExternalChanges:
    """Create the watcher for ``window`` (called by the recovery feature's attach)."""
    return window.features.add(EXTERNAL_CHANGES, ExternalChanges(window))
