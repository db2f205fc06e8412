"""The dialog shown at start when a previous Postpad left unsaved work in the journal.

For each entry it shows what differs from the file on disk (side by side) and offers Restore
(open it in a tab, unsaved), Save As… (write it to a new file) or Discard (after a confirmation).
*Later* keeps the entries for the next start. Decisions are carried out by a ``Restorer``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postpad.core.errors import FileError
from postpad.core.recovery import JournalEntry
from postpad.core.text.hunks import diff_hunks
from postpad.core.textfile import read_text_file
from postpad.gui.dialogs.compare import SideBySideDiff
from postpad.gui.recovery.entry_delegate import PATH_ROLE, EntryDelegate


def disk_text(entry: JournalEntry) -> tuple[str | None, str]:
    """(text on disk or None, a one-line state for the user)."""
    if entry.path is None:
        return None, "untitled"
    try:
        loaded = read_text_file(entry.path)
    except FileError:
        return None, "missing"
    if entry.base_digest is not None and loaded.digest != entry.base_digest:
        return loaded.text, "changed"
    return loaded.text, "same"


class RecoveryDialog(QDialog):
    """Lists orphaned journal entries; ``restore``/``save_as``/``discard`` are callbacks."""

    def __init__(
        self,
        entries: list[JournalEntry],
        restore: Callable[[JournalEntry], bool],
        save_as: Callable[[JournalEntry, Path], bool],
        discard: Callable[[JournalEntry], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Recover Unsaved Work"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(1100, 680)
        self.entries = list(entries)
        self._restore, self._save_as, self._discard = restore, save_as, discard
        self.list = QListWidget(self)
        self.list.setObjectName("recoveryEntries")
        # Long paths are fitted to the list (folder elided in the middle), never scrolled.
        self.list.setItemDelegate(EntryDelegate(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.diff = SideBySideDiff(self.tr("On disk"), self.tr("Recovered text"), self)
        self._build()
        self._fill()

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Postpad did not close normally. This unsaved text was kept in the recovery "
                "journal. Choose what to do with each document."
            ),
            self,
        )
        intro.setWordWrap(True)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, title, slot in (
            ("restore", self.tr("Restore"), self.restore_current),
            ("saveAs", self.tr("Save As…"), self.save_current_as),
            ("discard", self.tr("Discard…"), self.discard_current),
            ("later", self.tr("Decide Later"), self.reject),
        ):
            button = QPushButton(title, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[name] = button
        self.buttons["restore"].setDefault(True)
        body = QHBoxLayout()
        body.addWidget(self.list, 2)  # room for a file name and some of its folder
        right = QVBoxLayout()
        right.addWidget(self.state)
        right.addWidget(self.diff, 1)
        body.addLayout(right, 5)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(self._show)

    def _fill(self) -> None:
        self.list.clear()
        for entry in self.entries:
            when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(entry.saved_at))
            where = str(entry.path) if entry.path is not None else self.tr("never saved")
            item = QListWidgetItem(f"{entry.title or self.tr('Untitled')}\n{where}\n{when}")
            item.setToolTip(where)
            item.setData(PATH_ROLE, str(entry.path) if entry.path is not None else "")
            self.list.addItem(item)
        if self.entries:
            self.list.setCurrentRow(0)

    def current(self) -> JournalEntry | None:
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        entry = self.entries[row]
        disk, state = disk_text(entry)
        messages = {
            "untitled": self.tr("A new document that was never saved."),
            "missing": self.tr("The file is no longer on disk: restore it or save it elsewhere."),
            "changed": self.tr(
                "The file changed on disk after this text was written: compare before restoring."
            ),
            "same": self.tr("%n line(s) differ from the file on disk.", "", self._changes(entry)),
        }
        self.state.setText(messages[state])
        shown = disk or ""
        self.diff.show_texts(shown, entry.text, diff_hunks(entry.text, shown))

    @staticmethod
    def _changes(entry: JournalEntry) -> int:
        disk, _state = disk_text(entry)
        hunks = diff_hunks(entry.text, disk or "")
        return sum(max(h.m1 - h.m0, h.t1 - h.t0) for h in hunks)

    # --- decisions -----------------------------------------------------------------------
    def restore_current(self) -> None:
        entry = self.current()
        if entry is not None and self._restore(entry):
            self._done(entry)

    def save_current_as(self) -> None:
        entry = self.current()
        if entry is None:
            return
        start = str(entry.path) if entry.path else str(Path.home() / f"{entry.title or 'post'}.md")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Recovered Text As"), start, self.tr("Markdown (*.md *.markdown)")
        )
        if name and self._save_as(entry, Path(name)):
            self._done(entry)

    def discard_current(self) -> None:
        entry = self.current()
        if entry is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Discard Recovered Text"),
            self.tr("Throw away the recovered text of %1? This cannot be undone.").replace(
                "%1", entry.title or self.tr("Untitled")
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self._discard(entry)
            self._done(entry)

    def _done(self, entry: JournalEntry) -> None:
        self.entries.remove(entry)
        self._fill()
        if not self.entries:
            self.accept()
