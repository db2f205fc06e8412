"""Side-by-side comparison of the disk copy and the buffer, from which hunks can be taken.

``diff_hunks`` and ``merge`` are plain Python (line-based ``difflib``), so the merge is tested
without widgets. The dialog shows the disk copy on the left and the editor text on the right,
lists each changed hunk with a check box "use the disk version", and returns the merged text.
"""

from __future__ import annotations

import bisect
import difflib
from collections import Counter
from dataclasses import dataclass

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


@dataclass(frozen=True)
class Hunk:
    """Lines ``mine[m0:m1]`` of the buffer differ from lines ``theirs[t0:t1]`` on disk."""

    index: int
    tag: str  # "replace" | "delete" | "insert" (difflib opcodes, seen from mine -> theirs)
    m0: int
    m1: int
    t0: int
    t1: int


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def _unique_anchors(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """Lines that occur once in each text, kept in an order both agree on (patience diff's
    anchors: the longest increasing run of their positions in ``b``)."""
    count_a, count_b = Counter(a), Counter(b)
    where_b = {line: j for j, line in enumerate(b) if count_b[line] == 1}
    pairs = [
        (i, where_b[line]) for i, line in enumerate(a) if count_a[line] == 1 and line in where_b
    ]
    tails: list[int] = []  # tails[k]: index in pairs of the smallest end of a run of length k+1
    tail_values: list[int] = []  # the b-positions of those ends, for bisect
    previous: list[int] = [-1] * len(pairs)
    for index, (_i, j) in enumerate(pairs):
        k = bisect.bisect_left(tail_values, j)
        if k > 0:
            previous[index] = tails[k - 1]
        if k == len(tails):
            tails.append(index)
            tail_values.append(j)
        else:
            tails[k], tail_values[k] = index, j
    run: list[tuple[int, int]] = []
    index = tails[-1] if tails else -1
    while index >= 0:
        run.append(pairs[index])
        index = previous[index]
    return run[::-1]


def diff_hunks(mine: str, theirs: str) -> list[Hunk]:
    """The changed regions between the buffer (``mine``) and the disk copy (``theirs``).

    Lines unique to both texts anchor the comparison and difflib runs only between anchors:
    difflib without autojunk is quadratic on a long post whose lines repeat (a 5 MB post took
    minutes, freezing the recovery dialog at start-up).
    """
    a, b = _lines(mine), _lines(theirs)
    hunks: list[Hunk] = []
    start_a = start_b = 0
    for end_a, end_b in [*_unique_anchors(a, b), (len(a), len(b))]:
        for tag, m0, m1, t0, t1 in _segment_opcodes(a[start_a:end_a], b[start_b:end_b]):
            hunks.append(
                Hunk(len(hunks), tag, m0 + start_a, m1 + start_a, t0 + start_b, t1 + start_b)
            )
        start_a, start_b = end_a + 1, end_b + 1
    return hunks


def _segment_opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """difflib's changes between two runs of lines, common start and end cut off first (a
    single edit among repeated lines then comes out as that one line, not a shifted block)."""
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    matcher = difflib.SequenceMatcher(
        None, a[head : len(a) - tail], b[head : len(b) - tail], autojunk=False
    )
    return [
        (tag, m0 + head, m1 + head, t0 + head, t1 + head)
        for tag, m0, m1, t0, t1 in matcher.get_opcodes()
        if tag != "equal"
    ]


def merge(mine: str, theirs: str, take_theirs: set[int]) -> str:
    """``mine`` with the hunks numbered in ``take_theirs`` replaced by the disk version."""
    mine_lines, their_lines = _lines(mine), _lines(theirs)
    out: list[str] = []
    position = 0
    for hunk in diff_hunks(mine, theirs):
        out.extend(mine_lines[position : hunk.m0])
        chosen = their_lines[hunk.t0 : hunk.t1] if hunk.index in take_theirs else None
        out.extend(chosen if chosen is not None else mine_lines[hunk.m0 : hunk.m1])
        position = hunk.m1
    out.extend(mine_lines[position:])
    return "".join(out)


def diff_tints(base: QColor) -> tuple[QColor, QColor]:
    """Backgrounds for removed and added lines that keep the palette's text readable: pale
    tints under dark text, deep ones under the light text of a dark theme."""
    if base.lightnessF() < 0.5:
        return QColor("#5a1e24"), QColor("#1d4a2a")
    return QColor("#f8d7da"), QColor("#d4edda")


def hunk_summary(hunk: Hunk) -> str:
    """A short label such as ``lines 4-6``, in buffer line numbers (1-based)."""
    first, last = hunk.m0 + 1, max(hunk.m1, hunk.m0 + 1)
    return f"{first}" if first == last else f"{first}-{last}"


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
