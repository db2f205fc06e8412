"""Run a command so that it, and everything it starts, ends when Postpad ends (decision 0146).

    python guard.py PARENT_PID -- command [args...]

The guard leads a new process group (``setsid``), starts the command in it and ends the whole
group (SIGTERM, then SIGKILL after a grace period) when

- it gets SIGTERM, SIGINT or SIGHUP (Postpad's own stop);
- Postpad is gone, even killed with SIGKILL: Linux signals the guard at once (``prctl``
  ``PR_SET_PDEATHSIG``); elsewhere it notices within a poll that its parent changed.

It exits with the command's status when the command ends by itself. The command's output is the
guard's (inherited), so the caller reads it as before. Run as a file, not ``-m``: it imports
nothing of Postpad (a fast start, and no package ``__init__`` in the server's parent).
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time

POLL_S = 0.5
GRACE_S = 5.0
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Linux: the kernel sends SIGTERM when the parent dies. Elsewhere the poll notices."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)


def _end_group(child: subprocess.Popen[bytes]) -> None:
    """SIGTERM to the whole group (the guard ignores it), SIGKILL to what is left after the
    grace period."""
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    group = os.getpgrp()
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(group, signal.SIGTERM)
    deadline = time.monotonic() + GRACE_S
    while child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(group, signal.SIGKILL)  # ends the guard too: nothing of the group is left


def run(parent: int, command: list[str]) -> int:
    with contextlib.suppress(OSError):
        os.setsid()  # fails only when already a group leader: then that group is ours
    _die_with_parent()
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, lambda *_: stop.set())
    if os.getppid() != parent:
        return 1  # Postpad died before the guard could watch it
    child = subprocess.Popen(command)
    while True:
        with contextlib.suppress(subprocess.TimeoutExpired):
            return child.wait(timeout=POLL_S)
        if stop.is_set() or os.getppid() != parent:
            _end_group(child)
            return 143


def main(argv: list[str]) -> int:
    if len(argv) < 3 or argv[1] != "--" or not argv[0].isdigit():
        print("usage: guard.py PARENT_PID -- command [args...]", file=sys.stderr)
        return 2
    return run(int(argv[0]), argv[2:])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
