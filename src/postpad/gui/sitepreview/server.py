"""The engine's development server as a QProcess: started on a free 127.0.0.1 port, ready when
the port accepts connections, its output kept for the log, stopped with its whole process group
(``hexo`` through ``npx`` or ``bundle exec`` may start children) when asked, on quit, and when
Postpad itself is killed (the guard, decision 0146)."""

from __future__ import annotations

import os
import shutil
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from postpad.core.publish.engines import EngineMissingError
from postpad.core.publish.serve import ServeCommand, free_port, port_open, serve_command
from postpad.core.site.model import Site
from postpad.gui.errors import engine_missing_text

# milliseconds the server may take to listen (a big Hexo site loads every post first)
START_TIMEOUT_MS = 180_000
POLL_MS = 250


class SiteServer(QObject):
    """One server at a time. ``ready(origin)``, ``failed(message)``, ``output(line)``."""

    ready = Signal(str)
    failed = Signal(str)
    output = Signal(str)
    stopped = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.site: Site | None = None
        self.command: ServeCommand | None = None
        self.is_ready = False
        self._process: QProcess | None = None
        self._waited = 0
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._check_ready)

    @property
    def port(self) -> int | None:
        return self.command.port if self.command is not None else None

    def running(self) -> bool:
        return self._process is not None

    def start(self, site: Site) -> bool:
        """Serve ``site`` (stopping another one first). False, with ``failed``, when the engine
        is missing."""
        self.stop()
        try:
            command = serve_command(site, free_port())
        except EngineMissingError as exc:
            self.failed.emit(engine_missing_text(exc))
            return False
        self.site, self.command, self.is_ready, self._waited = site, command, False, 0
        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        process.setWorkingDirectory(str(command.cwd))
        argv = guarded(list(command.argv))
        process.setProgram(argv[0])
        process.setArguments(argv[1:])
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._on_finished)
        process.errorOccurred.connect(self._on_error)
        self._process = process
        self.output.emit("$ " + " ".join(command.argv))
        process.start()
        self._poll.start()
        return True

    def _read(self) -> None:
        if self._process is None:
            return
        text = bytes(self._process.readAllStandardOutput().data()).decode("utf-8", "replace")
        for line in text.splitlines():
            if line.strip():
                self.output.emit(line)

    def _check_ready(self) -> None:
        if self.command is None:
            self._poll.stop()
            return
        self._waited += POLL_MS
        if port_open(self.command.port, timeout=0.05):
            self._poll.stop()
            self.is_ready = True
            self.ready.emit(self.command.origin)
        elif self._waited > START_TIMEOUT_MS:
            self.stop()
            self.failed.emit(self.tr("The server did not start in time."))

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._forget()
            self.failed.emit(self.tr("The engine's server could not be started."))

    def _on_finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        if self._process is None:
            return
        self._read()
        was_ready = self.is_ready
        self._forget()
        if not was_ready or code != 0:
            self.failed.emit(
                self.tr("The server stopped (exit status %1).").replace("%1", str(code))
            )
        self.stopped.emit()

    def _forget(self) -> None:
        self._poll.stop()
        process, self._process = self._process, None
        self.is_ready = False
        if process is not None:
            process.deleteLater()

    def stop(self) -> None:
        """End the server and everything it started; wait for it (quitting, tab to a new site)."""
        process = self._process
        if process is None:
            return
        self._process = None
        self._poll.stop()
        self.is_ready = False
        pid = int(process.processId())
        if not _signal_group(pid, signal.SIGTERM):
            process.terminate()
        if not process.waitForFinished(5000):
            _signal_group(pid, getattr(signal, "SIGKILL", signal.SIGTERM))
            process.kill()
            process.waitForFinished(3000)
        process.deleteLater()
        self.stopped.emit()


def guarded(argv: list[str]) -> list[str]:
    """``argv`` in its own process group, so stop() ends its children too; under the guard
    (core/publish/guard.py, decision 0146) the group also ends when Postpad is killed."""
    from postpad.core.publish import guard  # for its path: the child runs the file

    if os.name != "posix":
        return argv
    if not getattr(sys, "frozen", False):
        script = str(Path(guard.__file__))  # -I -S: the standard library only, a fast start
        return [sys.executable, "-I", "-S", script, str(os.getpid()), "--", *argv]
    return ["setsid", *argv] if shutil.which("setsid") else argv


def _signal_group(pid: int, sig: int) -> bool:
    """Send ``sig`` to the process group ``pid`` leads (POSIX, started through setsid)."""
    if os.name != "posix" or pid <= 0:
        return False
    try:
        os.killpg(pid, sig)
    except (ProcessLookupError, PermissionError):
        return False
    return True
