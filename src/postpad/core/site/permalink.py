"""A Hexo post's URL, as ``{% post_link %}``, ``{% post_path %}`` and the built site give it.

Follows Hexo 8: the post processor (``slug`` from ``new_post_name``, a front-matter
``permalink`` taken as is), the ``post_permalink`` filter (``:year``, ``:title``,
``:post_title``, ``:category`` … and any front-matter key such as ``:abbrlink``) and hexo-util's
``url_for`` (``root``, ``encodeURI``, ``pretty_urls``). Dates are taken as written (Hexo reads a
naive date in the site's zone); a post without a date uses the file's time. Decision 0098.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path, PurePosixPath

from postpad.core.frontmatter.dates import engine_date
from postpad.core.site.dates import parse_loose
from postpad.core.site.slug import hexo_slugize

_PARAM = re.compile(r":(\w*[^_\W])")  # hexo-util Permalink's rParam
_FILE_PARAM_SEGMENTS = {
    "year": r"(\d{4})",
    "month": r"(\d{2})",
    "day": r"(\d{2})",
    "i_month": r"(\d{1,2})",
    "i_day": r"(\d{1,2})",
    "hash": r"([0-9a-f]{12})",
}


def _text(config: Mapping[str, object], key: str, default: str) -> str:
    value = config.get(key)
    return value if isinstance(value, str) and value else default


def post_slug(config: Mapping[str, object], relative: str) -> str:
    """``data.slug``: the title part of the path under ``_posts`` by ``new_post_name``."""
    pattern = _text(config, "new_post_name", ":title.md")
    stem = str(PurePosixPath(pattern).with_suffix("")) if "." in pattern else pattern
    path = relative[: -len(PurePosixPath(relative).suffix) or None]
    names: list[str] = []

    def segment(match: re.Match[str]) -> str:
        names.append(match[1])
        return _FILE_PARAM_SEGMENTS.get(match[1], "(.+?)")

    regex = _PARAM.sub(segment, re.escape(stem).replace(r"\:", ":"))
    found = re.fullmatch(regex, path)
    if found and "title" in names:
        return found[names.index("title") + 1]
    return hexo_slugize(path)


def _moment(value: object, fallback: Path | None) -> datetime:
    # a written offset: Hexo's date is the time in UTC as the post's local time (decision 0248)
    moment = parse_loose(engine_date(value, "hexo") or value)
    if moment is None and fallback is not None:
        moment = datetime.fromtimestamp(os.stat(fallback).st_mtime)
    return moment or datetime.now()


def _category_slug(config: Mapping[str, object], categories: object) -> str | None:
    """The slug of the post's last category: parents joined by ``/`` (Category model)."""
    if isinstance(categories, str | int | float) and not isinstance(categories, bool):
        chain: list[object] = [categories]
    elif isinstance(categories, list) and categories:
        last = categories[-1]
        chain = last if isinstance(last, list) else categories
    else:
        return None
    mapping = config.get("category_map")
    names = mapping if isinstance(mapping, dict) else {}
    case = config.get("filename_case")
    transform = case if isinstance(case, int) and not isinstance(case, bool) else 0
    parts = [hexo_slugize(str(names.get(str(c), c)), transform=transform) for c in chain if c]
    return "/".join(parts) or None


def permalink_fields(
    config: Mapping[str, object],
    relative: str,
    fields: Mapping[str, object],
    file: Path | None = None,
    moment: datetime | None = None,
) -> dict[str, str]:
    """What ``post_permalink`` fills ``:name`` from, for a post at ``_posts/<relative>``
    (``moment``: the date as the caller's engine process formats it; default: as written)."""
    slug = post_slug(config, relative)
    moment = moment or _moment(fields.get("date"), file)
    stamp = int((moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp())
    title = fields.get("title")
    meta = {str(k): str(v) for k, v in fields.items() if isinstance(v, str | int | float)}
    meta.update(
        title=slug,
        name=PurePosixPath(slug).name,
        post_title=hexo_slugize(str(title) if title is not None else "", transform=1),
        year=f"{moment.year:04d}",
        month=f"{moment.month:02d}",
        day=f"{moment.day:02d}",
        hour=f"{moment.hour:02d}",
        minute=f"{moment.minute:02d}",
        second=f"{moment.second:02d}",
        i_month=str(moment.month),
        i_day=str(moment.day),
        timestamp=str(stamp),
        hash=hashlib.sha1(f"{slug}{stamp}".encode()).hexdigest()[:12],
        category=_category_slug(config, fields.get("categories", fields.get("category")))
        or _text(config, "default_category", "uncategorized"),
    )
    defaults = config.get("permalink_defaults")
    if isinstance(defaults, dict):
        for key, value in defaults.items():
            meta.setdefault(str(key), str(value))
    return meta


def post_path(
    config: Mapping[str, object],
    relative: str,
    fields: Mapping[str, object],
    file: Path | None = None,
    moment: datetime | None = None,
) -> str:
    """``post.path``: the post's URL path below the site root (no leading ``/``)."""
    asset_folder = config.get("post_asset_folder") is True
    own = fields.get("permalink")
    if isinstance(own, str) and own:
        if asset_folder and not own.endswith(("/", ".html")):
            own += "/"
        return own if own.startswith("/") else f"/{own}"
    meta = permalink_fields(config, relative, fields, file, moment)
    rule = _text(config, "permalink", ":year/:month/:day/:title/")
    path = _PARAM.sub(lambda m: meta.get(m[1], "undefined"), rule)
    if asset_folder and not path.endswith(("/", ".html")):
        path += "/"
    return path


@lru_cache(maxsize=8)
def _site_config(config_file: Path, mtime_ns: int) -> Mapping[str, object]:
    from postpad.core.site.config import load_mapping

    return load_mapping(config_file, tolerant=True)


def read_post_fields(post_file: Path, engine: str) -> Mapping[str, object]:
    """The front matter of a post of ``engine`` (headless form accepted) from its first 64 KB."""
    from postpad.core.site.header import decode_post_bytes, read_header

    text = decode_post_bytes(post_file.read_bytes()[:65536])
    return read_header(text, headless=True, engine=engine).fields


def hexo_post_url(
    site_root: Path, post_file: Path, fields: Mapping[str, object] | None = None
) -> str:
    """``url_for(post.path)`` for a post file of the Hexo site at ``site_root`` (``fields``: its
    front matter when the caller has read it already)."""
    from postpad.core.render.rules.hexo_url import url_for  # render loads after the first frame

    config_file = site_root / "_config.yml"
    try:
        config = _site_config(config_file, config_file.stat().st_mtime_ns)
    except OSError:
        config = {}
    posts = site_root / _text(config, "source_dir", "source") / "_posts"
    try:
        relative = post_file.relative_to(posts).as_posix()
    except ValueError:
        relative = post_file.name
    if fields is None:
        from postpad.core.site.detect import detect_site

        site = detect_site(site_root)
        fields = read_post_fields(post_file, site.engine if site is not None else "")
    return url_for(config, post_path(config, relative, fields, post_file))
