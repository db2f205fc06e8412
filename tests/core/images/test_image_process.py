from __future__ import annotations

import io

from image_server import jpeg_bytes, png_bytes
from PIL import Image

from postpad.core.images.process import ProcessOptions, process_image, processed_name


def _opened(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


def test_defaults_change_nothing() -> None:
    data = png_bytes(40, 30)
    result = process_image(data, "png", ProcessOptions())
    assert result.data is data
    assert not result.changed
    assert result.suffix == "png"


def test_webp_conversion_keeps_size_and_names_the_file_webp() -> None:
    result = process_image(jpeg_bytes(300, 200), ".JPG", ProcessOptions(format="webp"))
    assert result.changed
    assert result.suffix == "webp"
    assert _opened(result.data).format == "WEBP"
    assert _opened(result.data).size == (300, 200)
    assert processed_name("Photo.JPG", result) == "Photo.webp"


def test_max_width_shrinks_proportionally_and_never_enlarges() -> None:
    big = process_image(jpeg_bytes(2000, 1000), "jpg", ProcessOptions(max_width=800))
    assert _opened(big.data).size == (800, 400)
    assert big.suffix == "jpg"
    small = png_bytes(100, 50)
    assert process_image(small, "png", ProcessOptions(max_width=800)).data is small


def test_transparency_survives_webp() -> None:
    out = io.BytesIO()
    Image.new("RGBA", (20, 20), (0, 0, 0, 0)).save(out, "PNG")
    result = process_image(out.getvalue(), "png", ProcessOptions(format="webp"))
    assert _opened(result.data).mode == "RGBA"


def test_animated_gif_svg_and_garbage_pass_through() -> None:
    out = io.BytesIO()
    frames = [Image.new("RGB", (10, 10), c) for c in ((255, 0, 0), (0, 255, 0))]
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:])
    options = ProcessOptions(format="webp", max_width=5)
    assert not process_image(out.getvalue(), "gif", options).changed
    assert not process_image(b"<svg/>", "svg", options).changed
    assert not process_image(b"not an image", "png", options).changed


def test_exif_orientation_is_applied() -> None:
    image = Image.new("RGB", (40, 20), (1, 2, 3))
    exif = image.getexif()
    exif[0x0112] = 6  # rotate 90 degrees on display
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes())
    result = process_image(out.getvalue(), "jpg", ProcessOptions(format="webp"))
    assert _opened(result.data).size == (20, 40)
