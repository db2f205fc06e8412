"""Run a publish: the check gate, then each step of the plan with its output streamed; the first
step whose exit status is not 0 (or a cancel) stops the run. A commit made by the run is undone
when a later step fails, so the repository is left as it was (decision 0111).

The CLI calls ``run_plan`` directly; the GUI calls it on a worker thread and forwards the
callbacks as signals, so both share this one implementation.
"""

from __future__ import annotations

import os
import signal
import subprocess
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from postpad.core.publish.plan import PublishPlan, Step
from postpad.core.site.check import Finding, check_paths, summarize
from postpad.core.site.model import Site
from postpad.core.vcs import GitError, Repo
from postpad.core.vcs.git import git_binary, git_env
from postpad.core.vcs.ops import commit, save_point, undo_commit

Output = Callable[[str], None]


def check_gate(site: Site) -> tuple[list[Finding], int, int]:
    """``postpad check`` on the whole site: (findings, errors, warnings). Errors block."""
    findings = check_paths([site.root])
    errors, warnings = summarize(findings)
    return findings, errors, warnings


class Cancel:
    """Shared between the thread running a plan and the one that may cancel it."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def requested(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        self._event.set()
        with self._lock:
            if self._process is not None and self._process.poll() is None:
                _terminate(self._process)

    def watch(self, process: subprocess.Popen[bytes] | None) -> None:
        with self._lock:
            self._process = process
        if process is not None and self.requested:
            _terminate(process)


def _terminate(process: subprocess.Popen[bytes]) -> None:
    """Stop the step and its children (Hexo runs node processes of its own)."""
    try:
        if os.name == "posix":
            os.killpg(process.pid, signal.SIGTERM)
        else:
            process.terminate()
    except (ProcessLookupError, PermissionError):
        pass


@dataclass
class Outcome:
    """``status``: "done", "failed" (``failed_step`` exited with ``code``), "cancelled"."""

    status: str
    failed_step: int | None = None
    code: int = 0
    undone: bool = False
    log: list[str] = field(default_factory=list)


def run_command(argv: tuple[str, ...], cwd: os.PathLike[str], out: Output, cancel: Cancel) -> int:
    """Run ``argv`` with stdout and stderr merged, each line passed to ``out`` as it comes."""
    env = git_env() if argv and argv[0] in ("git", git_binary()) else dict(os.environ)
    env.setdefault("FORCE_COLOR", "0")  # the log is plain text: no ANSI colours
    env.setdefault("NO_COLOR", "1")
    try:
        process = subprocess.Popen(
            argv, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=os.name == "posix",
        )  # fmt: skip
    except OSError as exc:
        out(f"{argv[0]}: {exc.strerror}")
        return 127
    cancel.watch(process)
    assert process.stdout is not None
    pending = b""
    while chunk := os.read(process.stdout.fileno(), 4096):
        pending += chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        *lines, pending = pending.split(b"\n")
        for line in lines:
            out(line.decode("utf-8", "replace"))
    if pending:
        out(pending.decode("utf-8", "replace"))
    code = process.wait()
    cancel.watch(None)
    return code


def _run_step(step: Step, out: Output, cancel: Cancel) -> int:
    if step.kind == "commit":
        try:
            commit(Repo(step.cwd), list(step.paths), step.message)
        except GitError as exc:
            out(exc.output.strip() or exc.kind)
            return 1
        return 0
    argv = step.argv if step.kind == "run" else ((git_binary() or "git"), *step.argv)
    return run_command(argv, step.cwd, out, cancel)


def run_plan(
    plan: PublishPlan,
    out: Output,
    cancel: Cancel | None = None,
    started: Callable[[int, Step], None] | None = None,
) -> Outcome:
    """Run ``plan``'s steps in order. Undo the run's commit when a later step fails."""
    cancel = cancel or Cancel()
    point = save_point(plan.repo) if plan.repo is not None else None
    committed = False
    for number, step in enumerate(plan.steps):
        if cancel.requested:
            return _finish(plan, Outcome("cancelled", number), point, committed, out)
        if started is not None:
            started(number, step)
        out(f"$ {step.describe()}")
        code = _run_step(step, out, cancel)
        if cancel.requested:
            return _finish(plan, Outcome("cancelled", number, code), point, committed, out)
        if code != 0:
            return _finish(plan, Outcome("failed", number, code), point, committed, out)
        committed = committed or step.kind == "commit"
    return Outcome("done")


def _finish(
    plan: PublishPlan,
    outcome: Outcome,
    point: tuple[str | None, str | None] | None,
    committed: bool,
    out: Output,
) -> Outcome:
    if committed and plan.repo is not None and point is not None:
        undo_commit(plan.repo, *point)
        outcome.undone = True
        out("postpad: the publish commit was undone; your changes are uncommitted again")
    return outcome
