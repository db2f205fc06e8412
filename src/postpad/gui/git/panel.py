"""The Git panel: branch and ahead/behind, the changed files, and Diff / Commit / Pull / Push."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from postpad.core.vcs import RepoStatus
from postpad.gui.git.texts import state_text
from postpad.gui.i18n import keep_translated

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class GitPanel(QWidget):
    """Shows one repository's status. Emits requests; the controller carries them out."""

    file_activated = Signal(object)  # Path
    diff_requested = Signal()
    commit_requested = Signal(list)  # selected repository-relative paths
    pull_requested = Signal()
    push_requested = Signal()
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gitPanel")
        self.root: Path | None = None
        self.status: RepoStatus | None = None
        self.branch_label = QLabel(self)
        self.branch_label.setWordWrap(True)
        self.files = QTreeWidget(self)
        self.files.setRootIsDecorated(False)
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: git reports no total we could trust
        self.progress.setVisible(False)
        self.progress_label = QLabel(self)
        self.progress_label.setVisible(False)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name in ("diff", "commit", "pull", "push", "refresh"):
            button = QPushButton(self)
            button.setObjectName(f"git_{name}")
            self.buttons[name] = button
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        for widget in (self.branch_label, self.files, self.progress, self.progress_label):
            layout.addWidget(widget, 1 if widget is self.files else 0)
        layout.addLayout(row)
        self.buttons["diff"].clicked.connect(self.diff_requested)
        self.buttons["commit"].clicked.connect(lambda: self.commit_requested.emit(self.selected()))
        self.buttons["pull"].clicked.connect(self.pull_requested)
        self.buttons["push"].clicked.connect(self.push_requested)
        self.buttons["refresh"].clicked.connect(self.refresh_requested)
        self.files.itemActivated.connect(self._activated)
        keep_translated(self, self._retranslate)
        self.set_status(None, None)

    def _retranslate(self) -> None:
        self.files.setHeaderLabels([self.tr("File"), self.tr("Change")])
        for name, text in (("diff", self.tr("Diff")), ("commit", self.tr("Commit…")),
                           ("pull", self.tr("Pull")), ("push", self.tr("Push")),
                           ("refresh", self.tr("Refresh"))):  # fmt: skip
            self.buttons[name].setText(text)
        self.buttons["diff"].setToolTip(self.tr("Compare the current post with its last commit"))
        self.set_status(self.root, self.status)

    def set_status(self, root: Path | None, status: RepoStatus | None) -> None:
        """Show ``status`` of the repository at ``root`` (None: the post is not in git)."""
        self.root, self.status = root, status
        selected = set(self.selected())
        self.files.clear()
        idle = not self.progress.isVisible()
        for name in ("diff", "commit", "pull", "push"):
            self.buttons[name].setEnabled(status is not None and idle)
        self.buttons["refresh"].setEnabled(idle)  # also finds a repository created meanwhile
        if root is None or status is None:
            self.branch_label.setText(self.tr("Not in a git repository"))
            return
        self.branch_label.setText(self._branch_text(root, status))
        for change in status.files:
            item = QTreeWidgetItem(self.files, [change.path, state_text(change.state)])
            item.setData(0, PATH_ROLE, change.path)
            item.setToolTip(0, change.path)
            item.setSelected(change.path in selected)

    def _branch_text(self, root: Path, status: RepoStatus) -> str:
        branch = status.branch or self.tr("(no branch)")
        text = f"<b>{root.name}</b> · {branch}"
        if status.upstream:
            text += " → " + status.upstream
            if status.ahead or status.behind:
                text += f"  ↑{status.ahead} ↓{status.behind}"
        if not status.files:
            text += "<br>" + self.tr("No changes")
        return text

    def selected(self) -> list[str]:
        return [str(item.data(0, PATH_ROLE)) for item in self.files.selectedItems()]

    def set_busy(self, text: str | None) -> None:
        """Show a running operation (``text``), or None when it ended."""
        busy = text is not None
        self.progress.setVisible(busy)
        self.progress_label.setVisible(busy)
        self.progress_label.setText(text or "")
        for name, button in self.buttons.items():
            button.setEnabled(not busy and (self.status is not None or name == "refresh"))

    def show_progress(self, line: str) -> None:
        self.progress_label.setText(line.strip()[-120:])

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if self.root is not None:
            self.file_activated.emit(self.root / str(item.data(0, PATH_ROLE)))
