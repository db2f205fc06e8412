"""Start-up in stages: work held back until the window's first frame (decision 0095) and the
features attached after it, one per event-loop turn (decision 0151)."""

from __future__ import annotations

import traceback
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QWidget

from postpad.gui.features import StagedAttach

#: input that may reach a late feature (its shortcut, its menu, its editor behaviour), as the
#: window's QWindow receives it: the remaining features attach at once, before it is delivered
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.TouchBegin,
        QEvent.Type.Drop,
    }
)


#: the window's QWindow exists (Show) or was replaced by a new one (WinIdChange)
_NEW_HANDLE = frozenset({QEvent.Type.Show, QEvent.Type.WinIdChange})


class FirstFrame(QObject):
    """Holds start-up work back until the window has painted its first frame."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.painted = False
        self._pending: list[Callable[[], object]] = []
        window.installEventFilter(self)

    def call(self, callback: Callable[[], object]) -> None:
        if self.painted:
            callback()
        else:
            self._pending.append(callback)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run)  # once this frame is on the screen
        return False

    def _run(self) -> None:
        pending, self._pending = self._pending, []
        for callback in pending:
            try:
                callback()
            except Exception:  # one failing task must not stop the others
                traceback.print_exc()


class LateFeatures(QObject):
    """Attaches the late features one per event-loop turn once ``start`` is called, and all that
    are left at once when the user presses a key or a mouse button in the window before then, so
    a shortcut, menu or paste reached early finds its feature (decision 0151).

    It watches the window's QWindow, which gets the platform's key and mouse events before any
    widget does; Qt looks for a key's shortcut when the QWindow hands the key on to the focused
    widget, by then with the late features' actions (Ctrl+F finds Edit › Find…; the tests press
    keys through the QWindow). Only that one object is watched: an application-wide Python
    event filter would wrap every object that receives an event, widgets being destroyed
    included (it crashed the tests).
    """

    ready = Signal()

    def __init__(self, window: QWidget, staged: StagedAttach) -> None:
        super().__init__(window)
        self._window = window
        self._staged = staged
        self._handle: QWindow | None = None
        self.done = False
        self._started = False
        window.installEventFilter(self)  # for its Show: the QWindow exists from then on

    def start(self, *_args: object) -> None:
        """Begin in the next event-loop turn (once; a signal's arguments are ignored)."""
        if not self._started:
            self._started = True
            QTimer.singleShot(0, self, self._step)

    def attach_now(self) -> None:
        if not self.done:
            self._staged.attach_rest()
            self._finish()

    def _step(self) -> None:
        if self.done:
            return
        if self._staged.attach_next() and self._staged.pending:
            QTimer.singleShot(0, self, self._step)  # one feature per turn: input stays responsive
        else:
            self._finish()

    def _finish(self) -> None:
        if self.done:
            return
        self.done = True
        self._window.removeEventFilter(self)
        if self._handle is not None and shiboken6.isValid(self._handle):
            self._handle.removeEventFilter(self)
        self._handle = None
        self.ready.emit()

    def _watch(self, handle: QWindow | None) -> None:
        """Watch ``handle``, the window's current QWindow. Under X11 Qt replaces it when a GL
        child (WebEngine's view) arrives: the old one is deleted, the new one watched."""
        old = self._handle
        if handle is None or handle is old:
            return
        if old is not None and shiboken6.isValid(old):
            old.removeEventFilter(self)
        self._handle = handle
        handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self.done:
            return False
        if kind in _NEW_HANDLE and watched is self._window:
            self._watch(self._window.windowHandle())
            return False
        if kind not in _INPUT or watched is not self._handle:
            return False
        self.attach_now()
        return False  # delivered on to the widget: Qt looks for its shortcut from there
