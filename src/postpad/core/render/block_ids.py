"""Block ids: ``b1``, ``b2``… unique within one process, stable across incremental updates.

A light module of its own so that the window can read the next id without loading the render
pipeline: the first post's render in a child process (decision 0210) starts its ids there, and
the tab's render thread, whose first render comes next in this process, then writes the very
same ids.
"""

from __future__ import annotations

import threading

_lock = threading.Lock()
_next = 1


def new_block_id() -> str:
    global _next
    with _lock:
        number, _next = _next, _next + 1
    return f"b{number}"


def next_number() -> int:
    """The number of the id ``new_block_id`` gives next."""
    return _next


def start_at(number: int) -> None:
    """Number the ids from ``number`` on (a child process continuing its parent's numbering)."""
    global _next
    with _lock:
        _next = max(1, number)


def skip_to(number: int) -> None:
    """Give no id below ``number`` from now on (ids another process already gave, 0279)."""
    global _next
    with _lock:
        _next = max(_next, number)
