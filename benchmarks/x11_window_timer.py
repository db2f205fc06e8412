"""Time from process start to its first top-level window mapped on an X server.

The same clock for Postpad and for another editor (ghostwriter): both are launched as a user
would start them, and the X server says when a window of at least 300x200 is mapped (a
MapNotify on the root window). Needs an X display (Xvfb is fine) and python-xlib.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import time
from collections.abc import Sequence

MIN_WIDTH, MIN_HEIGHT = 300, 200


class KeepServerUp:
    """Holds one connection open: Xvfb resets (and refuses clients for a moment) whenever its
    last client leaves, which would happen between two timed launches."""

    def __enter__(self) -> KeepServerUp:
        from Xlib import display

        self._display = display.Display()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._display.close()


def time_to_window(
    command: Sequence[str],
    env: dict[str, str],
    timeout: float = 30.0,
    cpu: dict[str, float] | None = None,
) -> float:
    """Seconds until ``command`` maps its first big top-level window (nan on timeout).
    ``cpu``: gets ``"seconds"``, the CPU time (user + system, all threads) the process had used
    when the window mapped (Linux; nan elsewhere): steadier than wall time on a busy machine."""
    from Xlib import X, display  # bench-only dependency (pip install python-xlib)

    screen = display.Display(env.get("DISPLAY"))
    root = screen.screen().root
    root.change_attributes(event_mask=X.SubstructureNotifyMask)
    screen.sync()
    started = time.perf_counter()
    process = subprocess.Popen(
        list(command),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        seconds = _wait_for_map(screen, started, timeout)
        if cpu is not None:
            cpu["seconds"] = process_cpu_seconds(process.pid)
        return seconds
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        screen.close()


def _wait_for_map(screen: object, started: float, timeout: float) -> float:
    from Xlib import X

    fd = screen.fileno()  # type: ignore[attr-defined]
    while time.perf_counter() - started < timeout:
        while screen.pending_events():  # type: ignore[attr-defined]
            event = screen.next_event()  # type: ignore[attr-defined]
            if event.type == X.MapNotify and _big_enough(event.window):
                return time.perf_counter() - started
        select.select([fd], [], [], 0.01)
    return float("nan")


def _big_enough(window: object) -> bool:
    try:
        geometry = window.get_geometry()  # type: ignore[attr-defined]
    except Exception:  # the window is already gone
        return False
    return bool(geometry.width >= MIN_WIDTH and geometry.height >= MIN_HEIGHT)


def process_cpu_seconds(pid: int) -> float:
    """CPU time of every thread of ``pid`` so far (``/proc/PID/task/*/schedstat``, ns)."""
    total = 0
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return float("nan")
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/schedstat", encoding="ascii") as stat:
                total += int(stat.read().split()[0])
        except (OSError, ValueError, IndexError):
            continue  # a thread that ended meanwhile
    return total / 1e9
