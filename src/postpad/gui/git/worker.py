"""Run one git operation at a time on a worker thread; progress lines and the result come back
as signals (pull and push wait on the network; the window must stay responsive)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

Job = Callable[[Callable[[str], None]], object]


class _JobThread(QThread):
    progressed = Signal(str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job

    def run(self) -> None:
        try:
            result = self.job(self.progressed.emit)
        except Exception as exc:  # a GitError, an OSError or a bug must reach the user
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class GitRunner(QObject):
    """``run(name, job)`` starts ``job(progress)`` unless one is running (then returns False)."""

    started = Signal(str)
    progressed = Signal(str)
    finished = Signal(str, object)  # name, result
    failed = Signal(str, object)  # name, GitError (or another exception: disk full, a bug)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: _JobThread | None = None
        self._name = ""

    def busy(self) -> bool:
        return self._thread is not None

    def run(self, name: str, job: Job) -> bool:
        if self._thread is not None:
            return False
        thread = _JobThread(job, self)
        thread.progressed.connect(self.progressed)
        thread.succeeded.connect(lambda result: self.finished.emit(name, result))
        thread.failed.connect(lambda error: self.failed.emit(name, error))
        thread.finished.connect(self._on_finished)
        self._thread, self._name = thread, name
        self.started.emit(name)
        thread.start()
        return True

    def _on_finished(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.deleteLater()

    def wait(self, msecs: int = 60000) -> None:
        """Block until the running job ends (quitting, tests)."""
        if self._thread is not None:
            self._thread.wait(msecs)
