""" "Upload all local images in this post": the reverse of "Make remote images local"
(decision 0118). Each local image the post shows is uploaded and its link (body or front-matter
field) points at the URL; the local files stay. A failed file keeps its link."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from postpad.core.images.localize import apply_links
from postpad.core.images.refs import ImageRef, image_refs
from postpad.core.images.upload import Uploader, UploadError
from postpad.core.site.model import Site
from postpad.core.site.resolve import candidates, is_local_file_reference


@dataclass
class UploadResult:
    text: str
    files: dict[str, Path] = field(default_factory=dict)  # reference -> local file
    links: dict[str, str] = field(default_factory=dict)  # reference -> uploaded URL
    failed: dict[str, str] = field(default_factory=dict)  # reference -> why


def local_images(
    text: str, post: Path, site: Site | None
) -> tuple[list[ImageRef], dict[str, Path]]:
    """The post's local image references and the file each resolves to (missing ones left out)."""
    refs = [
        r
        for r in image_refs(text, site.engine if site else None)
        if not r.is_remote and is_local_file_reference(r.url)
    ]
    files: dict[str, Path] = {}
    for ref in refs:
        found = next((p for p in candidates(site, post, ref.url) if p.is_file()), None)
        if found is not None:
            files.setdefault(ref.url, found)
    return refs, files


def upload_post_images(
    text: str,
    post: Path,
    site: Site | None,
    uploader: Uploader,
    progress: Callable[[int, int], None] | None = None,
) -> UploadResult:
    refs, files = local_images(text, post, site)
    result = UploadResult(text, files=files)
    for missing in {r.url for r in refs} - set(files):
        result.failed[missing] = "missing"
    for done, (reference, path) in enumerate(files.items(), start=1):
        try:
            result.links[reference] = uploader.upload([path])[0]
        except UploadError as exc:
            result.failed[reference] = str(exc)
        if progress is not None:
            progress(done, len(files))
    result.text = apply_links(text, refs, result.links, site.engine if site else None)
    return result
