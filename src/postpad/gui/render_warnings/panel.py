"""The status bar's problem count and the list it opens (decision 0198)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QStyle,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from postpad.core.site.check.context import Finding
from postpad.gui.render_warnings.messages import finding_text, severity_text

INDEX_ROLE = Qt.ItemDataRole.UserRole + 1
LINE, MESSAGE = 0, 1
"""The list's columns: the line first, so it is always in view (decision 0198)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("RenderWarnings", text)


def severity_icon(widget: QWidget, finding: Finding | None) -> QIcon:
    error = finding is not None and finding.severity == "error"
    pixmap = QStyle.StandardPixmap.SP_MessageBoxCritical if error else (
        QStyle.StandardPixmap.SP_MessageBoxWarning
    )  # fmt: skip
    return widget.style().standardIcon(pixmap)


class ProblemsButton(QToolButton):
    """``✖ 2 problems`` in the status bar: hidden while the post has none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusProblems")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIconSize(QSize(14, 14))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._findings: list[Finding] = []
        self.hide()

    def set_findings(self, findings: Sequence[Finding]) -> None:
        self._findings = list(findings)
        self.retranslate()
        self.setVisible(bool(findings))

    def retranslate(self) -> None:
        findings = self._findings
        errors = sum(1 for finding in findings if finding.severity == "error")
        worst = next(
            (f for f in findings if f.severity == "error"), findings[0] if findings else None
        )
        self.setIcon(severity_icon(self, worst))
        self.setText(self.tr("%n problem(s)", "", len(findings)))
        tip = _tr("%1, %2: the blog will show these differently from the preview")
        warnings = len(findings) - errors
        tip = tip.replace("%1", self.tr("%n error(s)", "", errors))
        tip = tip.replace("%2", self.tr("%n warning(s)", "", warnings))
        self.setToolTip(tip + "\n" + _tr("Click for the list (F8: next problem)"))


class ProblemsPopup(QFrame):
    """The list of the current post's problems; choosing one emits ``chosen(index)``."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("problemsPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("problemsList")
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(2)
        self.tree.setUniformRowHeights(True)
        # The line first and as wide as its numbers; the message takes the rest, elided with
        # its full text in the tooltip: a long message never hides the line (decision 0198).
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(LINE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.tree.itemClicked.connect(self._chosen)
        self.tree.itemActivated.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.tree)

    def show_findings(self, findings: Sequence[Finding], lines: Sequence[int]) -> None:
        self.tree.clear()
        self.tree.setHeaderLabels([_tr("Line"), _tr("Problem")])
        for index, (finding, line) in enumerate(zip(findings, lines, strict=True)):
            item = QTreeWidgetItem(self.tree, [str(line), finding_text(finding)])
            item.setIcon(LINE, severity_icon(self, finding))
            tip = f"{severity_text(finding)} ({finding.code})\n{finding_text(finding)}"
            item.setToolTip(LINE, tip)
            item.setToolTip(MESSAGE, tip)
            item.setTextAlignment(LINE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(0, INDEX_ROLE, index)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def entries(self) -> list[tuple[str, int]]:
        """(text, line) of each listed problem."""
        items = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        return [(item.text(MESSAGE), int(item.text(LINE))) for item in items if item is not None]

    def popup_above(self, anchor: QWidget) -> None:
        """Open just above ``anchor`` (the status bar button), within its window."""
        wanted = self.tree.sizeHintForColumn(LINE) + self.tree.sizeHintForColumn(MESSAGE) + 40
        width = min(max(wanted, 360), 760)  # a longer message is elided (its tooltip has it)
        rows = min(self.tree.topLevelItemCount(), 12)
        height = self.tree.header().height() + rows * max(self.tree.sizeHintForRow(0), 18) + 12
        self.resize(width, height)
        corner = anchor.mapToGlobal(QPoint(0, 0))
        window = anchor.window()
        right = window.mapToGlobal(QPoint(window.width(), 0)).x()
        self.move(max(min(corner.x(), right - width), 0), corner.y() - height)
        self.show()
        self.tree.setFocus()

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        index = item.data(0, INDEX_ROLE)
        self.hide()
        if index is not None:
            self.chosen.emit(int(index))
