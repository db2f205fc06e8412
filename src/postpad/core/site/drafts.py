"""Publish and unpublish posts the way each engine marks drafts.

- Hexo and Jekyll keep drafts in ``_drafts/``. Publishing moves the file into ``_posts/`` (Hexo:
  named by ``new_post_name``; Jekyll: ``YYYY-MM-DD-slug.md``), moves the Hexo asset folder with it
  and adds ``date:`` (now, in the site's format and zone) when the draft has none, as
  ``hexo publish`` does. Unpublishing moves it back and keeps the date.
- Hugo, Zola, Eleventy and Astro use a ``draft`` flag in the front matter: only that line changes.

Edits go through ``core.frontmatter.set_field`` and ``core.textfile`` (atomic save): every other
byte of the post is kept (line endings, BOM, comments, quoting).
"""

from __future__ import annotations

import os
import re
from datetime import datetime
from pathlib import Path

from postpad.core.frontmatter import WrittenDate, set_field
from postpad.core.site.dates import format_post_date, now_in_site_zone
from postpad.core.site.header import read_header
from postpad.core.site.model import Site
from postpad.core.site.newpost import PostExistsError, hexo_post_name
from postpad.core.textfile import LoadedText, read_text_file, save_text_file

_JEKYLL_DATE_PREFIX = re.compile(r"^(\d{4})-(\d{2})-(\d{2})-(.+)$")


class NotADraftLocationError(ValueError):
    """The post is not where a draft (or a published post) of this engine lives."""


def _fields(text: str) -> dict[str, object]:
    return read_header(text, headless=True).fields


def is_draft(site: Site, path: Path) -> bool:
    """Whether the engine treats ``path`` as a draft (folder, ``draft`` or ``published`` flag)."""
    if site.is_draft_location(path):
        return True
    fields = _fields(read_text_file(path).text)
    if site.engine_spec.published_flag and fields.get("published") is False:
        return True
    return fields.get("draft") is True


def _move(site: Site, source: Path, target: Path, text: str, loaded: LoadedText) -> Path:
    if target.exists():
        raise PostExistsError(str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    if text != loaded.text:  # save the edit first: a failed save leaves the draft untouched
        loaded = save_text_file(source, text, base=loaded)
    os.rename(source, target)
    assets = source.with_suffix("")
    if site.engine_spec.post_asset_folders and assets.is_dir():
        new_assets = target.with_suffix("")
        if not new_assets.exists():
            os.rename(assets, new_assets)
    return target


def _flag(site: Site, path: Path, draft: bool) -> Path:
    loaded = read_text_file(path)
    text = set_field(loaded.text, "draft", draft, engine=site.engine)
    if text != loaded.text:
        save_text_file(path, text, base=loaded)  # BOM, line endings and encoding are kept
    return path


def publish(site: Site, path: Path, *, now: datetime | None = None) -> Path:
    """Make ``path`` a published post; returns its (possibly new) path."""
    spec = site.engine_spec  # decision 0107
    if spec.drafts_folder is None or spec.posts_folder is None:
        return _flag(site, path, draft=False)
    if not site.is_draft_location(path):
        raise NotADraftLocationError(str(path))
    loaded = read_text_file(path)
    moment = now_in_site_zone(site.config, now)
    text = loaded.text
    if _fields(text).get("date") in (None, ""):
        date_text = format_post_date(site.engine, site.config, moment)
        text = set_field(text, "date", WrittenDate(date_text), engine=site.engine)
    posts = site.in_source(spec.posts_folder)
    if spec.filename_date == "new_post_name":
        target = posts / hexo_post_name(site.config.new_post_name, path.stem, moment)
    else:
        target = posts / f"{moment:%Y-%m-%d}-{path.stem}{path.suffix}"
    return _move(site, path, target, text, loaded)


def unpublish(site: Site, path: Path) -> Path:
    """Turn ``path`` back into a draft; returns its (possibly new) path."""
    spec = site.engine_spec
    if spec.drafts_folder is None or spec.posts_folder is None:
        return _flag(site, path, draft=True)
    if site.is_draft_location(path) or spec.posts_folder not in path.parts:
        raise NotADraftLocationError(str(path))
    loaded = read_text_file(path)
    text = loaded.text
    stem = path.stem
    match = _JEKYLL_DATE_PREFIX.match(stem) if spec.filename_date == "prefix" else None
    if match:
        stem = match.group(4)
        if _fields(text).get("date") in (None, ""):
            # the filename carried the date: keep it in the front matter
            written = WrittenDate("-".join(match.group(1, 2, 3)))
            text = set_field(text, "date", written, engine=site.engine)
    target = site.in_source(spec.drafts_folder) / f"{stem}{path.suffix}"
    return _move(site, path, target, text, loaded)
