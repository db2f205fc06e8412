"""The site preview's server, started with SiteServer's own command line (``guarded``), ends
when the process that started it is killed with SIGKILL (issue 14, decision 0146)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(os.name != "posix", reason="process groups and signals: POSIX"),
]

SERVER = """
import subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
print(f"server {child.pid}", flush=True)
time.sleep(120)
"""

PARENT = """
import json, subprocess, sys, time
from postpad.gui.sitepreview.server import guarded
server = subprocess.Popen(guarded([sys.executable, "-c", sys.argv[1]]), stdout=subprocess.PIPE,
                          text=True)
child = int(server.stdout.readline().split()[1])
print(json.dumps({"server": server.pid, "child": child}), flush=True)
time.sleep(120)
"""


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] == "Z"  # exited, not reaped
    except OSError:
        return False


def test_killing_postpad_ends_the_server_and_its_children() -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT, SERVER],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert parent.stdout is not None
    pids = json.loads(parent.stdout.readline())
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not all(_gone(p) for p in pids.values()):
        time.sleep(0.1)
    left = [pid for pid in pids.values() if not _gone(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert left == []
