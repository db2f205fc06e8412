"""Typing or pasting a whole date into the date picker.

QDateTimeEdit edits one section at a time: after Ctrl+A, typing ``2024-06-05T09:30:00+08:00``
filled the sections with the digits as they came and wrote ``09:00:30``. This filter takes a
pasted text, or the keys typed while the whole text is selected, as one date; the core's date
reader parses it on Enter, Tab or leaving the field, and text that is no date is dropped (the
picker shows the written date again).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDateTimeEdit

from postpad.core.frontmatter.dates import parse_date_text

_ENDS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class WholeDateTyping(QObject):
    """Collects a whole typed date for ``picker``; ``accept(text)`` gets a text that parses,
    ``restore()`` is called when the typing ends without one."""

    def __init__(
        self, picker: QDateTimeEdit, accept: Callable[[str], None], restore: Callable[[], None]
    ) -> None:
        super().__init__(picker)
        self.picker = picker
        self.accept = accept
        self.restore = restore
        self.typed: str | None = None  # None: the picker edits its sections as usual
        picker.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self.typed is not None:
            self._finish()
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.matches(QKeySequence.StandardKey.Paste):
            self.typed = QGuiApplication.clipboard().text().strip()
            self._finish()
            return True
        return self._key(event)

    def _key(self, event: QKeyEvent) -> bool:
        line = self.picker.lineEdit()
        if self.typed is None:
            whole = line.selectedText() == line.text() and bool(line.text())
            if not (whole and event.text().isprintable() and event.text()):
                return False
            self.typed = ""
        if event.key() in _ENDS:
            self._finish()
            return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if event.key() == Qt.Key.Key_Escape:
            self.typed = ""
            self._finish()
        elif event.key() == Qt.Key.Key_Backspace:
            self.typed = self.typed[:-1]
        elif event.text().isprintable():
            self.typed += event.text()
        self._show_typed()
        return True

    def _show_typed(self) -> None:
        if self.typed is None:
            return
        line = self.picker.lineEdit()
        line.blockSignals(True)  # the picker must not read the half-typed text as a date
        line.setText(self.typed)
        line.blockSignals(False)

    def _finish(self) -> None:
        text, self.typed = self.typed or "", None
        if parse_date_text(text) is not None:
            self.accept(text)
        else:
            self.restore()
