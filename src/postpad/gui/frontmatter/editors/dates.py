"""Date and date-time picker that writes the new date in the key's own layout.

``2024/6/1`` edited to the 2nd becomes ``2024/6/2``; ``2024-06-01T13:05:09+08:00`` keeps its ``T``
and offset. A key without a written date gets the engine's default format (core dates module).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateTimeEdit, QLabel, QToolButton, QVBoxLayout, QWidget

from postpad.core.engines import engine_for
from postpad.core.frontmatter.dates import (
    DateLayout,
    WrittenDate,
    date_text_for,
    layout_of,
    parse_date_text,
)
from postpad.gui.frontmatter.editors.base import FieldEditor
from postpad.gui.frontmatter.editors.flow import ReflowRow
from postpad.gui.frontmatter.editors.wheel import wheel_only_when_focused


def _date_value(value: object) -> dt.date | dt.datetime | None:
    if isinstance(value, WrittenDate):
        return value.value
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return parse_date_text(value)
    return None


class DateEditor(FieldEditor):
    """A calendar-popup picker; shows a time part only when the written date has one."""

    def __init__(self, engine: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.picker = QDateTimeEdit(self)
        self.picker.setCalendarPopup(True)
        wheel_only_when_focused(self.picker)
        self.picker.setKeyboardTracking(False)
        self.now_button = QToolButton(self)
        self.now_button.setText(self.tr("Now"))
        self.now_button.setToolTip(self.tr("Set to the current date and time"))
        self.empty_label = QLabel(self.tr("(empty)"), self)
        self.line = ReflowRow(self)  # the picker and Now stack when the pane is narrow
        self.line.add(self.picker, 1)
        self.line.add(self.empty_label)
        self.line.add(self.now_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        self.picker.dateTimeChanged.connect(self._on_picked)
        self.now_button.clicked.connect(self._set_now)

    @classmethod
    def accepts(cls, value: object) -> bool:
        return value is None or _date_value(value) is not None

    def has_time(self) -> bool:
        return isinstance(_date_value(self.value()), dt.datetime) or (
            self.value() is None
            and self.engine is not None
            and not engine_for(self.engine).dates.date_only
        )

    def _show(self, value: object) -> None:
        moment = _date_value(value)
        self.picker.blockSignals(True)
        layout = layout_of(str(value)) if isinstance(value, str) else None
        self.picker.setDisplayFormat(display_format(layout, with_time=self.has_time()))
        if moment is None:
            self.picker.setDateTime(QDateTime.currentDateTime())
        else:
            self.picker.setDateTime(_qt_datetime(moment))
        self.picker.blockSignals(False)
        self.empty_label.setVisible(value is None)
        self.picker.setToolTip(str(value) if value is not None else "")

    def _on_picked(self, chosen: QDateTime) -> None:
        self._write(_wall_clock(chosen, with_time=self.has_time()))

    def _set_now(self) -> None:
        self._write(dt.datetime.now().replace(microsecond=0))

    def _write(self, moment: dt.date | dt.datetime) -> None:
        previous = self.value()
        previous_value = _date_value(previous)
        if isinstance(moment, dt.datetime) and isinstance(previous_value, dt.datetime):
            moment = moment.replace(tzinfo=previous_value.tzinfo)  # keep the written offset
        elif isinstance(moment, dt.datetime) and not self.has_time():
            moment = moment.date()
        previous_text = str(previous) if previous_value is not None else None
        text = date_text_for(moment, previous_text, self.engine)
        self._commit(WrittenDate(text))


def display_format(layout: DateLayout | None, *, with_time: bool) -> str:
    """A Qt display format that looks like the written date (``2024/6/1`` → ``yyyy/M/d``)."""
    if layout is None:
        return "yyyy-MM-dd HH:mm:ss" if with_time else "yyyy-MM-dd"
    sep = layout.separator
    day = f"yyyy{sep}MM{sep}dd" if layout.padded else f"yyyy{sep}M{sep}d"
    if not layout.has_time:
        return day
    hour = "HH" if layout.padded_hour else "H"
    time = f"{hour}:mm:ss" if layout.has_seconds else f"{hour}:mm"
    separator = " " if layout.time_separator.strip() == "" else "'T'"
    return f"{day}{separator}{time}"


def _qt_datetime(moment: dt.date | dt.datetime) -> QDateTime:
    if isinstance(moment, dt.datetime):
        return QDateTime(
            QDate(moment.year, moment.month, moment.day),
            QTime(moment.hour, moment.minute, moment.second),
        )
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(0, 0))


def _wall_clock(chosen: QDateTime, *, with_time: bool) -> dt.date | dt.datetime:
    day, time = chosen.date(), chosen.time()
    if not with_time:
        return dt.date(day.year(), day.month(), day.day())
    return dt.datetime(
        day.year(), day.month(), day.day(), time.hour(), time.minute(), time.second()
    )
