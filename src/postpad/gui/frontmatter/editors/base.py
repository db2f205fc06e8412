"""What every field editor shares: a value in, an ``edited`` signal out, and no echo loops."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

# Typing in a text field patches the document after this pause (and at once on Enter/focus-out),
# so the preview follows while Ctrl+Z in the editor undoes whole words, not single letters.
TYPING_PAUSE_MS = 600


class FieldEditor(QWidget):
    """Base class. Subclasses implement ``_show`` and call ``_commit`` when the user changes it.

    ``set_value`` ignores the echo of the editor's own commit (the document is patched, re-read,
    and the same value comes back), so the text the user is still typing is never overwritten.
    """

    edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: object = None
        self._loaded = False

    @classmethod
    def accepts(cls, value: object) -> bool:
        """Whether this editor can show ``value`` without losing anything."""
        return True

    def value(self) -> object:
        return self._value

    def set_value(self, value: object) -> None:
        if self._loaded and _same(value, self._value):
            return
        self._value = value
        self._loaded = True
        self._show(value)

    def _show(self, value: object) -> None:
        raise NotImplementedError

    def flush(self) -> None:
        """Commit what the user typed but the typing pause has not committed yet."""
        timer = getattr(self, "_timer", None)
        if isinstance(timer, QTimer) and timer.isActive():
            timer.stop()
            commit = getattr(self, "commit", None) or getattr(self, "_commit_path", None)
            if callable(commit):
                commit()

    def _commit(self, value: object) -> None:
        if _same(value, self._value):
            return
        self._value = value
        self.edited.emit(value)


def _same(a: object, b: object) -> bool:
    """Equal and of the same types (``1 == True`` and ``'x' == WrittenDate('x')`` must differ)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    return a == b


def debounce(parent: QWidget, callback: object) -> QTimer:
    """A single-shot timer that runs ``callback`` after the typing pause."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(TYPING_PAUSE_MS)
    timer.timeout.connect(callback)
    return timer
