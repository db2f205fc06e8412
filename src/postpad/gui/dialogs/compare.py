"""Side-by-side comparison of the disk copy and the buffer, from which hunks can be taken.

``diff_hunks`` and ``merge`` are plain Python in ``core/text/hunks.py``, tested without
widgets. The dialog shows the disk copy on the left and the editor text on the right,
lists each changed hunk with a check box "use the disk version", and returns the merged text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from postpad.core.text.hunks import Hunk, diff_hunks, hunk_summary, merge


def diff_tints(base: QColor) -> tuple[QColor, QColor]:
    """Backgrounds for removed and added lines that keep the palette's text readable: pale
    tints under dark text, deep ones under the light text of a dark theme."""
    if base.lightnessF() < 0.5:
        return QColor("#5a1e24"), QColor("#1d4a2a")
    return QColor("#f8d7da"), QColor("#d4edda")


class SideBySideDiff(QWidget):
    """Two read-only panes, disk left and buffer right, changed lines tinted."""

    def __init__(self, left_title: str, right_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.left = self._pane()
        self.right = self._pane()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for title, pane in ((left_title, self.left), (right_title, self.right)):
            box = QWidget(splitter)
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(QLabel(title, box))
            layout.addWidget(pane)
            splitter.addWidget(box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.left.verticalScrollBar().valueChanged.connect(self.right.verticalScrollBar().setValue)
        self.right.verticalScrollBar().valueChanged.connect(self.left.verticalScrollBar().setValue)

    @staticmethod
    def _pane() -> QPlainTextEdit:
        pane = QPlainTextEdit()
        pane.setReadOnly(True)
        pane.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        return pane

    def show_texts(self, theirs: str, mine: str, hunks: list[Hunk]) -> None:
        self.left.setPlainText(theirs)
        self.right.setPlainText(mine)
        removed, added = diff_tints(self.palette().color(QPalette.ColorRole.Base))
        self.left.setExtraSelections(self._tints(self.left, [(h.t0, h.t1) for h in hunks], removed))
        self.right.setExtraSelections(self._tints(self.right, [(h.m0, h.m1) for h in hunks], added))

    def scroll_to(self, hunk: Hunk) -> None:
        for pane, line in ((self.left, hunk.t0), (self.right, hunk.m0)):
            block = pane.document().findBlockByNumber(line)
            pane.setTextCursor(QTextCursor(block))
            pane.centerCursor()

    @staticmethod
    def _tints(
        pane: QPlainTextEdit, ranges: list[tuple[int, int]], color: QColor
    ) -> list[QTextEdit.ExtraSelection]:
        """One full-width tint per changed line (an empty cursor + FullWidthSelection)."""
        fmt = QTextCharFormat()
        fmt.setBackground(color)
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
        document = pane.document()
        selections = []
        for first, last in ranges:
            for line in range(first, last):
                selection = QTextEdit.ExtraSelection()
                selection.format = fmt
                selection.cursor = QTextCursor(document.findBlockByNumber(line))
                selections.append(selection)
        return selections


class CompareDialog(QDialog):
    """Disk copy versus buffer; check the hunks to take from disk, then Apply."""

    merged = Signal(str)

    def __init__(
        self,
        name: str,
        theirs: str,
        mine: str,
        parent: QWidget | None = None,
        *,
        texts: dict[str, str] | None = None,
    ) -> None:
        """``texts`` replaces the wording for another "theirs" (git's HEAD copy): keys "title",
        "theirs", "take" and "take_all"."""
        super().__init__(parent)
        words = texts or {}
        self._words = words
        self.setWindowTitle(
            words.get("title") or self.tr("Compare %1 with the file on disk").replace("%1", name)
        )
        self.resize(1100, 700)
        self._theirs, self._mine = theirs, mine
        self.hunks = diff_hunks(mine, theirs)
        theirs_title = words.get("theirs") or self.tr("On disk (theirs)")
        self.diff = SideBySideDiff(theirs_title, self.tr("In the editor (mine)"), self)
        self.diff.show_texts(theirs, mine, self.hunks)
        self.hunk_list = QListWidget(self)
        for hunk in self.hunks:
            label = self.tr("Line %1") if "-" not in hunk_summary(hunk) else self.tr("Lines %1")
            item = QListWidgetItem(
                (label + ": " + (words.get("take") or self.tr("use the disk version"))).replace(
                    "%1", hunk_summary(hunk)
                )
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.hunk_list.addItem(item)
        self.hunk_list.currentRowChanged.connect(self._show_hunk)
        self._build_buttons()

    def _build_buttons(self) -> None:
        take_all = QPushButton(self._words.get("take_all") or self.tr("Take all from disk"), self)
        take_all.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        keep_all = QPushButton(self.tr("Keep all mine"), self)
        keep_all.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("%n change(s)", "", len(self.hunks)), self))
        side.addWidget(self.hunk_list)
        side.addWidget(take_all)
        side.addWidget(keep_all)
        top = QHBoxLayout()
        top.addLayout(side, 1)
        top.addWidget(self.diff, 4)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.buttons)

    def taken(self) -> set[int]:
        return {
            i
            for i in range(self.hunk_list.count())
            if self.hunk_list.item(i).checkState() == Qt.CheckState.Checked
        }

    def set_taken(self, indices: set[int]) -> None:
        for i in range(self.hunk_list.count()):
            state = Qt.CheckState.Checked if i in indices else Qt.CheckState.Unchecked
            self.hunk_list.item(i).setCheckState(state)

    def result_text(self) -> str:
        return merge(self._mine, self._theirs, self.taken())

    def _check_all(self, state: Qt.CheckState) -> None:
        for i in range(self.hunk_list.count()):
            self.hunk_list.item(i).setCheckState(state)

    def _show_hunk(self, row: int) -> None:
        if 0 <= row < len(self.hunks):
            self.diff.scroll_to(self.hunks[row])

    def _apply(self) -> None:
        self.merged.emit(self.result_text())
        self.accept()
