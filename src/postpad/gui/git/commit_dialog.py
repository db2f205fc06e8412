"""Commit dialog: tick the files to commit, edit the suggested message (``post: <title>``)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from postpad.core.vcs import FileStatus
from postpad.gui.git.texts import state_text

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class CommitDialog(QDialog):
    """``selected()`` and ``message()`` once accepted. ``message_for(paths)`` proposes the text
    again whenever the ticked files change (until the user edits it)."""

    def __init__(
        self,
        files: Iterable[FileStatus],
        checked: set[str],
        message_for: object,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("commitDialog")
        self.setWindowTitle(self.tr("Commit"))
        self._message_for = message_for
        self._edited = False
        self.list = QListWidget(self)
        for change in files:
            item = QListWidgetItem(f"{change.path}  ({state_text(change.state)})", self.list)
            item.setData(PATH_ROLE, change.path)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = change.path in checked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.message_edit = QLineEdit(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Commit"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Files to commit:"), self))
        layout.addWidget(self.list, 1)
        layout.addWidget(QLabel(self.tr("Message:"), self))
        layout.addWidget(self.message_edit)
        layout.addWidget(self.buttons)
        self.list.itemChanged.connect(self._files_changed)
        self.message_edit.textEdited.connect(self._message_edited)
        self._files_changed()
        self.resize(560, 420)

    def selected(self) -> list[str]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [str(i.data(PATH_ROLE)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def message(self) -> str:
        return self.message_edit.text().strip()

    def _message_edited(self, _text: str) -> None:
        self._edited = True
        self._update_ok()

    def _files_changed(self, *_args: object) -> None:
        if not self._edited and callable(self._message_for):
            self.message_edit.setText(str(self._message_for(self.selected())))
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.selected()) and bool(self.message()))
