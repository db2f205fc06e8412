"""The Typography panel: findings of the current post, with Fix and Fix All."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from postpad.core.typography.finding import Finding
from postpad.gui.i18n import keep_translated
from postpad.gui.named import named
from postpad.gui.typography.controller import TypographyController
from postpad.gui.typography.messages import finding_message, fix_label

_FINDING_ROLE = Qt.ItemDataRole.UserRole


class TypographyPanel(QWidget):
    """Lists the findings of one controller; double-click goes to the finding."""

    go_to_position = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("typographyPanel")
        self._controller: TypographyController | None = None
        self.tree = named(QTreeWidget(self), "typographyFindings")
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(False)
        self.summary = named(QLabel(self), "typographySummary")
        self.fix_button = named(QPushButton(self), "typographyFix")
        self.fix_all_button = named(QPushButton(self), "typographyFixAll")
        keep_translated(self, self._retranslate)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.fix_button)
        row.addWidget(self.fix_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        self.tree.itemActivated.connect(self._on_activated)
        self.fix_button.clicked.connect(self.fix_selected)
        self.fix_all_button.clicked.connect(self.fix_all)
        self.show_findings([])

    def _retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Line"), self.tr("Problem"), self.tr("Fix")])
        self.fix_button.setText(self.tr("Fix"))
        self.fix_all_button.setText(self.tr("Fix All"))
        controller = getattr(self, "_controller", None)
        self.show_findings(controller.findings() if controller is not None else [])

    def set_controller(self, controller: TypographyController | None) -> None:
        if self._controller is not None:
            self._controller.findings_changed.disconnect(self.show_findings)
        self._controller = controller
        if controller is not None:
            controller.findings_changed.connect(self.show_findings)
            self.show_findings(controller.findings())
        else:
            self.show_findings([])

    def show_findings(self, findings: list[Finding]) -> None:
        self.tree.clear()
        for finding in findings:
            item = QTreeWidgetItem(
                [
                    f"{finding.line}:{finding.column}",
                    finding_message(finding),
                    fix_label(finding) if finding.fix is not None else "",
                ]
            )
            item.setData(0, _FINDING_ROLE, finding)
            self.tree.addTopLevelItem(item)
        for column in range(2):
            self.tree.resizeColumnToContents(column)
        fixable = sum(1 for f in findings if f.fix is not None)
        if findings:
            self.summary.setText(self.tr("%n problem(s)", "", len(findings)))
        else:
            self.summary.setText(self.tr("No typography problems"))
        self.fix_all_button.setEnabled(fixable > 0)
        self.fix_button.setEnabled(fixable > 0)

    def selected_finding(self) -> Finding | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        finding: Finding = item.data(0, _FINDING_ROLE)
        return finding

    def fix_selected(self) -> bool:
        finding = self.selected_finding()
        if finding is None or self._controller is None:
            return False
        return self._controller.fix(finding)

    def fix_all(self) -> int:
        return self._controller.fix_all() if self._controller is not None else 0

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        finding: Finding = item.data(0, _FINDING_ROLE)
        if self._controller is not None:
            self.go_to_position.emit(self._controller.qt_span(finding)[0])
