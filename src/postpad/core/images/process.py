"""Resize, recompress and convert a pasted image with Pillow before it is placed (decision 0115).

The result is bytes plus a file suffix; ``place_image`` writes them where the engine expects.
Animated images, SVG and anything Pillow cannot read pass through unchanged: a lossy step is
only taken when it is safe. The original's bytes are returned too, so the caller can keep them.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Pillow loads at the first processed paste, not at start-up (decision 0100)
    from PIL import Image

FORMATS = ("keep", "webp", "jpeg", "png")
_SUFFIX = {"webp": "webp", "jpeg": "jpg", "png": "png"}
_PASS_THROUGH = (".svg", ".gif")
_FAST_WEBP_PIXELS = 1_000_000
_PILLOW_NAME = {"JPEG": "jpeg", "WEBP": "webp", "PNG": "png"}


@dataclass(frozen=True)
class ProcessOptions:
    """What to do to a pasted image. The defaults change nothing (opt-in, decision 0115)."""

    max_width: int = 0  # 0: never resize
    format: str = "keep"  # one of FORMATS
    quality: int = 82  # lossy encoders (WebP, JPEG)
    keep_original: bool = False  # the caller also places the untouched file

    @property
    def changes_anything(self) -> bool:
        return self.max_width > 0 or self.format != "keep"


@dataclass(frozen=True)
class Processed:
    data: bytes
    suffix: str  # without the dot: "webp"
    changed: bool  # False: ``data`` is the original


def _target_format(options: ProcessOptions, pillow_format: str | None) -> str:
    if options.format != "keep":
        return options.format
    return {"JPEG": "jpeg", "WEBP": "webp"}.get(pillow_format or "", "png")


def _resized(image: Image.Image, max_width: int) -> Image.Image:
    from PIL import Image

    if max_width <= 0 or image.width <= max_width:
        return image
    height = max(1, round(image.height * max_width / image.width))
    return image.resize((max_width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)


def _encode(image: Image.Image, fmt: str, quality: int) -> bytes:
    out = io.BytesIO()
    if fmt == "jpeg":
        if image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        image.save(out, "JPEG", quality=quality, optimize=True, progressive=True)
    elif fmt == "webp":
        if image.mode not in ("RGB", "RGBA", "L"):
            image = image.convert("RGBA" if "A" in image.getbands() else "RGB")
        # libwebp's method 0 is ~3x faster than 4 on a 6 MP photo, files within a few percent
        # (docs/decisions/0115-paste-image-processing.md): large photos take the fast path
        method = 4 if image.width * image.height <= _FAST_WEBP_PIXELS else 0
        image.save(out, "WEBP", quality=quality, method=method)
    else:
        image.save(out, "PNG", optimize=False)
    return out.getvalue()


def _converts_to(opened: Image.Image, options: ProcessOptions) -> str | None:
    """The format ``opened`` will be written in, or None when it passes through untouched."""
    if getattr(opened, "is_animated", False):
        return None  # an animation would lose its frames
    shrinks = 0 < options.max_width < opened.width
    same = _PILLOW_NAME.get(opened.format or "", "")
    if not shrinks and options.format in ("keep", same):
        return None  # nothing to do: never recompress for nothing
    return _target_format(options, opened.format)


def planned_suffix(data: bytes, suffix: str, options: ProcessOptions) -> str | None:
    """The suffix ``process_image`` will give ``data`` ("webp"), or None when it will pass
    through unchanged. Reads only the header, so the link can be written before the work
    (decision 0144); a file that fails to decode later still comes back unchanged."""
    from PIL import Image, UnidentifiedImageError

    if not options.changes_anything or f".{suffix.lower().lstrip('.')}" in _PASS_THROUGH:
        return None
    try:
        with Image.open(io.BytesIO(data)) as opened:
            fmt = _converts_to(opened, options)
    except (UnidentifiedImageError, OSError, ValueError):
        return None
    return None if fmt is None else _SUFFIX[fmt]


def process_image(data: bytes, suffix: str, options: ProcessOptions) -> Processed:
    """``data`` (an image file's bytes, ``suffix`` like "png") processed per ``options``."""
    from PIL import Image, UnidentifiedImageError

    suffix = suffix.lower().lstrip(".")
    unchanged = Processed(data, suffix, changed=False)
    if not options.changes_anything or f".{suffix}" in _PASS_THROUGH:
        return unchanged
    try:
        with Image.open(io.BytesIO(data)) as opened:
            fmt = _converts_to(opened, options)
            if fmt is None:
                return unchanged
            shrinks = 0 < options.max_width < opened.width
            if shrinks and opened.format == "JPEG":  # decode at 1/2, 1/4.. scale: much faster
                scaled = opened.height * options.max_width // opened.width
                opened.draft("RGB", (options.max_width, scaled))
            image = _upright(opened)
            encoded = _encode(_resized(image, options.max_width), fmt, options.quality)
    except (UnidentifiedImageError, OSError, ValueError):
        return unchanged
    if options.format == "keep" and not shrinks and len(encoded) >= len(data):
        return unchanged
    return Processed(encoded, _SUFFIX[fmt], changed=True)


def _upright(opened: Image.Image) -> Image.Image:
    """The photo as the camera meant it (EXIF orientation applied). Without an orientation
    tag the decoded image itself, not ``exif_transpose``'s copy (18 MB for 6 MP)."""
    from PIL import ExifTags, ImageOps

    if opened.getexif().get(ExifTags.Base.Orientation, 1) in (0, 1):
        opened.load()
        return opened
    return ImageOps.exif_transpose(opened)


def process_file(path: Path, options: ProcessOptions) -> Processed:
    return process_image(path.read_bytes(), path.suffix, options)


def processed_name(name: str, result: Processed) -> str:
    """``photo.JPG`` + a WebP result -> ``photo.webp``."""
    return f"{Path(name).stem}.{result.suffix}" if result.changed else name
