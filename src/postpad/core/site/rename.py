"""Renaming a post file: an explicit action, because most engines build the URL from the name.

``url_follows_filename`` says whether the rename changes the post's URL (Hexo ``:title`` is the
file name and ``slug:`` is ignored; Jekyll, Hugo, Zola, Eleventy and Astro use the name unless the
post sets ``permalink``/``slug``/``url``/``path``). ``rename_post`` moves the file and, for Hexo,
its asset folder; a page bundle's ``index.md`` (Hugo, Zola) is renamed by its folder, which names
the page and holds its images. It never overwrites.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from postpad.core.site.model import Site
from postpad.core.site.newpost import PostExistsError


class InvalidPostNameError(ValueError):
    """The new name is empty, has a folder separator or is hidden from the engine."""


def url_follows_filename(site: Site | None, fields: dict[str, object]) -> bool:
    """Whether renaming the file changes the post's URL."""
    if site is None:
        return False
    spec = site.engine_spec  # decision 0107
    pinned = any(fields.get(key) not in (None, "") for key in spec.url_keys)
    if spec.permalink_names_url:
        permalink = site.config.permalink or ""
        uses_name = ":title" in permalink or ":name" in permalink or ":post_title" in permalink
        uses_abbrlink = ":abbrlink" in permalink and fields.get("abbrlink") not in (None, "")
        return uses_name and not uses_abbrlink and fields.get("permalink") in (None, "")
    return not pinned


def _bundle(site: Site | None, path: Path) -> Path | None:
    """The page bundle folder of ``path`` (``x/index.md``), which names the page (None: none)."""
    if site is None or not site.engine_spec.bundle_images or path.stem != "index":
        return None
    folder = path.parent
    return None if folder in (site.root, site.root / site.config.content_dir) else folder


def renamed_name(site: Site | None, path: Path) -> str:
    """What renaming ``path`` renames: its bundle folder's name, else the file name."""
    folder = _bundle(site, path)
    return folder.name if folder is not None else path.name


def rename_post(site: Site | None, path: Path, new_name: str) -> Path:
    """Rename ``path`` to ``new_name`` (same folder; ``.md`` added when missing); a bundle's
    folder instead (a ``.md`` typed after the name is dropped). Returns the post's new path."""
    name = new_name.strip()
    if not name or "/" in name or "\\" in name or name[0] in "._" or name.endswith("~"):
        raise InvalidPostNameError(new_name)
    folder = _bundle(site, path)
    if folder is not None:
        return _rename_bundle(folder, re.sub(r"\.(md|markdown|mdx)$", "", name)) / path.name
    if not re.search(r"\.(md|markdown|mdx)$", name):
        name += path.suffix or ".md"
    target = path.with_name(name)
    if target == path:
        return path
    _move(path, target)
    assets = path.with_suffix("")
    if site is not None and site.engine_spec.post_asset_folders and assets.is_dir():
        new_assets = target.with_suffix("")
        if not new_assets.exists():
            os.rename(assets, new_assets)
    return target


def _rename_bundle(folder: Path, name: str) -> Path:
    return _move(folder, folder.with_name(name))


def _move(old: Path, new: Path) -> Path:
    """``old`` renamed ``new`` (a post or a bundle folder), never over an existing one."""
    if new == old:
        return old
    if new.exists():
        raise PostExistsError(str(new))
    os.rename(old, new)
    return new
