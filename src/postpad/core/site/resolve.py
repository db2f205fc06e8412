"""Where a local link or image reference points on disk, per engine (None: not checkable)."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from urllib.parse import unquote

from postpad.core.site.model import Site

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:|^//")
_NOT_A_FILE = (".html", ".htm", ".php", ".xml")


def is_local_file_reference(target: str) -> bool:
    """A relative or root path to a file (not a URL, anchor, template or page URL)."""
    target = target.strip()
    if not target or target.startswith(("#", "?")) or _SCHEME.match(target):
        return False
    if "{{" in target or "{%" in target or "$" in target:
        return False
    path = target.split("#", 1)[0].split("?", 1)[0]
    suffix = posixpath.splitext(path.rstrip("/"))[1].lower()
    return bool(suffix) and not path.endswith("/") and suffix not in _NOT_A_FILE


def _static_roots(site: Site) -> list[Path]:
    root = site.root
    return {
        "hexo": [site.source_root],
        "jekyll": [site.source_root],
        "hugo": [root / "static", root / site.config.content_dir, root / "assets"],
        "zola": [root / "static", root / "content"],
        "astro": [root / "public"],
        "eleventy": [root, root / "src", root / "public"],
    }.get(site.engine, [root])


def candidates(site: Site | None, post: Path, target: str) -> list[Path]:
    """Files that would satisfy ``target`` as written in ``post`` (any existing one will do)."""
    path = unquote(target.strip().split("#", 1)[0].split("?", 1)[0])
    if site is None:
        return [post.parent / path] if not path.startswith("/") else [Path(path)]
    if path.startswith("/"):
        return [base / path.lstrip("/") for base in _static_roots(site)]
    found = [post.parent / path]
    if site.engine == "hexo":
        # bare names resolve in the post's asset folder (postAsset, asset_img, Butterfly covers);
        # other relative paths are site-root relative once Hexo prepends the root
        found.insert(0, post.with_suffix("") / path)
        found.append(site.source_root / path)
    return found


def exists(site: Site | None, post: Path, target: str) -> bool:
    return any(candidate.exists() for candidate in candidates(site, post, target))
