"""Where a post's local images really are, so the preview can show them.

Relative paths resolve against the post's folder. With a known site root the engine's own
conventions apply (decision 0046):

* Hexo: ``/x.png`` is ``source/x.png``; with ``post_asset_folder`` a relative ``x.png`` lives in
  ``source/_posts/<post name>/x.png``.
* Hugo: ``/x.png`` is ``static/x.png`` (or ``assets/``); relative paths sit in the page bundle.
* Jekyll, Eleventy, Astro, generic: ``/x.png`` is below the site root (Astro: ``public/``).
* Zola: ``/x.png`` is ``static/x.png``; relative paths sit next to the post (co-located assets).

With a detected site the caller passes the site's own folders for root paths (``mounts``: the
theme's static folders, Hugo module mounts, Hexo's theme ``source/``), the same list ``postpad
check`` looks in (decision 0265); the profile's ``static_roots`` are the fallback without one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from postpad.core.mounts import Mounts, mounted_candidates
from postpad.core.render.rules.sanitize import is_remote_url, url_scheme


@dataclass(frozen=True)
class ImageSource:
    """How one image URL resolves: ``url`` to use, and whether it is ``remote`` or ``missing``."""

    url: str
    remote: bool = False
    missing: bool = False
    path: Path | None = None


def _candidates(
    path: str,
    roots: tuple[str, ...],
    post: Path | None,
    root: Path | None,
    asset_folder: bool,
    mounts: Mounts | None = None,
) -> list[Path]:
    found: list[Path] = []
    if path.startswith("/"):
        if mounts is not None:
            return mounted_candidates(path, mounts)
        if root is not None:
            found.extend(root / folder / path.lstrip("/") for folder in roots)
        return found
    if post is not None:
        if asset_folder:
            found.append(post.parent / post.stem / path)
        found.append(post.parent / path)
    return found


def resolve_image(
    src: str,
    *,
    roots: tuple[str, ...] = ("",),
    post_path: Path | None,
    site_root: Path | None,
    asset_folder: bool = False,
    mounts: Mounts | None = None,
) -> ImageSource:
    """Resolve ``src`` for the preview (file URL when the file is found): ``/x`` in the site's
    ``mounts`` when given, else under each of ``roots`` (the profile's ``static_roots``), a
    relative path next to the post and, with ``asset_folder``, in the post's asset folder
    first."""
    if is_remote_url(src):
        return ImageSource(url=src, remote=True)
    if url_scheme(src) is not None or not src or src.startswith("#"):
        return ImageSource(url=src)
    path = unquote(urlsplit(src).path)
    if not path:
        return ImageSource(url=src)
    candidates = _candidates(path, roots, post_path, site_root, asset_folder, mounts)
    for candidate in candidates:
        try:
            if candidate.is_file():
                return ImageSource(url=candidate.resolve().as_uri(), path=candidate)
        except OSError:
            continue
    return ImageSource(url=src, missing=bool(candidates))
