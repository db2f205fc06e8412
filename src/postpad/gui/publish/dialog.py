"""The Publish dialog: check findings (errors block), the planned steps, then a live log of each
step's output; Cancel stops the running step, and the exit status of each step decides."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from postpad.core.publish.plan import Problem, PublishPlan
from postpad.core.publish.runner import Outcome
from postpad.core.site.check import Finding
from postpad.core.site.model import Site
from postpad.gui.publish.worker import PrepareThread, RunThread

LOCATION_ROLE = Qt.ItemDataRole.UserRole + 1


class PublishDialog(QDialog):
    """Non-modal. ``location_activated(path, line)`` when a finding is activated."""

    location_activated = Signal(object, int)
    finished_run = Signal(object)  # Outcome

    def __init__(self, site: Site, unsaved: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publishDialog")
        self.setWindowTitle(self.tr("Publish %1").replace("%1", site.root.name))
        self.site, self.unsaved = site, unsaved
        self.plan: PublishPlan | None = None
        self.outcome: Outcome | None = None
        self._prepare: PrepareThread | None = None
        self._run: RunThread | None = None
        self._build()
        self.resize(820, 600)
        self.prepare()

    def _build(self) -> None:
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.findings = QTreeWidget(self)
        self.findings.setHeaderLabels([self.tr("Problem"), self.tr("Line")])
        self.findings.setColumnWidth(0, 600)
        self.findings.itemActivated.connect(self._activated)
        self.steps = QListWidget(self)
        self.log = QPlainTextEdit(self)
        self.log.setObjectName("publishLog")
        self.log.setReadOnly(True)
        self.log.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.log.setMaximumBlockCount(20000)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        for widget in (self.findings, self.steps, self.log):
            splitter.addWidget(widget)
        splitter.setSizes([180, 90, 330])
        self.buttons = QDialogButtonBox(self)
        self.publish_button = self._button(
            self.tr("Publish"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.check_button = self._button(
            self.tr("Check Again"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.cancel_button = self._button(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button = self._button(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.publish_button.clicked.connect(self.start)
        self.check_button.clicked.connect(self.prepare)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    def _button(self, text: str, role: QDialogButtonBox.ButtonRole) -> QPushButton:
        button = self.buttons.addButton(text, role)
        button.setAutoDefault(False)
        return button

    def _set_running(self, running: bool, preparing: bool = False) -> None:
        ready = self.plan is not None and self.plan.ready and not self.unsaved
        self.publish_button.setEnabled(not running and not preparing and ready)
        self.check_button.setEnabled(not running and not preparing)
        self.cancel_button.setVisible(running)
        self.close_button.setVisible(not running)

    # --- check and plan ------------------------------------------------------------------------
    def prepare(self) -> None:
        if self._prepare is not None or self._run is not None:
            return
        self.plan = None
        self.summary.setText(self.tr("Checking the site…"))
        self.findings.clear()
        self.steps.clear()
        self._set_running(False, preparing=True)
        thread = PrepareThread(self.site, self)
        thread.prepared.connect(self._prepared)
        thread.finished.connect(self._prepare_finished)
        self._prepare = thread
        thread.start()

    def _prepare_finished(self) -> None:
        thread, self._prepare = self._prepare, None
        if thread is not None:
            thread.deleteLater()

    def _prepared(self, findings: list[Finding], errors: int, warnings: int, plan: object) -> None:
        self._show_findings(findings)
        self.plan = plan if isinstance(plan, PublishPlan) else None
        counts = (self.tr("Check: %1, %2.", "the error count, the warning count")
                  .replace("%1", self.tr("%n error(s)", "", errors))
                  .replace("%2", self.tr("%n warning(s)", "", warnings)))  # fmt: skip
        lines = [counts]
        if errors:
            lines.append(self.tr("Fix the errors first: publishing is blocked."))
        if self.unsaved:
            lines.append(
                self.tr("Save these posts first: %1").replace("%1", ", ".join(self.unsaved))
            )
        if self.plan is not None:
            lines += [self.problem_text(p) for p in self.plan.problems]
            for number, step in enumerate(self.plan.steps, start=1):
                self.steps.addItem(f"{number}. {step.describe()}")
            if self.plan.ready and not self.unsaved:
                lines.append(self.tr("Ready: press Publish to run the steps below."))
        self.summary.setText("\n".join(lines))
        self._set_running(False)

    def _show_findings(self, findings: list[Finding]) -> None:
        self.findings.setVisible(bool(findings))
        for finding in findings:
            try:
                label = finding.path.relative_to(self.site.root).as_posix()
            except ValueError:
                label = str(finding.path)
            mark = "✖" if finding.severity == "error" else "⚠"
            item = QTreeWidgetItem(
                self.findings, [f"{mark} {label}: {finding.message}", str(finding.line)]
            )
            item.setToolTip(0, finding.code)
            item.setData(0, LOCATION_ROLE, (str(finding.path), finding.line))

    def problem_text(self, problem: Problem) -> str:
        texts = {
            "engine-missing": self.tr("The engine is not installed here: %1"),
            "deployer-missing": self.tr("Hexo's deploy section needs %1: run npm install %1."),
            "not-a-repo": self.tr("The site is not a git repository: there is nowhere to push it."),
            "no-remote": self.tr("The repository has no remote to push to."),
            "git": self.tr("Git: %1"),
        }
        return texts.get(problem.code, problem.code).replace("%1", problem.detail.strip())

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        location = item.data(0, LOCATION_ROLE)
        if location:
            self.location_activated.emit(Path(location[0]), int(location[1]))

    # --- run -------------------------------------------------------------------------------------
    def start(self) -> bool:
        if self.plan is None or not self.plan.ready or self._run is not None or self.unsaved:
            return False
        self.log.clear()
        self.outcome = None
        thread = RunThread(self.plan, self)
        thread.line.connect(self.log.appendPlainText)
        thread.step_started.connect(self._step_started)
        thread.done.connect(self._done)
        thread.finished.connect(self._run_finished)
        self._run = thread
        self._set_running(True)
        self.summary.setText(self.tr("Publishing…"))
        thread.start()
        return True

    def _step_started(self, number: int) -> None:
        self.steps.setCurrentRow(number)

    def cancel(self) -> None:
        if self._run is not None:
            self._run.cancel()

    def _done(self, outcome: Outcome) -> None:
        self.outcome = outcome
        if outcome.status == "done":
            text = self.tr("Published.")
        elif outcome.status == "cancelled":
            text = self.tr("Cancelled.")
        else:
            step = self.steps.item(outcome.failed_step or 0).text()
            text = (
                self.tr("%1 failed with exit status %2.")
                .replace("%1", step)
                .replace("%2", str(outcome.code))
            )
        if outcome.undone:
            text += " " + self.tr(
                "The publish commit was undone: your changes are uncommitted again."
            )
        self.summary.setText(text)
        self.finished_run.emit(outcome)

    def _run_finished(self) -> None:
        thread, self._run = self._run, None
        if thread is not None:
            thread.deleteLater()
        self._set_running(False)

    def wait(self, msecs: int = 60000) -> None:
        for thread in (self._prepare, self._run):
            if thread is not None:
                thread.wait(msecs)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._run is not None:  # a running publish is cancelled, never left behind
            self._run.cancel()
            self._run.wait(30000)
        if self._prepare is not None:
            self._prepare.wait(60000)
        super().closeEvent(event)
