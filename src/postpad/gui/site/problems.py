"""Check Site dialog: ``postpad check`` findings for the site (or one post), grouped by file;
activating a finding opens the post at that line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from postpad.core.site.check import Finding, check_paths, summarize
from postpad.core.site.check.render_findings import engine_label
from postpad.core.site.detect import detect_site
from postpad.gui.check_messages import finding_text

LOCATION_ROLE = Qt.ItemDataRole.UserRole + 1


def _engine_name(target: Path) -> str:
    """The engine's name as the messages write it ("Hugo"), "" outside a site."""
    site = detect_site(target)
    return engine_label(site.engine) if site is not None else ""


class ProblemsDialog(QDialog):
    """Runs the checks on ``target`` (a site root or a post) and lists the findings."""

    location_activated = Signal(object, int)  # path, line

    def __init__(self, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsDialog")
        self.setWindowTitle(self.tr("Check Site"))
        self.target = target
        self.summary = QLabel(self)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Problem"), self.tr("Line")])
        self.tree.setColumnWidth(0, 560)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.close)
        rerun = buttons.addButton(self.tr("Check Again"), QDialogButtonBox.ButtonRole.ActionRole)
        rerun.clicked.connect(self.run)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.tree.itemActivated.connect(self._activated)
        self.resize(760, 480)
        self.findings: list[Finding] = []
        self.run()

    def run(self) -> None:
        self.findings = check_paths([self.target])
        self.tree.clear()
        groups: dict[Path, QTreeWidgetItem] = {}
        base = self.target if self.target.is_dir() else self.target.parent
        engine = _engine_name(self.target)
        for finding in self.findings:
            group = groups.get(finding.path)
            if group is None:
                try:
                    label = finding.path.relative_to(base).as_posix()
                except ValueError:
                    label = str(finding.path)
                group = QTreeWidgetItem(self.tree, [label, ""])
                group.setExpanded(True)
                groups[finding.path] = group
            mark = "✖" if finding.severity == "error" else "⚠"
            text = finding_text(finding, engine)  # the CLI keeps check's English (0224)
            item = QTreeWidgetItem(group, [f"{mark} {text}", str(finding.line)])
            item.setToolTip(0, finding.code if text == finding.message else finding.message)
            item.setData(0, LOCATION_ROLE, (str(finding.path), finding.line))
        self.summary.setText(self._summary())

    def _summary(self) -> str:
        errors, warnings = summarize(self.findings)
        text = self.tr("No problems found.")
        if self.findings:
            text = (
                self.tr("%1, %2", "the error count, the warning count")
                .replace("%1", self.tr("%n error(s)", "", errors))
                .replace("%2", self.tr("%n warning(s)", "", warnings))
            )
        if self.target.is_file() and detect_site(self.target) is None:  # Tools › Check Site
            return self.tr("This post is not inside a blog: it was checked alone.") + " " + text
        return text

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        location = item.data(0, LOCATION_ROLE)
        if location:
            path, line = location
            self.location_activated.emit(Path(path), int(line))
