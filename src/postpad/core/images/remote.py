"""``postpad check --remote`` (decision 0119): dead remote images (network, opt-in) and local
images that nothing in the site names. Findings use the check's own ``Finding`` shape."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from urllib.parse import unquote

from postpad.core.images.fetch import fetch_all, probe
from postpad.core.images.refs import remote_refs
from postpad.core.site.check.context import Finding
from postpad.core.site.detect import detect_site
from postpad.core.site.images import IMAGE_SUFFIXES
from postpad.core.site.model import Site

_SKIPPED = {"node_modules", "public", "_site", "resources", ".git", ".jekyll-cache", "dist"}
_TEXT = (
    ".md",
    ".markdown",
    ".html",
    ".htm",
    ".yml",
    ".yaml",
    ".toml",
    ".json",
    ".ejs",
    ".njk",
    ".pug",
    ".swig",
    ".styl",
    ".css",
    ".scss",
    ".sass",
    ".less",
    ".js",
    ".liquid",
)


def _walk(root: Path, suffixes: tuple[str, ...]) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in _SKIPPED and not d.startswith(".")]
        for name in files:
            if name.lower().endswith(suffixes):
                yield Path(folder) / name


def posts_of(paths: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_file():
            found.append(path)
            continue
        site = detect_site(path)
        if site is not None:
            found.extend(p for p, _mtime, _size in site.iter_post_files())
        else:
            found.extend(_walk(path, (".md", ".markdown")))
    return found


def _line_of(text: str, url: str) -> int:
    at = text.find(url)
    return text.count("\n", 0, at) + 1 if at >= 0 else 1


def dead_remote_images(
    posts: Iterable[Path], progress: Callable[[int, int], None] | None = None
) -> list[Finding]:
    """One warning per post and remote image that does not answer with an image."""
    uses: list[tuple[Path, str, str]] = []
    for post in posts:
        text = post.read_text(encoding="utf-8", errors="replace")
        site = detect_site(post)
        for ref in remote_refs(text, site.engine if site else None):
            uses.append((post, text, ref.url))
    results = fetch_all((url for _p, _t, url in uses), probe, progress)
    findings = []
    for post, text, url in uses:
        reason = results.get(url)
        if reason is None:
            continue
        message = f"remote image {url} is dead ({reason}): the page shows a broken image"
        findings.append(
            Finding(
                post,
                _line_of(text, url),
                1,
                "warning",
                "dead-remote-image",
                message,
                {"url": url, "reason": str(reason)},
            )
        )
    return findings


def asset_folders(site: Site) -> list[Path]:
    """Where the site keeps images Postpad places: the engine's image folder, post asset
    folders (Hexo) and page bundles (Hugo)."""
    folders = []
    spec = site.engine_spec
    if spec.image_folder is not None and site.in_source(spec.image_folder).is_dir():
        folders.append(site.in_source(spec.image_folder))
    for post, _mtime, _size in site.iter_post_files():
        if spec.post_asset_folders and post.with_suffix("").is_dir():
            folders.append(post.with_suffix(""))
        elif spec.bundle_images and post.stem == "index":
            folders.append(post.parent)
    return folders


def unused_local_images(site: Site) -> list[Finding]:
    """Images in the asset folders whose file name no text file of the site mentions."""
    corpus = "\n".join(
        p.read_text(encoding="utf-8", errors="replace") for p in _walk(site.root, _TEXT)
    )
    corpus += "\n" + unquote(corpus)  # ![](Screenshot%20from%202023.png) names the file too
    findings = []
    for folder in asset_folders(site):
        for image in sorted(folder.iterdir()):
            if image.suffix.lower() in IMAGE_SUFFIXES and image.name not in corpus:
                findings.append(
                    Finding(
                        image,
                        1,
                        1,
                        "warning",
                        "unused-image",
                        f"{image.name} is not used by any post or page",
                    )
                )
    return findings


def remote_findings(
    paths: Iterable[Path], progress: Callable[[int, int], None] | None = None
) -> list[Finding]:
    """Dead remote images in the posts; unused images of each site given as a folder."""
    paths = list(paths)
    findings = dead_remote_images(posts_of(paths), progress)
    for path in paths:
        site = detect_site(path) if path.is_dir() else None
        if site is not None:
            findings.extend(unused_local_images(site))
    return findings
