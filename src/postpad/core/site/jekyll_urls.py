"""A Jekyll post's and page's URL, as Jekyll 4.3 writes them (``url_drop.rb``, ``document.rb``,
``page.rb``).

- A post: the front matter's ``permalink``, else the site's style (date, pretty, ordinal, none or
  a template) with ``:categories`` (lower-cased), the date, ``:title`` from ``slug`` or the file
  name; ``baseurl`` in front (the real-site preview, ``{% post_url %}``, ``{% link %}``).
- A page: the front matter's ``permalink``, else ``/:path/:basename`` with the style's suffix
  (``/`` for pretty, ``.html`` otherwise), ``/:path/`` for an index (decision 0291).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from postpad.core.frontmatter.dates import engine_date
from postpad.core.site.dates import site_zone
from postpad.core.site.model import Site

_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?")

_JEKYLL_STYLES = {
    "date": "/:categories/:year/:month/:day/:title:output_ext",
    "pretty": "/:categories/:year/:month/:day/:title/",
    "ordinal": "/:categories/:year/:y_day/:title:output_ext",
    "none": "/:categories/:title:output_ext",
}


def url_moment(value: object, post: Path, timezone: str | None) -> dt.datetime:
    """The post's date as the engine writes it into URLs: in the site's time zone."""
    parsed = getattr(value, "value", value)
    if isinstance(parsed, dt.datetime):
        if parsed.tzinfo is not None and timezone:
            try:
                return parsed.astimezone(ZoneInfo(timezone))
            except (ZoneInfoNotFoundError, ValueError):
                return parsed
        return parsed
    if isinstance(parsed, dt.date):
        return dt.datetime(parsed.year, parsed.month, parsed.day)
    match = _DATE.search(str(value or ""))
    if match:
        year, month, day, hour, minute, second = (int(g) if g else 0 for g in match.groups())
        return dt.datetime(year, month, day, hour, minute, second)
    return dt.datetime.fromtimestamp(post.stat().st_mtime)


def _jekyll_slugify(text: str) -> str:
    """Jekyll ``Utils.slugify(mode: "pretty", cased: true)``."""
    text = re.sub(r"[^\w._~!$&'()+,;=@]+", "-", text)
    return text.strip("-")


def jekyll_post_url(site: Site, post: Path, fields: Mapping[str, object]) -> str | None:
    """The path (``baseurl`` in front, not percent-encoded) Jekyll gives a post of ``_posts``
    or ``_drafts``; None outside them."""
    source = site.source_root
    parts = post.relative_to(source).parts if post.is_relative_to(source) else ()
    folder = next((f for f in ("_posts", "_drafts") if f in parts), None)
    if folder is None:
        return None
    name = post.stem
    dated = re.match(r"(\d{4}-\d{2}-\d{2})-(.*)", name)
    slug = str(fields.get("slug") or (dated[2] if dated else name))
    written = fields.get("date")
    read = engine_date(written, site.engine, site_zone(site.config))  # Psych's UTC (0248)
    date = url_moment(read or written or (dated[1] if dated else None), post, site.config.timezone)
    categories = [p.lower() for p in parts[: parts.index(folder)]]
    for key in ("category", "categories"):
        value = fields.get(key)
        items = (
            value.split() if isinstance(value, str) else value if isinstance(value, list) else []
        )
        categories += [str(c).lower() for c in items if str(c).lower() not in categories]
    template = str(fields.get("permalink") or "")
    if not template:
        style = site.config.permalink or "date"
        template = _JEKYLL_STYLES.get(style, style)
    values = {
        "categories": "/".join(categories), "year": f"{date:%Y}", "month": f"{date:%m}",
        "day": f"{date:%d}", "i_month": str(date.month), "i_day": str(date.day),
        "y_day": f"{date:%j}", "short_year": f"{date:%y}", "hour": f"{date:%H}",
        "minute": f"{date:%M}", "second": f"{date:%S}", "title": _jekyll_slugify(slug),
        "slug": _jekyll_slugify(slug).lower(), "output_ext": ".html",
    }  # fmt: skip
    path = re.sub(r":(\w+)", lambda m: values.get(m[1], m[0]), template)
    path = "/" + re.sub(r"/{2,}", "/", path).lstrip("/")
    baseurl = str(site.config.raw.get("baseurl") or "").rstrip("/")
    return baseurl + path


#: what Jekyll's kramdown and HTML pages are published as (``markdown_ext`` defaults)
_HTML_OUTPUT = (".md", ".markdown", ".mkdown", ".mkd", ".mdown", ".html", ".htm", ".xhtml")


def jekyll_page_url(site: Site, relative: str, fields: Mapping[str, object]) -> str | None:
    """The path (``baseurl`` in front) Jekyll gives the page ``relative`` (to the source
    folder) with front matter ``fields``; None where the preview cannot say (a permalink with
    placeholders, a page converted to other than HTML)."""
    permalink = fields.get("permalink")
    folder, _, name = relative.rpartition("/")
    stem, dot, suffix = name.rpartition(".")
    if isinstance(permalink, str) and permalink:
        if ":" in permalink:
            return None
        path = "/" + permalink.lstrip("/")
    elif not dot or "." + suffix.lower() not in _HTML_OUTPUT:
        return None
    else:
        style = str(site.config.permalink or "date")
        pretty = style == "pretty" or (style not in _JEKYLL_STYLES and style.endswith("/"))
        if stem == "index":
            path = f"/{folder}/"
        elif pretty:
            path = f"/{folder}/{stem}/"
        else:
            path = f"/{folder}/{stem}.html"
    path = re.sub(r"/{2,}", "/", path)
    return str(site.config.raw.get("baseurl") or "").rstrip("/") + path
