"""The mouse wheel over a form field scrolls the form; it edits the field only once the author
has clicked or tabbed into it. Qt's spin boxes, date edits and combo boxes take the wheel even
unfocused, so scrolling a long header changed the date, a number or a choice the pointer
passed over: bytes the author never meant to change (decision 0230)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QScrollArea, QWidget


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus():
            return False
        area = _scroll_area(watched)
        if area is not None:
            QApplication.sendEvent(area.verticalScrollBar(), event)
        return True


def _scroll_area(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


_GUARD: list[_WheelGuard] = []  # one filter for every field, made with the first


def wheel_only_when_focused(widget: QAbstractSpinBox | QComboBox) -> None:
    """Guard ``widget``; it gets focus by a click or Tab, not by the wheel."""
    if not _GUARD:
        _GUARD.append(_WheelGuard(QApplication.instance()))
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(_GUARD[0])
