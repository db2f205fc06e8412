"""Dates the engine cannot read. Hexo silently uses the file's birth time ("today"); Hugo, Jekyll
and Eleventy fail the build. Hexo also mangles explicit offsets (decision 0009). A date after
now that the engine skips: ``future_dates``."""

from __future__ import annotations

import re
from collections.abc import Iterator

from postpad.core.engines import engine_for
from postpad.core.site.check import future_dates
from postpad.core.site.check.context import Finding, PostContext, Severity
from postpad.core.site.check.go_time import hugo_reads_date
from postpad.core.site.dates import readable_by

DATE_KEYS = ("date", "updated", "lastmod", "publishDate", "expiryDate", "pubDate", "updatedDate")
_OFFSET = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:Z|[+-]\d{2}:?\d{2})$")

_YMD = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")


def _out_of_range(value: object) -> bool:
    """``2018-13-01``: Hexo falls back to the file time, Jekyll stops (measured)."""
    match = _YMD.match(value) if isinstance(value, str) else None
    return match is not None and not (1 <= int(match[2]) <= 12 and 1 <= int(match[3]) <= 31)


def _readable(engine: str, value: object) -> bool | None:
    """True/False, or None when Postpad cannot tell (Ruby's ``Time.parse`` reads far more
    than Postpad models: ``22/05/2018``, ``20180522``, ``… CST``)."""
    spec = engine_for(engine)
    if spec.date_syntax == "go" and isinstance(value, str):
        return hugo_reads_date(value)  # cast's layouts, as Hugo reads them (decision 0047)
    if spec.date_syntax == "go" and isinstance(value, int) and not isinstance(value, bool):
        return True  # Unix seconds
    if spec.check.out_of_range_dates_fail and _out_of_range(value):
        return False
    if readable_by(engine, value):
        return True
    text = str(value)
    maybe = spec.check.dates_maybe_readable
    if maybe and re.search(r"\d", text) and not re.search("[年月日]", text):
        return None
    return False


def check(ctx: PostContext) -> Iterator[Finding]:
    fields = ctx.header.fields
    for key in DATE_KEYS:
        value = fields.get(key)
        if value is None or value == "":
            continue
        line = ctx.key_line(key)
        readable = _readable(ctx.engine, value)
        rules = ctx.spec.check
        if not readable:
            other_warns = key not in ("date", "pubDate") and rules.other_bad_dates_warn
            severity: Severity = "warning" if readable is None or other_warns else "error"
            consequence = rules.bad_date
            if readable is None:
                consequence = f"{ctx.engine} may not read it (check the built page's date)"
            yield ctx.finding(
                line, severity, "unreadable-date",
                f"{key}: '{value}' is not a date {ctx.engine} reads; {consequence}",
                key=key, value=str(value),
            )  # fmt: skip
        elif ctx.spec.dates.wall_clock and isinstance(value, str) and _OFFSET.search(value.strip()):
            yield ctx.finding(
                line, "warning", "hexo-date-offset",
                f"{key}: {ctx.spec.display_name} ignores or mangles the time-zone offset in "
                f"'{value}'; write wall-clock 'YYYY-MM-DD HH:mm:ss' in the site's timezone",
                key=key, value=value,
            )  # fmt: skip
    yield from future_dates.check(ctx)  # a readable date after now (Jekyll's `future`)
