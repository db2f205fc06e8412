"""Run work after a pause in typing, never per keystroke (spelling, typography checks)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QPlainTextEdit


class EditDebounce(QObject):
    """Calls ``callback`` once the editor has been quiet for ``delay_ms`` (``large_delay_ms``
    when the document holds more than ``large_chars`` characters: checking those costs more)."""

    def __init__(
        self,
        editor: QPlainTextEdit,
        callback: Callable[[], None],
        *,
        delay_ms: int,
        large_delay_ms: int,
        large_chars: int,
    ) -> None:
        super().__init__(editor)
        self._editor = editor
        self._delay_ms = delay_ms
        self._large_delay_ms = large_delay_ms
        self._large_chars = large_chars
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(callback)

    def schedule(self) -> None:
        """(Re)start the wait; the callback runs once after the last call."""
        large = self._editor.document().characterCount() > self._large_chars
        self._timer.start(self._large_delay_ms if large else self._delay_ms)

    def stop(self) -> None:
        self._timer.stop()

    def is_pending(self) -> bool:
        return self._timer.isActive()

    def interval(self) -> int:
        """The wait chosen by the last ``schedule``."""
        return self._timer.interval()
