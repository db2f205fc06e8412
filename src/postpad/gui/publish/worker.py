"""The publish work off the GUI thread: first the check gate and the plan, then the plan's run
(``postpad.core.publish.runner``, shared with the CLI). Output lines arrive as signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal

from postpad.core.publish.plan import PublishPlan, plan_publish
from postpad.core.publish.runner import Cancel, check_gate, run_plan
from postpad.core.site.model import Site


class PrepareThread(QThread):
    """Runs the checks on the whole site and plans the steps."""

    prepared = Signal(object, int, int, object)  # findings, errors, warnings, plan

    def __init__(self, site: Site, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.site = site

    def run(self) -> None:
        findings, errors, warnings = check_gate(self.site)
        plan = plan_publish(self.site) if not errors else None
        self.prepared.emit(findings, errors, warnings, plan)


class RunThread(QThread):
    """Runs the plan; ``cancel()`` stops the running step (its whole process group)."""

    line = Signal(str)
    step_started = Signal(int)
    done = Signal(object)  # Outcome

    def __init__(self, plan: PublishPlan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.cancel_token = Cancel()

    def cancel(self) -> None:
        self.cancel_token.cancel()

    def run(self) -> None:
        outcome = run_plan(
            self.plan,
            self.line.emit,
            self.cancel_token,
            started=lambda number, _step: self.step_started.emit(number),
        )
        self.done.emit(outcome)
