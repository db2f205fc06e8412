"""Dates as the author wrote them.

A date read from front matter is a :class:`WrittenDate`: the exact text (so it can be shown and
written back unchanged) with the parsed value in ``.value``. When a new date is written for a key
that already holds one, :func:`format_like` keeps that key's layout (``2024/6/1`` stays
``YYYY/M/D``, ``2023-01-05 10:20:30`` keeps its time part); otherwise :func:`default_date_text`
uses the engine's own format (decision 0009). For Hexo a layout with ``T`` or a zone
(``Z``, ``+08:00``) is not kept: Hexo misreads offsets, so the value's wall-clock time is written
in Hexo's default ``YYYY-MM-DD HH:mm:ss``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from postpad.core.engines import engine_for
from postpad.core.engines.parts import DateStyle

_DATE_RE = re.compile(
    r"""^(?P<year>[0-9]{4})(?P<sep>[-/])(?P<month>[0-9]{1,2})(?P=sep)(?P<day>[0-9]{1,2})
    (?:(?P<tsep>[Tt]|[ \t]+)(?P<hour>[0-9]{1,2}):(?P<minute>[0-9]{2})
       (?::(?P<second>[0-9]{2})(?:\.(?P<fraction>[0-9]*))?)?
       (?P<zsep>[ \t]*)(?P<zone>Z|z|[-+][0-9]{1,2}(?::?[0-9]{2})?)?
    )?$""",
    re.VERBOSE,
)

DateValue = dt.date | dt.datetime


class WrittenDate(str):
    """A date exactly as written in the file; ``.value`` is the parsed date or datetime.

    ``.value`` is None when the text has a date's shape but no valid date (``2024-13-40``).
    """

    value: DateValue | None

    def __new__(cls, text: str, value: DateValue | None = None) -> WrittenDate:
        obj = super().__new__(cls, text)
        obj.value = value if value is not None else parse_date_text(text)
        return obj


def looks_like_date(text: str) -> bool:
    """True for text shaped like a date or timestamp (``2024/6/1``, ``2024-06-01 10:00:00``)."""
    return _DATE_RE.match(text) is not None


def parse_date_text(text: str) -> DateValue | None:
    """Parse date text the way the engines read it; None when it is not a valid date."""
    match = _DATE_RE.match(text.strip())
    if match is None:
        return None
    parts = match.groupdict()
    try:
        day = dt.date(int(parts["year"]), int(parts["month"]), int(parts["day"]))
        if parts["hour"] is None:
            return day
        fraction = (parts["fraction"] or "")[:6].ljust(6, "0")
        return dt.datetime(
            day.year,
            day.month,
            day.day,
            int(parts["hour"]),
            int(parts["minute"]),
            int(parts["second"] or 0),
            int(fraction),
            tzinfo=_zone(parts["zone"]),
        )
    except ValueError:
        return None


def _zone(text: str | None) -> dt.tzinfo | None:
    if not text:
        return None
    if text in ("Z", "z"):
        return dt.UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours = int(digits[:-2] if len(digits) > 2 else digits)
    minutes = int(digits[-2:]) if len(digits) > 2 else 0
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


@dataclass(frozen=True)
class DateLayout:
    """The shape of a written date, enough to write another date the same way."""

    separator: str = "-"
    padded: bool = True
    has_time: bool = False
    time_separator: str = " "
    padded_hour: bool = True
    has_seconds: bool = True
    fraction_digits: int = 0
    zone_separator: str = ""
    zone_style: str = ""  # "", "Z", "+08:00", "+0800", "+08"


def layout_of(text: str) -> DateLayout | None:
    """The layout of ``text``, or None when it is not a date."""
    match = _DATE_RE.match(text.strip())
    if match is None:
        return None
    parts = match.groupdict()
    padded = len(parts["month"]) == 2 and len(parts["day"]) == 2
    if parts["hour"] is None:
        return DateLayout(separator=parts["sep"], padded=padded)
    zone = parts["zone"] or ""
    if zone in ("Z", "z"):
        style = zone
    elif zone:
        digits = zone[1:]
        style = "+08:00" if ":" in digits else ("+0800" if len(digits) > 2 else "+08")
    else:
        style = ""
    return DateLayout(
        separator=parts["sep"],
        padded=padded,
        has_time=True,
        time_separator=parts["tsep"],
        padded_hour=len(parts["hour"]) == 2,
        has_seconds=parts["second"] is not None,
        fraction_digits=len(parts["fraction"] or ""),
        zone_separator=parts["zsep"] if zone else "",
        zone_style=style,
    )


def engine_date(
    value: object, engine: str | None, zone: dt.tzinfo | None = None
) -> DateValue | None:
    """The date ``engine`` gives a post whose front matter holds ``value``, as a wall clock
    where the engine reads one (decision 0248's measured table): an engine with wall-clock
    dates (Hexo 8: js-yaml reads an unquoted ``2023-01-05 03:00:00 +08:00`` as a moment,
    hexo-front-matter takes its time in UTC as the post's local time on any build machine)
    dates it ``2023-01-04 19:00:00``, without offset. An engine that reads an unquoted YAML
    timestamp without offset as UTC (Jekyll's Psych) dates ``2023-10-05 20:09:10`` on a site
    in ``zone`` Asia/Shanghai ``2023-10-06 04:09:10`` (without ``zone``: as written, the
    build machine decides). Otherwise the value as read (an offset kept); None for a value
    that holds no date (a quoted date is text: Hexo's reading of it depends on the machine)."""
    moment = value.value if isinstance(value, WrittenDate) else value
    if not isinstance(moment, dt.date):
        return None
    if not engine or not isinstance(moment, dt.datetime):
        return moment
    spec = engine_for(engine)
    if spec.dates.wall_clock and moment.tzinfo is not None:
        return moment.astimezone(dt.UTC).replace(tzinfo=None)
    if zone is not None and moment.tzinfo is None and spec.front_matter.naive_time_is_utc:
        layout = layout_of(value) if isinstance(value, WrittenDate) else None
        if layout is not None and layout.separator == "-" and layout.has_seconds:
            return moment.replace(tzinfo=dt.UTC).astimezone(zone).replace(tzinfo=None)
    return moment


def written_zone(text: str) -> str:
    """The offset of a written date exactly as written, with the blank before it
    (``" +08:00"``, ``"Z"``, ``"+0800"``); "" for a date without one or text that is no date."""
    match = _DATE_RE.match(text.strip())
    if match is None or not match["zone"]:
        return ""
    return match["zsep"] + match["zone"]


def format_like(value: DateValue, layout: DateLayout, previous: DateValue | None = None) -> str:
    """Write ``value`` in ``layout``. A date-only ``value`` for a layout with a time keeps the
    time of ``previous`` (changing the day in a date picker must not reset the time)."""
    sep = layout.separator
    month, day = (
        (f"{value.month:02d}", f"{value.day:02d}")
        if layout.padded
        else (
            str(value.month),
            str(value.day),
        )
    )
    text = f"{value.year:04d}{sep}{month}{sep}{day}"
    if not layout.has_time:
        return text
    moment = _with_time(value, previous)
    hour = f"{moment.hour:02d}" if layout.padded_hour else str(moment.hour)
    text += f"{layout.time_separator}{hour}:{moment.minute:02d}"
    if layout.has_seconds:
        text += f":{moment.second:02d}"
        if layout.fraction_digits:
            text += "." + f"{moment.microsecond:06d}"[: layout.fraction_digits].ljust(
                layout.fraction_digits, "0"
            )
    return text + _zone_text(moment, layout)


def _with_time(value: DateValue, previous: DateValue | None) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(previous, dt.datetime):
        return dt.datetime.combine(value, previous.timetz())
    return dt.datetime(value.year, value.month, value.day)


def _zone_text(moment: dt.datetime, layout: DateLayout) -> str:
    offset = moment.utcoffset()
    if not layout.zone_style or offset is None:
        return ""  # a naive value has no zone to write; never invent one
    if layout.zone_style in ("Z", "z") and offset == dt.timedelta(0):
        return layout.zone_separator + layout.zone_style
    total = int(offset.total_seconds()) // 60
    sign = "-" if total < 0 else "+"
    hours, minutes = divmod(abs(total), 60)
    style = "+08:00" if layout.zone_style in ("Z", "z") else layout.zone_style
    if style == "+08" and minutes == 0:
        return f"{layout.zone_separator}{sign}{hours:02d}"
    colon = ":" if style == "+08:00" else ""
    return f"{layout.zone_separator}{sign}{hours:02d}{colon}{minutes:02d}"


#: RFC 3339 with the offset (the JSON front matter's dates when no engine is named)
RFC3339 = DateStyle()


def _style(engine: str | None, unknown: DateStyle | None) -> DateStyle:
    return unknown if not engine and unknown is not None else engine_for(engine or "").dates


def engine_layout(engine: str | None, unknown: DateStyle | None = None) -> DateLayout:
    """The engine's default layout (``spec.dates``, decision 0009): Hexo wall-clock
    ``YYYY-MM-DD HH:mm:ss`` without offset; Jekyll ``YYYY-MM-DD HH:MM:SS +0800``; Hugo, Zola,
    Astro, Eleventy RFC 3339 with offset; unknown engines like Hexo."""
    style = _style(engine, unknown)
    return DateLayout(
        has_time=True,
        time_separator=style.time_separator,
        zone_separator=style.zone_separator,
        zone_style=style.zone_style,
    )


def default_date_text(
    value: DateValue, engine: str | None = None, unknown: DateStyle | None = None
) -> str:
    """``value`` in the engine's default format (Hexo's when the engine is unknown).

    A plain ``date`` is written date-only (``2024-06-01``) in every engine.
    """
    if not isinstance(value, dt.datetime):
        return format_like(value, DateLayout())
    return format_like(value, engine_layout(engine, unknown))


def date_text_for(
    value: DateValue,
    previous_text: str | None,
    engine: str | None = None,
    typed: DateLayout | None = None,
    unknown: DateStyle | None = None,
) -> str:
    """The text to write for a new date ``value`` replacing ``previous_text`` (may be None).

    The old layout is kept when it can hold ``value``; when it cannot (a time for a date-only
    key, seconds for a layout without them, an offset), it is widened just enough, taking the
    missing parts from ``typed`` (the layout the user typed) when given (decision 0009).
    """
    layout = layout_of(previous_text) if previous_text else None
    if layout is None:
        return default_date_text(value, engine, unknown)
    wall_clock = _style(engine, unknown).wall_clock
    default = engine_layout(engine, unknown)
    if wall_clock and (layout.zone_style or layout.time_separator in ("T", "t")):
        # hexo-front-matter 4 reads an offset as UTC and then as local time (decision 0009):
        # such a layout is not kept; the value's own wall-clock time goes in the default
        layout = default
    if wall_clock and typed is not None and typed.has_time:
        typed = replace(typed, time_separator=" ", zone_style="", zone_separator="")
    layout = widened(layout, value, _with_zone(typed, default), keep_zone=not wall_clock)
    return format_like(value, layout, parse_date_text(previous_text or ""))


def _with_zone(typed: DateLayout | None, default: DateLayout) -> DateLayout | None:
    """``typed`` with an offset in the engine's style when it has none and the engine writes one."""
    if (typed is None or not typed.zone_style) and default.zone_style:
        return replace(
            typed or _PLAIN_TIME,
            zone_style=default.zone_style,
            zone_separator=default.zone_separator,
        )
    return typed


def widened(
    layout: DateLayout, value: DateValue, typed: DateLayout | None = None, *, keep_zone: bool = True
) -> DateLayout:
    """``layout`` with just the parts added that ``value`` needs to be written without loss:
    a time (naive midnight fits a date-only layout), seconds, fraction digits, an offset."""
    if not isinstance(value, dt.datetime):
        return layout
    zoned = keep_zone and value.utcoffset() is not None
    if not layout.has_time:
        if value.time() == dt.time(0) and not zoned:
            return layout
        time = typed if typed is not None and typed.has_time else _PLAIN_TIME
        layout = replace(
            time,
            separator=layout.separator,
            padded=layout.padded,
            zone_style=time.zone_style if zoned else "",
        )
    if not layout.has_seconds and (value.second or value.microsecond):
        layout = replace(layout, has_seconds=True)
    digits = len(f"{value.microsecond:06d}".rstrip("0")) if value.microsecond else 0
    if digits > layout.fraction_digits:
        layout = replace(layout, fraction_digits=max(digits, typed.fraction_digits if typed else 0))
    if zoned and not layout.zone_style:
        style = typed.zone_style if typed is not None and typed.zone_style else "+08:00"
        separator = typed.zone_separator if typed is not None and typed.zone_style else ""
        layout = replace(layout, zone_style=style, zone_separator=separator)
    return layout


#: The time part added to a date-only layout when nothing says otherwise: ``2023-10-05 08:09:10``.
_PLAIN_TIME = DateLayout(has_time=True)


def typed_date(typed: WrittenDate, previous: object, engine: str | None = None) -> WrittenDate:
    """What to write when the user types the date ``typed`` (``postpad fm set``) for a key whose
    value is ``previous``: the old layout when it holds the new value, widened when not (a time
    typed for a date-only key is kept: ``2023-10-05 08:09:10``), and ``typed`` as is for a key
    that holds no date. A date-shaped string (``"2020-08-11T00:00:00Z"``) keeps its layout too."""
    if typed.value is None:
        return typed
    if not isinstance(previous, str) or layout_of(previous) is None:
        previous = str(typed)  # a new key: as typed (plus an offset the caller attached)
        if parse_date_text(previous) == typed.value:
            return typed
    text = date_text_for(typed.value, previous, engine, layout_of(typed))
    return WrittenDate(text, parse_date_text(text))
