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
import os
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from postpad.core.site.header import decode_post_bytes, read_header
from postpad.core.site.model import Site

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
        fields = read_header(text, headless=site.engine == "hexo", engine=site.engine).fields
    except (OSError, ValueError):
        fields = {}
    if site.engine == "hexo":
        return _hexo(site, post, fields)
    if site.engine == "jekyll":
        return _jekyll(site, post, fields)
    if site.engine == "hugo":
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


def hexo_slugize(text: str, lower: bool = False) -> str:
    """hexo-util ``slugize``: diacritics dropped, special characters to ``-``."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"[\u0000-\u001f]", "", text)
    text = re.sub(r"-{2,}", "-", _HEXO_SPECIAL.sub("-", text)).strip("-")
    return text.lower() if lower else text


def _hexo_slug(site: Site, post: Path) -> str | None:
    for folder in ("_posts", "_drafts"):
        base = site.source_root / folder
        if post.is_relative_to(base):
            relative = post.relative_to(base).with_suffix("").as_posix()
            break
    else:
        return None
    rule = os.path.splitext(site.config.new_post_name)[0]
    segments = {
        "year": r"(\d{4})", "month": r"(\d{2})", "day": r"(\d{2})", "i_month": r"(\d{1,2})",
        "i_day": r"(\d{1,2})", "hash": r"([0-9a-f]{12})",
    }  # fmt: skip
    names: list[str] = []

    def segment(match: re.Match[str]) -> str:
        names.append(match[1])
        return segments.get(match[1], "(.+?)")

    pattern = _PARAM.sub(segment, re.escape(rule).replace("\\:", ":"))
    found = re.match(f"^{pattern}$", relative)
    if found and "title" in names:
        return found[names.index("title") + 1]
    return hexo_slugize(relative)


def _hexo(site: Site, post: Path, fields: Mapping[str, object]) -> str | None:
    slug = _hexo_slug(site, post)
    if slug is None:
        return None
    raw = site.config.raw
    root = "/" + str(raw.get("root") or "/").strip("/")
    own = fields.get("permalink")
    path = str(own) if own else _hexo_rule(site, post, fields, slug)
    if site.config.post_asset_folder and not path.endswith(("/", ".html")):
        path += "/"
    return (root.rstrip("/") + "/" + path.lstrip("/")) if path else root


def _hexo_rule(site: Site, post: Path, fields: Mapping[str, object], slug: str) -> str:
    date = _hexo_local(_moment(fields.get("date"), post, site.config.timezone), site)
    category = _hexo_category(site, fields.get("categories") or fields.get("category"))
    defaults = site.config.raw.get("permalink_defaults")
    meta: dict[str, object] = dict(defaults) if isinstance(defaults, dict) else {}
    meta.update({k: v for k, v in fields.items() if isinstance(k, str)})
    meta.update(
        title=slug, name=slug.rsplit("/", 1)[-1],
        post_title=hexo_slugize(str(fields.get("title") or ""), lower=True),
        year=f"{date:%Y}", month=f"{date:%m}", day=f"{date:%d}", hour=f"{date:%H}",
        minute=f"{date:%M}", second=f"{date:%S}", i_month=str(date.month), i_day=str(date.day),
        timestamp=str(int(date.timestamp())),
        category=category or site.config.raw.get("default_category", "uncategorized"),
    )  # fmt: skip
    rule = site.config.permalink or ":year/:month/:day/:title/"
    return _PARAM.sub(lambda m: str(meta.get(m[1], "undefined")), rule)


def _hexo_category(site: Site, categories: object) -> str:
    """The slug of the post's last category as Hexo's ``Category.slug`` builds it: the parent's
    slug, ``/``, the name (``category_map`` applied, slugized with ``filename_case``). A flat list
    is one hierarchy; a list holding lists is several, the last one counts."""
    if isinstance(categories, str):
        path = [categories]
    elif isinstance(categories, list) and categories:
        nested = any(isinstance(item, list) for item in categories)
        last = categories[-1] if nested else categories
        path = [str(c) for c in (last if isinstance(last, list) else [last]) if c is not None]
    else:
        return ""
    mapping = site.config.raw.get("category_map")
    names = mapping if isinstance(mapping, dict) else {}
    case = site.config.filename_case
    slugs = [hexo_slugize(str(names.get(name, name))) for name in path]
    slugs = [s.lower() if case == 1 else s.upper() if case == 2 else s for s in slugs]
    return "/".join(slugs)


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
    date = _moment(fields.get("date") or (dated[1] if dated else None), post, site.config.timezone)
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


def hugo_base_path(site: Site) -> str:
    """The path part of Hugo's ``baseURL`` (``/blog`` for ``https://x.org/blog/``), or ``""``."""
    lowered = {str(k).lower(): v for k, v in site.config.raw.items()}
    return urlsplit(str(lowered.get("baseurl") or "/")).path.rstrip("/")
