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

from postpad.core.images.pillow_memory import blocks_reused

if TYPE_CHECKING:  # Pillow loads at the first processed paste, not at start-up (decision 0100)
    from PIL import Image

FORMATS = ("keep", "webp", "jpeg", "png")
_SUFFIX = {"webp": "webp", "jpeg": "jpg", "png": "png"}
_PASS_THROUGH = (".svg", ".gif")
_FAST_WEBP_PIXELS = 1_000_000
# a JPEG with a Multi-Picture index (an iPhone's HDR gain map, a depth map) opens as "MPO":
# browsers and blogs show its first image, the photo, and so does a conversion (decision 0215)
_JPEG_FORMATS = ("JPEG", "MPO")
_PILLOW_NAME = {"JPEG": "jpeg", "MPO": "jpeg", "WEBP": "webp", "PNG": "png"}


@dataclass(frozen=True)
class ProcessOptions:
    """What to do to a pasted image. The defaults change nothing (opt-in, decision 0115)."""

    max_width: int = 0  # 0: no limit on the width
    format: str = "keep"  # one of FORMATS
    quality: int = 82  # lossy encoders (WebP, JPEG)
    keep_original: bool = False  # the caller also places the untouched file
    max_height: int = 0  # 0: no limit on the height (decision 0281)

    @property
    def changes_anything(self) -> bool:
        return self.max_width > 0 or self.max_height > 0 or self.format != "keep"


@dataclass(frozen=True)
class Processed:
    data: bytes
    suffix: str  # without the dot: "webp"
    changed: bool  # False: ``data`` is the original


def _target_format(options: ProcessOptions, pillow_format: str | None) -> str:
    if options.format != "keep":
        return options.format
    return _PILLOW_NAME.get(pillow_format or "", "png")


def _fitted(size: tuple[int, int], options: ProcessOptions) -> tuple[int, int] | None:
    """The size ``size`` (as shown) shrinks to so that it fits the maximum width and height
    (a limit of 0 is none), or None when it stays as it is (decision 0281)."""
    width, height = size
    by_width = options.max_width / width if 0 < options.max_width < width else 1.0
    by_height = options.max_height / height if 0 < options.max_height < height else 1.0
    if by_width == by_height == 1.0:
        return None
    if by_width <= by_height:  # the binding limit is met exactly, the other side rounds
        return options.max_width, max(1, round(height * options.max_width / width))
    return max(1, round(width * options.max_height / height)), options.max_height


def _orientation(opened: Image.Image) -> int:
    """The EXIF orientation (1-8; 1 when absent or invalid), read once per image."""
    from PIL import ExifTags

    value = opened.getexif().get(ExifTags.Base.Orientation, 1)
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _upright_size(opened: Image.Image, orientation: int) -> tuple[int, int]:
    """The size the photo is shown at: 5-8 turn it a quarter."""
    return (opened.height, opened.width) if orientation >= 5 else opened.size


def _encode(image: Image.Image, fmt: str, quality: int) -> bytes:
    out = io.BytesIO()
    # the colour profile goes along (a phone's Display P3 photo read as sRGB looks washed out;
    # Pillow's PNG writer keeps it by itself, its JPEG and WebP writers only when given it)
    icc = image.info.get("icc_profile") or None
    if fmt == "jpeg":
        if image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        image.save(out, "JPEG", quality=quality, optimize=True, progressive=True, icc_profile=icc)
    elif fmt == "webp":
        if image.mode not in ("RGB", "RGBA", "L"):
            image = image.convert("RGBA" if "A" in image.getbands() else "RGB")
        # libwebp's method 0 is ~3x faster than 4 on a 6 MP photo, files within a few percent
        # (docs/decisions/0115-paste-image-processing.md): large photos take the fast path
        method = 4 if image.width * image.height <= _FAST_WEBP_PIXELS else 0
        image.save(out, "WEBP", quality=quality, method=method, icc_profile=icc)
    else:
        image.save(out, "PNG", optimize=False)
    return out.getvalue()


def _converts_to(opened: Image.Image, options: ProcessOptions, orientation: int) -> str | None:
    """The format ``opened`` will be written in, or None when it passes through untouched."""
    if getattr(opened, "is_animated", False) and opened.format not in _JPEG_FORMATS:
        return None  # an animation would lose its frames; an MPO's first image is the photo
    shrinks = _fitted(_upright_size(opened, orientation), options) is not None
    same = _PILLOW_NAME.get(opened.format or "", "")
    if not shrinks and options.format in ("keep", same):
        return None  # nothing to do: never recompress for nothing
    return _target_format(options, opened.format)


@dataclass(frozen=True)
class Plan:
    """What ``process_image`` will make of an image, read from its header only."""

    suffix: str  # without the dot: "webp"
    work: int  # pixels decoded, resampled and encoded: a paste starts the largest first (0191)


def _work(opened: Image.Image, target: tuple[int, int] | None, orientation: int) -> int:
    """Pixels ``_prepared`` and ``_encode`` go through: the decode at libjpeg's draft scale
    (as ``JpegImageFile.draft`` picks it), a resampling pass over them unless the draft is
    already the size, and the encode (counted twice: libwebp's cost per pixel is about twice
    the decoder's). Only its order matters (decision 0191)."""
    width, height = opened.size
    if target is None:
        return 3 * width * height
    stored = target[::-1] if orientation >= 5 else target
    scale = 1
    if opened.format in _JPEG_FORMATS:
        fits = min(width // stored[0], height // stored[1])
        scale = next(s for s in (8, 4, 2, 1) if fits >= s)
    decoded = (-(-width // scale), -(-height // scale))
    resampled = 0 if decoded == stored else decoded[0] * decoded[1]
    return decoded[0] * decoded[1] + resampled + 2 * target[0] * target[1]


def plan_conversion(data: bytes, suffix: str, options: ProcessOptions) -> Plan | None:
    """What ``process_image`` will give ``data``, or None when it will pass through
    unchanged. Reads only the header, so the link can be written before the work
    (decision 0144); a file that fails to decode later still comes back unchanged."""
    from PIL import Image, UnidentifiedImageError

    if not options.changes_anything or f".{suffix.lower().lstrip('.')}" in _PASS_THROUGH:
        return None
    try:
        with Image.open(io.BytesIO(data)) as opened:
            orientation = _orientation(opened)
            fmt = _converts_to(opened, options, orientation)
            target = _fitted(_upright_size(opened, orientation), options)
            work = _work(opened, target, orientation)
    except (UnidentifiedImageError, OSError, ValueError):
        return None
    return None if fmt is None else Plan(_SUFFIX[fmt], work)


def planned_suffix(data: bytes, suffix: str, options: ProcessOptions) -> str | None:
    """The suffix ``process_image`` will give ``data`` ("webp"), or None when it will pass
    through unchanged (``plan_conversion``)."""
    plan = plan_conversion(data, suffix, options)
    return None if plan is None else plan.suffix


def process_image(data: bytes, suffix: str, options: ProcessOptions) -> Processed:
    """``data`` (an image file's bytes, ``suffix`` like "png") processed per ``options``."""
    from PIL import Image, UnidentifiedImageError

    suffix = suffix.lower().lstrip(".")
    unchanged = Processed(data, suffix, changed=False)
    if not options.changes_anything or f".{suffix}" in _PASS_THROUGH:
        return unchanged
    try:
        with blocks_reused(), Image.open(io.BytesIO(data)) as opened:
            orientation = _orientation(opened)
            fmt = _converts_to(opened, options, orientation)
            if fmt is None:
                return unchanged
            target = _fitted(_upright_size(opened, orientation), options)
            encoded = _encode(_prepared(opened, target, orientation), fmt, options.quality)
    except (UnidentifiedImageError, OSError, ValueError):
        return unchanged
    if options.format == "keep" and target is None and len(encoded) >= len(data):
        return unchanged
    return Processed(encoded, _SUFFIX[fmt], changed=True)


def _prepared(opened: Image.Image, target: tuple[int, int] | None, orientation: int) -> Image.Image:
    """``opened`` decoded, shrunk to ``target`` (an upright size) and turned upright
    (decision 0180). A JPEG is decoded by libjpeg at the smallest of 1/8, 1/4, 1/2 that is
    still at least ``target`` (``draft``), then a Catmull-Rom pass does the rest (decision
    0228); the quarter turn comes last, on the small image. Without a turn or a shrink the
    decoded image itself, no copy."""
    from PIL import Image

    stored = None if target is None else (target[::-1] if orientation >= 5 else target)
    if stored is not None and opened.format in _JPEG_FORMATS:
        opened.draft("RGB", stored)
    opened.load()
    image = opened
    if stored is not None and stored != image.size:
        # Pillow's BICUBIC is Catmull-Rom (a = -0.5), its own thumbnail() default: a third
        # fewer taps than Lanczos for the same look once WebP has encoded it (decision 0228)
        image = image.resize(stored, Image.Resampling.BICUBIC, reducing_gap=3.0)
    turn = _turn(orientation)
    return image if turn is None else image.transpose(turn)


def _turn(orientation: int) -> Image.Transpose | None:
    """What makes a photo with EXIF ``orientation`` upright (as ``ImageOps.exif_transpose``)."""
    from PIL import Image

    return {
        2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180,
        4: Image.Transpose.FLIP_TOP_BOTTOM, 5: Image.Transpose.TRANSPOSE,
        6: Image.Transpose.ROTATE_270, 7: Image.Transpose.TRANSVERSE,
        8: Image.Transpose.ROTATE_90,
    }.get(orientation)  # fmt: skip


def process_file(path: Path, options: ProcessOptions) -> Processed:
    return process_image(path.read_bytes(), path.suffix, options)


def processed_name(name: str, result: Processed) -> str:
    """``photo.JPG`` + a WebP result -> ``photo.webp``."""
    return f"{Path(name).stem}.{result.suffix}" if result.changed else name
