"""Dates written as Hexo's ``date(value, config.date_format)`` helper writes them (Moment.js).

The common Moment tokens only (decision 0234): years, months (numbers and English or Chinese
names), days, hours, minutes, seconds, AM/PM and ``[literal]`` text. A format with other
letters keeps them as written, as Moment keeps letters that are no token.
"""

from __future__ import annotations

import datetime as dt
import re

_TOKENS = re.compile(r"\[[^\]]*\]|YYYY|YY|MMMM|MMM|MM|M|Do|DD|D|HH|H|hh|h|mm|m|ss|s|A|a")

_MONTHS_EN = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)
_MONTHS_ZH = tuple(f"{n}月" for n in ("一", "二", "三", "四", "五", "六"))
_MONTHS_ZH += tuple(f"{n}月" for n in ("七", "八", "九", "十", "十一", "十二"))


def _ordinal(day: int) -> str:
    if 10 < day % 100 < 14:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def _token(token: str, value: dt.datetime, chinese: bool) -> str:
    hour12 = value.hour % 12 or 12
    noon = ("上午", "下午") if chinese else ("AM", "PM")
    half = noon[value.hour >= 12]
    months = _MONTHS_ZH if chinese else _MONTHS_EN
    table = {
        "YYYY": f"{value.year:04d}",
        "YY": f"{value.year % 100:02d}",
        "MMMM": months[value.month - 1],
        "MMM": months[value.month - 1] if chinese else _MONTHS_EN[value.month - 1][:3],
        "MM": f"{value.month:02d}",
        "M": str(value.month),
        "Do": f"{value.day}日" if chinese else _ordinal(value.day),
        "DD": f"{value.day:02d}",
        "D": str(value.day),
        "HH": f"{value.hour:02d}",
        "H": str(value.hour),
        "hh": f"{hour12:02d}",
        "h": str(hour12),
        "mm": f"{value.minute:02d}",
        "m": str(value.minute),
        "ss": f"{value.second:02d}",
        "s": str(value.second),
        "A": half,
        "a": half.lower(),
    }
    return table[token]


def format_moment(value: dt.date, layout: str, *, language: str = "en") -> str:
    """``value`` written in Moment's ``layout`` (``YYYY-MM-DD`` when empty)."""
    if not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day)
    chinese = language.lower().startswith("zh")

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        return token[1:-1] if token.startswith("[") else _token(token, value, chinese)

    return _TOKENS.sub(replace, layout or "YYYY-MM-DD")
