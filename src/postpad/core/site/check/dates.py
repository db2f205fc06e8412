"""Dates the engine cannot read. Hexo silently uses the file's birth time ("today"); Hugo, Jekyll
and Eleventy fail the build. Hexo also mangles explicit offsets (``engines.md`` §2.3)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from postpad.core.site.check.context import Finding, PostContext, Severity
from postpad.core.site.check.go_time import hugo_reads_date
from postpad.core.site.dates import readable_by

DATE_KEYS = ("date", "updated", "lastmod", "publishDate", "expiryDate", "pubDate", "updatedDate")
_OFFSET = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:Z|[+-]\d{2}:?\d{2})$")

_CONSEQUENCE = {
    "hexo": "Hexo silently uses the file's creation time instead",
    "hugo": "Hugo stops the build",
    "jekyll": "Jekyll stops the build",
    "eleventy": "Eleventy stops the build",
    "zola": "Zola stops the build",
    "astro": "Astro's schema may reject it",
}


def _readable(engine: str, value: object) -> bool:
    if engine == "hugo" and isinstance(value, str):
        return hugo_reads_date(value)  # cast's layouts, as Hugo reads them (decision 0047)
    if engine == "hugo" and isinstance(value, int) and not isinstance(value, bool):
        return True  # Unix seconds
    return readable_by(engine, value)


def check(ctx: PostContext) -> Iterator[Finding]:
    fields = ctx.header.fields
    for key in DATE_KEYS:
        value = fields.get(key)
        if value is None or value == "":
            continue
        line = ctx.key_line(key)
        if not _readable(ctx.engine, value):
            severity: Severity = (
                "warning" if key not in ("date", "pubDate") and ctx.engine == "hexo" else "error"
            )
            consequence = _CONSEQUENCE.get(ctx.engine, "blog engines may not read it")
            yield ctx.finding(
                line, severity, "unreadable-date",
                f"{key}: '{value}' is not a date {ctx.engine} reads; {consequence}",
                key=key, value=str(value),
            )  # fmt: skip
        elif ctx.engine == "hexo" and isinstance(value, str) and _OFFSET.search(value.strip()):
            yield ctx.finding(
                line, "warning", "hexo-date-offset",
                f"{key}: Hexo ignores or mangles the time-zone offset in '{value}'; "
                "write wall-clock 'YYYY-MM-DD HH:mm:ss' in the site's timezone",
                key=key, value=value,
            )  # fmt: skip
