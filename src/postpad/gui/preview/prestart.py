"""The first post's render started in a child process with the window (decision 0210).

``PrestartedRender(path, ...)`` runs ``postpad.core.first_render`` in a child Python as
soon as a staged window painted its first frame; the tab opened on that post asks it for the
page's first ``reset`` batch with its text and render options (``ops_for``: None unless the
child rendered exactly those). The tab's render thread waits meanwhile
(``RenderScheduler.hold``): its imports and render would share the interpreter with the window
being built, which is what the child keeps off the path to the first preview. With one CPU, or
none idle, the child could only take turns with the window, so none is started
(``worth_starting``). With the blocks comes the child's render state, which the render thread
goes on from instead of rendering the post a second time (``handover_for``, decision 0279).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, Signal

#: past this without the child's answer, the tab stops waiting for it and renders itself (a
#: child that fails says so at once; on a machine loaded six times over it took 3-5 s, and a
#: thread rendering beside it only slows both)
WAIT_MS = 10_000
#: past this after the child's blocks were handed to the page, the tab renders itself even if
#: the page has not confirmed them
SHOWN_WAIT_MS = 15000


def child_arguments(request: str) -> list[str]:
    """The child's arguments after ``sys.executable``: the module with ``-m`` (``-P``: the
    working directory is not put on the module path), or a frozen build's flag."""
    if getattr(sys, "frozen", False):
        from postpad.core.first_render import FROZEN_FLAG

        return [FROZEN_FLAG, request]
    return ["-P", "-m", "postpad.core.first_render", request]


def worth_starting() -> bool:
    """Whether a CPU is idle to run the child while the window is built: more than one CPU,
    and (where the system says) a load average below their number. On a busy machine the
    child's work, some of it the window's own imports done twice, only adds to what the CPUs
    share (two CPUs, medians of 10 pairs: at load 1.8-2.4 the first preview took 1.42 s with
    the child against 1.54 s without, at load 2.5-4 2.99 s against 2.69 s)."""
    affinity = getattr(os, "sched_getaffinity", None)
    cpus = len(affinity(0)) if affinity is not None else (os.cpu_count() or 1)
    if cpus < 2:
        return False
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # Windows has none: assume the second CPU is free
        return True
    return load < cpus


class PrestartedRender(QObject):
    """One child process rendering ``path``; ``done`` when it ended (however it ended)."""

    done = Signal()

    def __init__(
        self,
        path: Path,
        *,
        default_profile: str,
        dialect: str,
        remote_images: bool,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.finished = False
        self.claimed = False  # a tab took it (``DocumentTab.use_prestarted``)
        self._reply: dict[str, Any] | None = None
        from postpad.core.render import block_ids  # light; the pipeline loads later

        request = {
            "path": str(path),
            "default_profile": default_profile,
            "dialect": dialect,
            "remote_images": remote_images,
            "first_id": block_ids.next_number(),
        }
        self._process = QProcess(self)
        self._process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        self._process.setStandardErrorFile(QProcess.nullDevice())
        self._process.finished.connect(self._on_finished)
        self._process.errorOccurred.connect(self._on_error)
        self._process.start(sys.executable, child_arguments(json.dumps(request)))

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._finish()

    def _on_finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        if code == 0:
            try:
                reply = json.loads(bytes(self._process.readAllStandardOutput().data()))
            except ValueError:
                reply = None
            self._reply = reply if isinstance(reply, dict) else None
        self._finish()

    def _finish(self) -> None:
        if not self.finished:
            self.finished = True
            self.done.emit()

    def spend(self) -> None:
        """The tab has what it needs: the reply (the packed state is about ten times the text)
        is not kept for the window's life."""
        self._reply = None

    def _reply_for(self, text_sha: str, options: str) -> dict[str, Any] | None:
        reply = self._reply
        if reply is None or not reply.get("blocks"):
            return None
        if reply.get("text_sha") != text_sha or reply.get("options") != options:
            return None
        return reply

    def ops_for(self, text_sha: str, options: str) -> list[dict[str, Any]] | None:
        """The page's first batch when the child rendered this text with these options."""
        reply = self._reply_for(text_sha, options)
        return None if reply is None else [{"op": "reset", "blocks": reply["blocks"]}]

    def handover_for(self, text_sha: str, options: str) -> tuple[str, int] | None:
        """The child's render state (``core/render/handover``) and the first block id it did
        not give, when it rendered this text with these options (decision 0279)."""
        reply = self._reply_for(text_sha, options)
        if reply is None:
            return None
        state, next_id = reply.get("state"), reply.get("next_id")
        if not isinstance(state, str) or not isinstance(next_id, int):
            return None
        return state, next_id
