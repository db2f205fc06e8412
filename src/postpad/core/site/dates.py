"""Dates as each engine reads and writes them (decision 0009).

- ``readable_by(engine, value)``: would the engine accept this ``date:``? Hexo silently replaces an
  unreadable date by the file's birth time; Hugo and Eleventy fail the build.
- ``format_post_date(engine, config, moment)``: the text to write for a new date: Hexo wall-clock
  ``YYYY-MM-DD HH:mm:ss`` (or the site's ``date_format``/``time_format`` when Hexo can read that),
  Jekyll ``YYYY-MM-DD HH:MM:SS +0800``, the others RFC 3339 with an explicit offset.
- ``parse_loose(value)``: a sortable datetime for the index, whatever the engine.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from postpad.core.engines import engine_for
from postpad.core.site.config import SiteConfig

_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)"
_ZONE = r"(?:\s*(?:Z|z|[+-]\d{2}:?\d{2}|[+-]\d{2}|UTC|GMT))"
# YAML 1.1 timestamp (js-yaml): 4-digit year, 1-2 digit month/day when a time follows
_YAML_TIMESTAMP = re.compile(
    r"^\d{4}-\d{2}-\d{2}$|^\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|[ \t]+)\d{1,2}:\d{2}:\d{2}(?:\.\d*)?"
    r"(?:[ \t]*(?:Z|[-+]\d{1,2}(?::?\d{2})?))?$"
)
# What V8's Date parser (Hexo, Astro's coerce) and Ruby's Time.parse (Jekyll) accept, numerically
_LOOSE_NUMERIC = re.compile(
    rf"^\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?:{_TIME}(?:\s*[AaPp][Mm])?)?{_ZONE}?$"
)
# Go layouts Hugo tries: RFC 3339 with or without offset, date only, "2006-01-02 15:04:05"
_STRICT_ISO = re.compile(
    r"^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|z|[+-]\d{2}:?\d{2})?)?$"
)
_ISO_T_ONLY = re.compile(
    r"^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$"
)
_MONTH_NAMES = re.compile(
    r"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}"
    r"|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*[+-]\d{4}|\s+[A-Z]{2,5})?$"
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
ELEVENTY_KEYWORDS = ("Last Modified", "Created", "git Last Modified", "git Created")


def _has_month_name(text: str) -> bool:
    return bool(_MONTH_NAMES.match(text)) and any(m in text.lower() for m in _MONTHS)


def readable_by(engine: str, value: object) -> bool:
    """Whether ``engine`` reads ``value`` (a front-matter ``date``) as a date."""
    if isinstance(value, (datetime, date)):
        return True
    if not isinstance(value, str):
        return False
    text = value.strip()
    syntax = engine_for(engine).date_syntax  # decision 0107
    if syntax == "yaml":
        return bool(
            _YAML_TIMESTAMP.match(text) or _LOOSE_NUMERIC.match(text) or _has_month_name(text)
        )
    if syntax == "go":
        return bool(_STRICT_ISO.match(text) or _has_month_name(text))
    if syntax == "keywords_or_iso":
        return text in ELEVENTY_KEYWORDS or bool(
            _YAML_TIMESTAMP.match(text) or _ISO_T_ONLY.match(text)
        )
    if syntax == "toml":
        return bool(_STRICT_ISO.match(text))
    return parse_loose(text) is not None


def parse_loose(value: object) -> datetime | None:
    """Best-effort datetime (naive values stay naive) for sorting and display."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    if not isinstance(value, str):
        return None
    text = value.strip()
    match = re.match(
        r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[Tt ]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?"
        r"\s*(Z|z|[+-]\d{2}:?\d{2})?$",
        text,
    )
    if match:
        return _from_match(match)
    import email.utils  # RFC 2822 dates are rare; email.utils pulls in socket (~8 ms at start-up)

    try:
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def _from_match(match: re.Match[str]) -> datetime | None:
    year, month, day, hour, minute, second, zone = match.groups()
    tz: tzinfo | None = None
    if zone:
        if zone in "Zz":
            tz = UTC
        else:
            sign = -1 if zone[0] == "-" else 1
            digits = zone[1:].replace(":", "")
            tz = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0)))
    try:
        return datetime(
            int(year), int(month), int(day),
            int(hour or 0), int(minute or 0), int(second or 0), tzinfo=tz,
        )  # fmt: skip
    except ValueError:
        return None


def site_zone(config: SiteConfig) -> tzinfo | None:
    """The site's configured zone (Hexo/Jekyll ``timezone``, Hugo ``timeZone``), if valid."""
    if not config.timezone:
        return None
    try:
        return ZoneInfo(config.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def now_in_site_zone(config: SiteConfig, now: datetime | None = None) -> datetime:
    """``now`` (default: the current time) as an aware datetime in the site's zone or local zone."""
    moment = now or datetime.now(UTC)
    if moment.tzinfo is None:
        moment = moment.astimezone()
    zone = site_zone(config)
    return moment.astimezone(zone) if zone else moment.astimezone()


_MOMENT_TOKENS = re.compile(
    r"\[[^\]]*\]|YYYY|YY|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|HH|H|hh|h|mm|m|ss|s|A|a|ZZ|Z"
)
_MONTH_NAMES_EN = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)
_WEEKDAY_NAMES_EN = (
    *("Monday", "Tuesday", "Wednesday", "Thursday"),
    *("Friday", "Saturday", "Sunday"),
)
# Moment's zh-cn locale: MMMM and MMM 六月, Do 1日, dddd 星期六, ddd 周六, A 上午/下午
_MONTHS_ZH = tuple(f"{n}月" for n in ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十"))
_MONTHS_ZH += ("十一月", "十二月")
_WEEKDAYS_ZH = tuple("一二三四五六日")


def _ordinal(day: int) -> str:
    if 10 < day % 100 < 14:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def _moment_names(moment: datetime, chinese: bool) -> dict[str, str]:
    """The tokens whose text depends on the language (English unless ``chinese``)."""
    month, weekday = moment.month - 1, moment.weekday()
    if chinese:
        half = "上午" if moment.hour < 12 else "下午"
        return {
            "MMMM": _MONTHS_ZH[month], "MMM": _MONTHS_ZH[month], "Do": f"{moment.day}日",
            "dddd": f"星期{_WEEKDAYS_ZH[weekday]}", "ddd": f"周{_WEEKDAYS_ZH[weekday]}",
            "A": half, "a": half,
        }  # fmt: skip
    half = "AM" if moment.hour < 12 else "PM"
    return {
        "MMMM": _MONTH_NAMES_EN[month], "MMM": _MONTH_NAMES_EN[month][:3],
        "Do": _ordinal(moment.day), "dddd": _WEEKDAY_NAMES_EN[weekday],
        "ddd": _WEEKDAY_NAMES_EN[weekday][:3], "A": half, "a": half.lower(),
    }  # fmt: skip


def format_moment(pattern: str, moment: date, language: str = "en") -> str:
    """Format ``moment`` with a moment.js pattern (Hexo ``date_format``/``time_format``, and
    ``YYYY-MM-DD`` when empty) in ``language``'s month and weekday names ("zh…": Chinese)."""
    if not isinstance(moment, datetime):
        moment = datetime(moment.year, moment.month, moment.day)
    hour12 = moment.hour % 12 or 12
    offset = moment.strftime("%z") or "+0000"
    values = {
        "YYYY": f"{moment.year:04d}", "YY": f"{moment.year % 100:02d}",
        "MM": f"{moment.month:02d}", "M": str(moment.month),
        "DD": f"{moment.day:02d}", "D": str(moment.day),
        "HH": f"{moment.hour:02d}", "H": str(moment.hour),
        "hh": f"{hour12:02d}", "h": str(hour12),
        "mm": f"{moment.minute:02d}", "m": str(moment.minute),
        "ss": f"{moment.second:02d}", "s": str(moment.second),
        "ZZ": offset, "Z": f"{offset[:3]}:{offset[3:]}",
        **_moment_names(moment, language.lower().startswith("zh")),
    }  # fmt: skip

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        return token[1:-1] if token.startswith("[") else values[token]

    return _MOMENT_TOKENS.sub(replace, pattern or "YYYY-MM-DD")


HEXO_SAFE_FORMAT = "YYYY-MM-DD HH:mm:ss"


def format_post_date(engine: str, config: SiteConfig, moment: datetime) -> str:
    """The ``date:`` text for a new or published post, in the site's zone (``moment`` is aware)."""
    local = moment.astimezone(site_zone(config)) if site_zone(config) else moment.astimezone()
    layout = engine_for(engine).date_layout
    if layout == "config_formats":
        own = format_moment(f"{config.date_format} {config.time_format}", local)
        # Only wall-clock forms: Hexo mangles offsets (decision 0009).
        if re.fullmatch(r"\d{4}[-/]\d{1,2}[-/]\d{1,2} \d{1,2}:\d{2}(?::\d{2})?", own):
            return own
        return format_moment(HEXO_SAFE_FORMAT, local)
    if layout == "space_offset":
        return local.strftime("%Y-%m-%d %H:%M:%S %z")
    return local.replace(microsecond=0).isoformat()
