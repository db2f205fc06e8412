"""The URL path the engine's own server gives a post (for the real-site preview, issue 14).

- Hexo (``lib/plugins/filter/post_permalink.ts``, ``processor/post.ts``): the front matter's
  ``permalink``, else the site's ``permalink`` rule filled with the slug (the file's path under
  ``_posts``/``_drafts`` matched against ``new_post_name``), the date in the site's time zone,
  ``:post_title``, the last category, and any front-matter key; ``root`` in front.
- Hugo: ``HugoRefs.permalink`` (the preview's ``ref``/``relref`` rule: ``url``, ``permalinks``,
  sections, ``slug``).
- Jekyll: ``core/site/jekyll_urls.py`` (shared with the preview's ``{% post_url %}``).

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
from postpad.core.site.header import decode_post_bytes, read_header
from postpad.core.site.jekyll_urls import jekyll_post_url, url_moment
from postpad.core.site.model import Site
from postpad.core.site.permalink import post_path

_PARAM = re.compile(r":(\w*[^_\W])")  # hexo-util Permalink's rParam
_HEXO_SPECIAL = re.compile(r"""[\s~`!@#$%^&*()\-_+=[\]{}|\\;:"'<>,.?/]+""")


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
        return jekyll_post_url(site, post, fields)
    if rule == "content_sections":
        return _hugo(site, post)
    return None


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
    moment = _hexo_local(url_moment(read, post, site.config.timezone), site)
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
