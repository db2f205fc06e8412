"""Put a pasted or dropped image where the engine expects it, and say how to link it.

| site | where the file goes | the link inserted |
|---|---|---|
| Hexo, ``post_asset_folder`` on | ``source/_posts/<post>/`` | ``{% asset_img name.png %}``, or |
|   and ``marked.postAsset`` on  |                           | ``![](name.png)``               |
| Hexo, asset folders off | ``source/images/`` | ``![](/images/name.png)`` |
| Hugo / Zola leaf bundle (``index.md``) | next to ``index.md`` | ``![](name.png)`` |
| Hugo / Zola single file | ``static/images/`` | ``![](/images/name.png)`` |
| Jekyll | ``assets/images/`` | ``![](/assets/images/name.png)`` |
| Astro, Eleventy, no site | next to the post | ``![](./name.png)`` / ``![](name.png)`` |

File names are cleaned: no spaces, ASCII only (Chinese becomes pinyin) except next to a post of
no known site, where the author's name is kept; an existing file is never overwritten.
"""

from __future__ import annotations

import re
import shutil
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from postpad.core.site.model import Site
from postpad.core.site.slug import pinyin_slug

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif", ".bmp")


@dataclass(frozen=True)
class ImagePlacement:
    """Where an image goes (``target``) and the Markdown/tag text that shows it (``link``)."""

    target: Path
    link: str
    reference: str  # the path/name inside the link, e.g. for a cover field


def clean_image_name(name: str, *, keep_unicode: bool = False) -> str:
    """``My Photo (1).PNG`` -> ``my-photo-1.png``; ``截图 1.png`` -> ``jie-tu-1.png``."""
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, "png"
    suffix = re.sub(r"[^a-z0-9]", "", suffix.lower()) or "png"
    if keep_unicode:
        cleaned = re.sub(r"[\W]+", "-", unicodedata.normalize("NFKC", stem)).strip("-_").lower()
    else:
        cleaned = pinyin_slug(stem)
    return f"{cleaned or 'image'}.{suffix}"


def pasted_image_name(suffix: str = "png", now: datetime | None = None) -> str:
    """A name for an image pasted from the clipboard: ``image-20240601-130509.png``."""
    moment = now or datetime.now()
    return f"image-{moment:%Y%m%d-%H%M%S}.{suffix}"


def unique_path(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name-2``, ``name-3``... when taken."""
    candidate = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    number = 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{stem}-{number}{suffix}"
    return candidate


def _folder_and_prefix(site: Site | None, post: Path) -> tuple[Path, str]:
    """The destination folder and the link prefix ("" = relative to the post)."""
    if site is None:
        return post.parent, ""
    spec = site.engine_spec  # decision 0107
    if spec.post_asset_folders and site.config.post_asset_folder:
        return post.with_suffix(""), ""
    if spec.image_folder is None or (spec.bundle_images and post.stem == "index"):
        return post.parent, spec.image_prefix if spec.image_folder is None else ""
    return site.in_source(spec.image_folder), spec.image_prefix


def plan_image(site: Site | None, post: Path, name: str, alt: str = "") -> ImagePlacement:
    """Decide where an image named ``name`` goes for ``post`` and the link to insert."""
    folder, prefix = _folder_and_prefix(site, post)
    target = unique_path(folder, clean_image_name(name, keep_unicode=site is None))
    reference = prefix + target.name
    config = site.config if site is not None and site.engine_spec.post_asset_folders else None
    if config is not None and config.post_asset_folder and not config.post_asset_links:
        title = f' "{alt}"' if alt and '"' not in alt else ""
        return ImagePlacement(target, f"{{% asset_img {target.name}{title} %}}", target.name)
    return ImagePlacement(target, f"![{alt}]({reference})", reference)


def place_image(
    site: Site | None,
    post: Path,
    *,
    name: str,
    data: bytes | None = None,
    source: Path | None = None,
    alt: str = "",
) -> ImagePlacement:
    """Copy ``source`` (or write ``data``) to where the engine expects it; never overwrites."""
    if (data is None) == (source is None):
        raise ValueError("give exactly one of data or source")
    placement = plan_image(site, post, name, alt)
    placement.target.parent.mkdir(parents=True, exist_ok=True)
    if source is not None:
        with source.open("rb") as reader, placement.target.open("xb") as writer:
            shutil.copyfileobj(reader, writer)
    else:
        with placement.target.open("xb") as writer:
            writer.write(data or b"")
    return placement
