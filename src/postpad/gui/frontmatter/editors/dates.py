"""Date and date-time picker that writes the new date in the key's own layout.

``2024/6/1`` edited to the 2nd becomes ``2024/6/2``; ``2024-06-01T13:05:09+08:00`` keeps its ``T``
and offset. A key without a written date gets the engine's default format (core dates module).
The written offset is part of the picker's display (decision 0248); for Hexo, which does not
honour it, a note says what Hexo reads.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit, QLabel, QToolButton, QVBoxLayout, QWidget

from postpad.core.engines import engine_for
from postpad.core.frontmatter.dates import (
    DateLayout,
    WrittenDate,
    date_text_for,
    engine_date,
    format_like,
    layout_of,
    parse_date_text,
    typed_date,
    written_zone,
)
from postpad.core.frontmatter.engine_rules import rules_for
from postpad.gui.frontmatter.editors.base import FieldEditor
from postpad.gui.frontmatter.editors.date_typing import WholeDateTyping
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
        # the site's time zone: Now is the wall clock there (None: the machine's)
        self.zone: dt.tzinfo | None = None
        self.picker = QDateTimeEdit(self)
        self.picker.setCalendarPopup(True)
        # The picker holds the written wall clock. In UTC every wall clock exists: in the
        # machine's zone a time in a daylight-saving gap (02:30 on a spring-forward day) became
        # 03:30 and was written so when only the day was changed (decision 0248).
        self.picker.setTimeZone(QTimeZone.utc())
        wheel_only_when_focused(self.picker)
        self.picker.setKeyboardTracking(False)
        self.typing = WholeDateTyping(self.picker, self._typed, lambda: self._show(self.value()))
        self.now_button = QToolButton(self)
        self.now_button.setText(self.tr("Now"))
        self.now_button.setToolTip(self.tr("Set to the current date and time"))
        self.empty_label = QLabel(self.tr("(empty)"), self)
        self.offset_note = QLabel(self)  # what an engine that ignores the offset reads
        self.offset_note.setObjectName("dateOffsetNote")
        self.offset_note.setWordWrap(True)
        self.offset_note.setProperty("postpadRole", "hint")  # coloured by the theme
        self.offset_note.hide()
        self.line = ReflowRow(self)  # the picker and Now stack when the pane is narrow
        self.line.add(self.picker, 1)
        self.line.add(self.empty_label)
        self.line.add(self.now_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addWidget(self.offset_note)
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
        zone = written_zone(str(value)) if isinstance(value, str) else ""
        self.picker.setDisplayFormat(display_format(layout, with_time=self.has_time(), zone=zone))
        if moment is None:
            now = QDateTime.currentDateTime()
            self.picker.setDateTime(QDateTime(now.date(), now.time(), _UTC))
        else:
            self.picker.setDateTime(_qt_datetime(moment))
        self.picker.blockSignals(False)
        self.empty_label.setVisible(value is None)
        self.picker.setToolTip(str(value) if value is not None else "")
        note = self._offset_note(value, layout, zone) or self._utc_note(value, layout, zone)
        self.offset_note.setText(note)
        self.offset_note.setVisible(bool(note))

    def _offset_note(self, value: object, layout: DateLayout | None, zone: str) -> str:
        """For an engine that reads a written offset otherwise (Hexo, decision 0009): what it
        reads. Unquoted, hexo-front-matter keeps the time in UTC as the post's local time
        (``engine_date``, which the site panel and the post header show too); quoted,
        ``new Date()`` reads it in the build machine's zone (decision 0248)."""
        spec = engine_for(self.engine or "")
        if not zone or not self.engine or not spec.dates.wall_clock:
            return ""
        read_as = engine_date(value, self.engine)
        if isinstance(value, WrittenDate) and isinstance(read_as, dt.datetime) and layout:
            read = format_like(read_as, replace(layout, zone_style="", zone_separator=""))
            text = self.tr(
                "%1 ignores the offset %2: it reads the time in UTC, %3, as the post's local "
                "time. A date set here is written without the offset."
            ).replace("%3", read)
        else:
            text = self.tr(
                "%1 does not honour the offset %2: the time it shows depends on the build "
                "machine's time zone. A date set here is written without the offset."
            )
        return text.replace("%1", spec.display_name).replace("%2", zone.strip())

    def _utc_note(self, value: object, layout: DateLayout | None, zone: str) -> str:
        """For an engine that reads an unquoted time without offset as UTC (Jekyll's Psych;
        measured: ``08:09:10`` is 16:09 on an Asia/Shanghai site): what it shows."""
        moment = _date_value(value)
        if zone or not self.engine or not rules_for(self.engine).naive_time_is_utc:
            return ""
        if not isinstance(value, WrittenDate) or not isinstance(moment, dt.datetime) or not layout:
            return ""
        if layout.separator != "-" or not layout.has_seconds:
            return ""  # not a YAML timestamp: Jekyll parses the text in the site's zone
        name = engine_for(self.engine).display_name
        if self.zone is None:
            text = self.tr(
                "%1 reads a time without an offset as UTC and shows it in the build machine's "
                "time zone."
            )
            return text.replace("%1", name)
        shown = engine_date(value, self.engine, self.zone)
        if not isinstance(shown, dt.datetime) or shown == moment:
            return ""  # the site's zone is UTC
        text = self.tr(
            "%1 reads a time without an offset as UTC: it dates this post %2 in the site's time "
            "zone."
        )
        return text.replace("%1", name).replace("%2", format_like(shown, layout))

    def set_zone(self, zone: dt.tzinfo | None) -> None:
        """The site's time zone (Now, and what an engine that reads times as UTC shows)."""
        if zone == self.zone:
            return
        self.zone = zone
        if self._loaded:
            self._show(self.value())

    def _on_picked(self, chosen: QDateTime) -> None:
        moment = _wall_clock(chosen, with_time=self.has_time())
        previous = _date_value(self.value())
        if isinstance(moment, dt.datetime) and isinstance(previous, dt.datetime):
            # the picker shows no fraction of a second: the written one is kept
            moment = moment.replace(microsecond=previous.microsecond)
        self._write(moment)

    def _set_now(self) -> None:
        previous = _date_value(self.value())
        zone = previous.tzinfo if isinstance(previous, dt.datetime) else None
        # now as a time in the written offset (the local clock labelled +08:00 would be a
        # different moment); else the wall clock in the site's zone, which Hexo reads a time
        # without offset in (the machine's when the site names none)
        if zone is not None and not engine_for(self.engine or "").dates.wall_clock:
            self._write(dt.datetime.now(zone).replace(microsecond=0))
        else:
            now = dt.datetime.now(self.zone) if self.zone is not None else dt.datetime.now()
            self._write(now.replace(microsecond=0, tzinfo=None))
        # the picker did not make this date: the form's reload takes it as already shown
        self._show(self.value())

    def _typed(self, text: str) -> None:
        """A whole date typed or pasted: written in the key's layout, widened as typed."""
        self._commit(typed_date(WrittenDate(text), self.value(), self.engine))
        self._show(self.value())  # the typed text goes; the written date is shown

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


def display_format(layout: DateLayout | None, *, with_time: bool, zone: str = "") -> str:
    """A Qt display format that looks like the written date (``2024/6/1`` → ``yyyy/M/d``);
    ``zone``, the offset as written (``" +08:00"``), is shown as a literal the picker keeps."""
    if layout is None:
        return "yyyy-MM-dd HH:mm:ss" if with_time else "yyyy-MM-dd"
    sep = layout.separator
    day = f"yyyy{sep}MM{sep}dd" if layout.padded else f"yyyy{sep}M{sep}d"
    if not layout.has_time:
        return day
    hour = "HH" if layout.padded_hour else "H"
    time = f"{hour}:mm:ss" if layout.has_seconds else f"{hour}:mm"
    separator = " " if layout.time_separator.strip() == "" else "'T'"
    written = f"'{zone}'" if zone and "'" not in zone else ""
    return f"{day}{separator}{time}{written}"


_UTC = QTimeZone.utc()


def _qt_datetime(moment: dt.date | dt.datetime) -> QDateTime:
    """The written wall clock, held as a UTC time so that every one exists."""
    if isinstance(moment, dt.datetime):
        return QDateTime(
            QDate(moment.year, moment.month, moment.day),
            QTime(moment.hour, moment.minute, moment.second),
            _UTC,
        )
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(0, 0), _UTC)


def _wall_clock(chosen: QDateTime, *, with_time: bool) -> dt.date | dt.datetime:
    chosen = chosen.toTimeZone(_UTC)  # a caller may pass a local time; the picker holds UTC
    day, time = chosen.date(), chosen.time()
    if not with_time:
        return dt.date(day.year(), day.month(), day.day())
    return dt.datetime(
        day.year(), day.month(), day.day(), time.hour(), time.minute(), time.second()
    )
