"""Publish and unpublish posts the way each engine marks drafts.

- Hexo and Jekyll keep drafts in ``_drafts/``. Publishing moves the file into ``_posts/`` (Hexo:
  named by ``new_post_name``; Jekyll: ``YYYY-MM-DD-slug.md``), moves the Hexo asset folder with it
  and adds ``date:`` (now, in the site's format and zone) when the draft has none, as
  ``hexo publish`` does. Unpublishing moves it back and keeps the date.
- Hugo, Zola, Eleventy and Astro use a ``draft`` flag in the front matter: only that line changes.

Every other byte of the post is kept (line endings, BOM, comments, quoting).
"""

from __future__ import annotations

import os
import re
from datetime import datetime
from pathlib import Path

from postpad.core.site.dates import format_post_date, now_in_site_zone
from postpad.core.site.header import decode_post_bytes, read_header
from postpad.core.site.lines import atomic_write_bytes, set_raw_field
from postpad.core.site.model import Site
from postpad.core.site.newpost import PostExistsError, hexo_post_name

_JEKYLL_DATE_PREFIX = re.compile(r"^(\d{4})-(\d{2})-(\d{2})-(.+)$")


class NotADraftLocationError(ValueError):
    """The post is not where a draft (or a published post) of this engine lives."""


def _fields(text: str) -> dict[str, object]:
    return read_header(decode_post_bytes(text.encode("utf-8"))).fields


def is_draft(site: Site, path: Path) -> bool:
    """Whether the engine treats ``path`` as a draft (folder, ``draft`` or ``published`` flag)."""
    if site.is_draft_location(path):
        return True
    fields = _fields(path.read_text(encoding="utf-8", errors="replace"))
    if site.engine in ("hexo", "jekyll") and fields.get("published") is False:
        return True
    return fields.get("draft") is True


def _move(site: Site, source: Path, target: Path, text: str, original: str) -> Path:
    if target.exists():
        raise PostExistsError(str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    os.rename(source, target)
    if text != original:
        atomic_write_bytes(target, text.encode("utf-8"))
    assets = source.with_suffix("")
    if site.engine == "hexo" and assets.is_dir():
        new_assets = target.with_suffix("")
        if not new_assets.exists():
            os.rename(assets, new_assets)
    return target


def _read(path: Path) -> str:
    # decode without normalising: BOM and CRLF survive the edit byte for byte
    return path.read_bytes().decode("utf-8")


def _flag(site: Site, path: Path, draft: bool) -> Path:
    original = _read(path)
    text = set_raw_field(original, "draft", "true" if draft else "false")
    if text != original:
        atomic_write_bytes(path, text.encode("utf-8"))
    return path


def publish(site: Site, path: Path, *, now: datetime | None = None) -> Path:
    """Make ``path`` a published post; returns its (possibly new) path."""
    if site.engine not in ("hexo", "jekyll"):
        return _flag(site, path, draft=False)
    if not site.is_draft_location(path):
        raise NotADraftLocationError(str(path))
    original = _read(path)
    fields = _fields(original)
    moment = now_in_site_zone(site.config, now)
    text = original
    if fields.get("date") in (None, ""):
        text = set_raw_field(text, "date", format_post_date(site.engine, site.config, moment))
    posts = site.source_root / "_posts"
    if site.engine == "hexo":
        target = posts / hexo_post_name(site.config.new_post_name, path.stem, moment)
    else:
        target = posts / f"{moment:%Y-%m-%d}-{path.stem}{path.suffix}"
    return _move(site, path, target, text, original)


def unpublish(site: Site, path: Path) -> Path:
    """Turn ``path`` back into a draft; returns its (possibly new) path."""
    if site.engine not in ("hexo", "jekyll"):
        return _flag(site, path, draft=True)
    if site.is_draft_location(path) or "_posts" not in path.parts:
        raise NotADraftLocationError(str(path))
    original = _read(path)
    text = original
    stem = path.stem
    match = _JEKYLL_DATE_PREFIX.match(stem) if site.engine == "jekyll" else None
    if match:
        stem = match.group(4)
        if _fields(original).get("date") in (None, ""):
            # the filename carried the date: keep it in the front matter
            text = set_raw_field(
                text, "date", f"{match.group(1)}-{match.group(2)}-{match.group(3)}"
            )
    target = site.source_root / "_drafts" / f"{stem}{path.suffix}"
    return _move(site, path, target, text, original)
