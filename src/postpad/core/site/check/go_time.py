"""Which date strings Hugo reads: ``spf13/cast``'s layout list tried in order with Go's
``time.Parse`` rules (decision 0047). Hugo 0.168 reads front-matter dates through
``htime.ToTimeInDefaultLocationE`` -> ``cast.ToTimeInDefaultLocationE`` (cast 1.10,
``internal/time.go``); an integer is Unix seconds.

Go's parser, as far as these layouts need it: ``2006`` four digits; ``01``/``02``/``04``/``05`` two
digits; ``15`` and ``3`` one or two; ``_2`` an optional leading space; month and weekday names
case-insensitive; a fraction of seconds may follow the seconds even when the layout has none;
the whole string must be consumed and the day must exist in its month.
"""

from __future__ import annotations

import calendar
import re

#: cast 1.10 ``TimeFormats`` (time.RFC3339 etc. spelled out)
CAST_LAYOUTS = (
    "2006-01-02",
    "2006-01-02T15:04:05Z07:00",
    "2006-01-02T15:04:05",
    "Mon, 02 Jan 2006 15:04:05 -0700",
    "Mon, 02 Jan 2006 15:04:05 MST",
    "02 Jan 06 15:04 -0700",
    "02 Jan 06 15:04 MST",
    "Monday, 02-Jan-06 15:04:05 MST",
    "2006-01-02 15:04:05.999999999 -0700 MST",
    "2006-01-02T15:04:05-0700",
    "2006-01-02 15:04:05Z0700",
    "2006-01-02 15:04:05",
    "Mon Jan _2 15:04:05 2006",
    "Mon Jan _2 15:04:05 MST 2006",
    "Mon Jan 02 15:04:05 -0700 2006",
    "2006-01-02 15:04:05Z07:00",
    "02 Jan 2006",
    "2006-01-02 15:04:05 -07:00",
    "2006-01-02 15:04:05 -0700",
    "3:04PM",
    "Jan _2 15:04:05",
    "Jan _2 15:04:05.000",
    "Jan _2 15:04:05.000000",
    "Jan _2 15:04:05.000000000",
)

_MONTHS = tuple(calendar.month_name[1:])
_DAYS = tuple(calendar.day_name)
# Longest first, as Go's nextStdChunk finds them.
_TOKEN = re.compile(
    r"January|Jan|Monday|Mon|MST|2006|Z07:00|Z0700|-07:00|-0700|01|02|_2|06|15|03|3|04|05|PM"
    r"|\.0+|\.9+"
)


def _num(value: str, fixed: bool) -> tuple[int, str] | None:
    if not value[:1].isdigit():
        return None
    if not value[1:2].isdigit():
        return None if fixed else (int(value[0]), value[1:])
    return int(value[:2]), value[2:]


def _name(value: str, names: tuple[str, ...], short: bool) -> tuple[int, str] | None:
    for index, name in enumerate(names):
        word = name[:3] if short else name
        if value[: len(word)].lower() == word.lower():
            return index + 1, value[len(word) :]
    return None


def _zone_name(value: str) -> str | None:
    """Go's ``parseTimeZone`` for named zones (``MST``, ``CEST``, ``UTC``; not ``CST6``)."""
    letters = re.match(r"[A-Z]*", value)
    upper = len(letters.group(0)) if letters else 0
    if value.startswith(("ChST", "MeST")):
        return value[4:]
    if value.startswith("GMT"):
        return re.sub(r"^GMT[+-]\d{1,2}", "GMT", value)[3:]
    if upper == 3 or (upper == 4 and (value[3] == "T" or value.startswith("UTC"))):
        return value[upper:]
    if upper == 5 and value[4] == "T":
        return value[5:]
    return None


_OFFSETS = {
    "Z07:00": r"Z|[+-]\d\d:\d\d",
    "Z0700": r"Z|[+-]\d\d\d\d",
    "-07:00": r"[+-]\d\d:\d\d",
    "-0700": r"[+-]\d\d\d\d",
}


def _parse(layout: str, value: str) -> dict[str, int] | None:
    got: dict[str, int] = {}
    for piece in re.split(f"({_TOKEN.pattern})", layout):
        if not piece:
            continue
        step = _step(piece, value, got)
        if step is None:
            return None
        value = step
        if piece in ("05",) and re.match(r"[.,]\d", value):
            following = layout[layout.index("05") + 2 : layout.index("05") + 3]
            if following != ".":
                value = re.sub(r"^[.,]\d+", "", value)
    return got if value == "" else None


def _step(piece: str, value: str, got: dict[str, int]) -> str | None:
    numbers = {"01": ("month", True), "02": ("day", True), "04": ("minute", True),
               "05": ("second", True), "15": ("hour", False), "03": ("hour", True),
               "3": ("hour", False), "06": ("year2", True)}  # fmt: skip
    if piece in numbers:
        field, fixed = numbers[piece]
        found = _num(value, fixed)
        if found is None:
            return None
        got[field], rest = found
        return rest
    if piece == "_2":
        found = _num(value[1:] if value.startswith(" ") else value, False)
        if found is None:
            return None
        got["day"], rest = found
        return rest
    if piece == "2006":
        if not re.match(r"\d{4}", value):
            return None
        got["year"] = int(value[:4])
        return value[4:]
    if piece in ("January", "Jan", "Monday", "Mon"):
        names = _MONTHS if piece.startswith("J") else _DAYS
        found = _name(value, names, short=len(piece) == 3)
        if found is None:
            return None
        if piece.startswith("J"):
            got["month"] = found[0]
        return found[1]
    if piece == "MST":
        return _zone_name(value)
    if piece == "PM":
        return value[2:] if value[:2].upper() in ("AM", "PM") else None
    if piece in _OFFSETS:
        match = re.match(_OFFSETS[piece], value)
        return value[match.end() :] if match else None
    if piece.startswith((".0", ".9")):
        match = re.match(r"\.\d+" if piece[1] == "9" else rf"\.\d{{{len(piece) - 1}}}", value)
        if match is None:
            return value if piece[1] == "9" else None
        return value[match.end() :]
    return value[len(piece) :] if value.startswith(piece) else None


def _valid(got: dict[str, int]) -> bool:
    if got.get("hour", 0) > 23 or got.get("minute", 0) > 59 or got.get("second", 0) > 59:
        return False
    if "day" not in got:
        return True
    year = got.get("year", 2000 + got.get("year2", 0))
    month = got.get("month", 1)
    if not 1 <= month <= 12:
        return False
    return 1 <= got["day"] <= calendar.monthrange(year, month)[1]


def hugo_reads_date(text: str) -> bool:
    """Whether Hugo's ``cast.ToTimeInDefaultLocationE`` parses ``text`` (as written, untrimmed)."""
    for layout in CAST_LAYOUTS:
        got = _parse(layout, text)
        if got is not None and _valid(got):
            return True
    return False
