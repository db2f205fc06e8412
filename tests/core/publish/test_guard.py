"""The site preview's server dies with Postpad (decision 0146): a parent starts a command with
a child of its own through the guard, then is killed with SIGKILL; the command and its child
must be gone within seconds. Real processes, no mocks."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from postpad.core.publish import guard

pytestmark = pytest.mark.skipif(os.name != "posix", reason="process groups and signals: POSIX")

# A "server" that starts a child of its own (like npx -> hexo) and prints both pids.
SERVER = """
import subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
print(f"server {child.pid}", flush=True)
time.sleep(120)
"""

# Postpad's stand-in: starts the guarded server the way SiteServer does, reports the pids.
PARENT = """
import json, os, subprocess, sys
argv = [sys.executable, "-I", "-S", sys.argv[1], str(os.getpid()), "--",
        sys.executable, "-c", sys.argv[2]]
guard = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True)
line = guard.stdout.readline().split()
print(json.dumps({"guard": guard.pid, "server_child": int(line[1])}), flush=True)
import time; time.sleep(120)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (exited, not yet reaped by its new parent) counts as gone
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state != "Z"


def _wait_gone(pids: list[int], seconds: float) -> list[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        alive = [pid for pid in pids if _alive(pid)]
        if not alive:
            return []
        time.sleep(0.1)
    return [pid for pid in pids if _alive(pid)]


def _start_parent() -> tuple[subprocess.Popen[str], dict[str, int]]:
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT, guard.__file__, SERVER], stdout=subprocess.PIPE, text=True
    )
    assert parent.stdout is not None
    pids = json.loads(parent.stdout.readline())
    return parent, pids


def test_a_killed_parent_takes_the_server_and_its_children_with_it() -> None:
    parent, pids = _start_parent()
    group = os.getpgid(pids["guard"])
    assert group == pids["guard"] != os.getpgid(parent.pid)  # the server has its own group
    assert _alive(pids["server_child"])
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    survivors = _wait_gone([pids["guard"], pids["server_child"]], 10)
    for pid in survivors:  # never leave processes behind, even when the test fails
        os.kill(pid, signal.SIGKILL)
    assert survivors == []


def test_stopping_the_group_ends_everything_and_a_finished_command_gives_its_status() -> None:
    parent, pids = _start_parent()
    try:
        os.killpg(pids["guard"], signal.SIGTERM)  # what SiteServer.stop() does
        assert _wait_gone([pids["guard"], pids["server_child"]], 10) == []
        assert _alive(parent.pid)  # only the server's group ended
    finally:
        parent.kill()
        parent.wait()
    done = subprocess.run(
        [sys.executable, guard.__file__, str(os.getpid()), "--", sys.executable, "-c", "exit(3)"],
        check=False,
    )
    assert done.returncode == 3
