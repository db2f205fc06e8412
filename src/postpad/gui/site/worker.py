"""Build a site index off the GUI thread; report progress and the result through signals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from postpad.core.site.index import SiteIndex, build_index
from postpad.core.site.model import Site
from postpad.gui.errors import error_text


class _IndexThread(QThread):
    progressed = Signal(int, int)
    built = Signal(object)
    failed = Signal(str)

    def __init__(self, site: Site, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.site = site

    def run(self) -> None:
        try:
            index = build_index(self.site, progress=self._report)
        except _ScanStoppedError:
            return
        except Exception as exc:
            self.failed.emit(error_text(exc))  # decision 0109
            return
        self.built.emit(index)

    def _report(self, done: int, total: int) -> None:
        if self.isInterruptionRequested():
            raise _ScanStoppedError
        self.progressed.emit(done, total)


class _ScanStoppedError(Exception):
    """The application is quitting: the scan ends at its next progress report."""


class IndexRunner(QObject):
    """Runs one scan at a time; a request during a scan runs once more when it ends."""

    progressed = Signal(int, int)
    ready = Signal(object)  # SiteIndex
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: _IndexThread | None = None
        self._pending: Site | None = None

    def is_running(self) -> bool:
        return self._thread is not None

    def request(self, site: Site) -> None:
        """Scan ``site`` (after the running scan, if any)."""
        if self._thread is not None:
            self._pending = site
            return
        thread = _IndexThread(site, self)
        thread.progressed.connect(self.progressed)
        thread.built.connect(self._on_built)
        thread.failed.connect(self.failed)
        thread.finished.connect(self._on_finished)
        self._thread = thread
        thread.start()

    def _on_built(self, index: Any) -> None:
        if isinstance(index, SiteIndex) and (
            self._pending is None or self._pending.root != index.site.root
        ):
            self.ready.emit(index)

    def _on_finished(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.deleteLater()
        pending, self._pending = self._pending, None
        if pending is not None:
            self.request(pending)

    def stop(self, msecs: int = 30000) -> None:
        """End the running scan early and wait for its thread (Qt aborts the process when a
        running QThread is destroyed, as on quitting during a scan)."""
        self._pending = None
        if self._thread is not None:
            self._thread.requestInterruption()
            self._thread.wait(msecs)

    def wait(self, msecs: int = 30000) -> None:
        """Block until the running scan ends (shutdown and tests)."""
        if self._thread is not None:
            self._thread.wait(msecs)
