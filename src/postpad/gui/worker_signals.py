"""Signals sent from worker threads to objects the GUI thread may delete meanwhile.

A worker that emits a signal of a QObject deleted on the GUI thread raises at best; when the
deletion races the emit (a tab or window closed at that moment, a test's teardown) it
segfaults. ``GuardedEmitter`` makes the two take turns: ``close`` runs on the GUI thread from
a ``destroyed()`` signal, waits for an emit under way, and no emit is made after it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class GuardedEmitter:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open = True

    def send(self, emit: Callable[[], object]) -> bool:
        """Call ``emit`` (a lambda that emits: even reading a deleted object's signal may
        raise) unless closed; True when it was called."""
        with self._lock:
            if self._open:
                emit()
                return True
        return False

    def close(self, *_destroyed: object) -> None:
        """No emit from now on (connect it to the owner's or its parent's ``destroyed``)."""
        with self._lock:
            self._open = False
