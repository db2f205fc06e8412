"""The URL path the engine's own server gives a post (for the real-site preview, issue 14).

- Hexo (``lib/plugins/filter/post_permalink.ts``, ``processor/post.ts``): the front matter's
  ``permalink``, else the site's ``permalink`` rule filled with the slug (the file's path under
  ``_posts``/``_drafts`` matched against ``new_post_name``), the date in the site's time zone,
  ``:post_title``, the last category, and any front-matter key; ``root`` in front.
- Hugo: ``HugoRefs.permalink`` (the preview's ``ref``/``relref`` rule: ``url``, ``permalinks``,
  sections, ``slug``).
- Jekyll (``url_drop.rb``, ``document.rb``): the front matter's ``permalink``, else the site's
  style (date, pretty, ordinal, none or a template) with ``:categories`` (lower-cased), the date,
  ``:title`` from ``slug`` or the file name; ``baseurl`` in front.

Returns None when the post is not one the engine serves (outside the posts folders).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from postpad.core.frontmatter.dates import engine_date
from postpad.core.site.dates import site_zone
from postpad.core.site.header import decode_post_bytes, read_header
from postpad.core.site.model import Site
from postpad.core.site.permalink import post_path

_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_PARAM = re.compile(r":(\w*[^_\W])")  # hexo-util Permalink's rParam
_HEXO_SPECIAL = re.compile(r"""[\s~`!@#$%^&*()\-_+=[\]{}|\\;:"'<>,.?/]+""")
_JEKYLL_STYLES = {
    "date": "/:categories/:year/:month/:day/:title:output_ext",
    "pretty": "/:categories/:year/:month/:day/:title/",
    "ordinal": "/:categories/:year/:y_day/:title:output_ext",
    "none": "/:categories/:title:output_ext",
}


def post_url_path(site: Site, post: Path) -> str | None:
    """The path (starting with ``/``, not percent-encoded) the engine serves ``post`` at."""
    try:
        text = decode_post_bytes(post.read_bytes())
        headless = site.engine_spec.headless_front_matter
        fields = read_header(text, headless=headless, engine=site.engine).fields
    except (OSError, ValueError):
        fields = {}
    rule = site.engine_spec.publish.url_rule if site.engine_spec.publish else "none"
    if rule == "permalink_pattern":
        return _pattern(site, post, fields)
    if rule == "permalink_styles":
        return _jekyll(site, post, fields)
    if rule == "content_sections":
        return _hugo(site, post)
    return None


def _moment(value: object, post: Path, timezone: str | None) -> dt.datetime:
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


def _pattern(site: Site, post: Path, fields: Mapping[str, object]) -> str | None:
    """Hexo's ``post.path`` (core/site/permalink.py, decision 0098) under ``root``, with the
    date as this machine's Hexo process formats it."""
    for folder in ("_posts", "_drafts"):
        base = site.source_root / folder
        if post.is_relative_to(base):
            relative = post.relative_to(base).as_posix()
            break
    else:
        return None
    raw = dict(site.config.raw)
    raw.setdefault("new_post_name", site.config.new_post_name)
    raw.setdefault("permalink", site.config.permalink or ":year/:month/:day/:title/")
    written = fields.get("date")
    read = engine_date(written, site.engine) or written  # Hexo's reading of an offset (0248)
    moment = _hexo_local(_moment(read, post, site.config.timezone), site)
    path = post_path(raw, relative, fields, post, moment)
    root = "/" + str(raw.get("root") or "/").strip("/")
    return (root.rstrip("/") + "/" + path.lstrip("/")) if path else root


def _hexo_local(moment: dt.datetime, site: Site) -> dt.datetime:
    """Hexo reads a written time in the site's ``timezone`` but formats URL dates in the time
    zone of the machine running it (moment's local time): 2021-03-04 05:06 in Asia/Shanghai is
    ``/2021/03/03/`` on a UTC machine. The preview's server runs here, so local time it is."""
    if moment.tzinfo is None and site.config.timezone:
        try:
            moment = moment.replace(tzinfo=ZoneInfo(site.config.timezone))
        except (ZoneInfoNotFoundError, ValueError):
            return moment
    return moment.astimezone() if moment.tzinfo is not None else moment


def _jekyll_slugify(text: str) -> str:
    """Jekyll ``Utils.slugify(mode: "pretty", cased: true)``."""
    text = re.sub(r"[^\w._~!$&'()+,;=@]+", "-", text)
    return text.strip("-")


def _jekyll(site: Site, post: Path, fields: Mapping[str, object]) -> str | None:
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
    date = _moment(read or written or (dated[1] if dated else None), post, site.config.timezone)
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


def _hugo(site: Site, post: Path) -> str | None:
    from postpad.core.render.rules.hugo_refs import HugoRefs

    refs = HugoRefs(site.root, post)
    try:
        return refs.permalink(post, absolute=False)
    except (ValueError, OSError):
        return None


def base_path(site: Site) -> str:
    """The path part of the config's ``baseURL`` (any case, as Hugo reads it): ``/blog`` for
    ``https://x.org/blog/``, or ``""``."""
    lowered = {str(k).lower(): v for k, v in site.config.raw.items()}
    return urlsplit(str(lowered.get("baseurl") or "/")).path.rstrip("/")
