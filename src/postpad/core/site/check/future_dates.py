"""A post dated after now, on an engine that leaves such posts out of a build unless the site says
otherwise (Jekyll 4.3 without ``future: true``: "Skipping: … has a future date"; on GitHub Pages
the post stays out until the next push after that date). A scheduled post is the author's wish,
so this is a warning, said once per post."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from postpad.core.frontmatter.dates import WrittenDate, engine_date
from postpad.core.site.check.context import Finding, PostContext
from postpad.core.site.config import SiteConfig
from postpad.core.site.dates import parse_loose, site_zone
from postpad.core.site.index import filename_date


def _moment(ctx: PostContext, value: object, zone: dt.tzinfo | None) -> dt.datetime | None:
    """The engine's date of the post as an aware time (a time without offset: the site's)."""
    if isinstance(value, WrittenDate | dt.date):
        read = engine_date(value, ctx.engine, zone)
    else:
        read = parse_loose(value)  # a quoted date: Ruby's Time.parse, in the site's zone
    if read is None:
        return None
    if not isinstance(read, dt.datetime):
        read = dt.datetime.combine(read, dt.time())
    if read.tzinfo is None:
        read = read.replace(tzinfo=zone) if zone else read.astimezone()
    return read


def check(ctx: PostContext, now: dt.datetime | None = None) -> Iterator[Finding]:
    setting = ctx.spec.check.future_setting
    config = ctx.site.config if ctx.site else SiteConfig()
    if not setting or config.raw.get(setting) is True:
        return
    key, value = "date", ctx.header.fields.get("date")
    if value in (None, "") and ctx.site is not None:  # the file name's date (measured: skipped)
        key, value = ctx.path.name, filename_date(ctx.site, ctx.path)
    moment = None if value in (None, "") else _moment(ctx, value, site_zone(config))
    if moment is None or moment <= (now or dt.datetime.now(dt.UTC)):
        return
    yield ctx.finding(
        ctx.key_line("date") if key == "date" else 1, "warning", "future-date",
        f"{key}: '{value}' is in the future: {ctx.spec.display_name} leaves the post out of the "
        f"site until a build after that date (unless the site config sets {setting}: true)",
        key=key, value=str(value), setting=setting,
    )  # fmt: skip
