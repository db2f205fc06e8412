from __future__ import annotations

import io
import math

import pytest
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


def _oriented_jpeg(size: tuple[int, int], orientation: int) -> bytes:
    """A JPEG stored ``size`` with a left red half (where the camera's top was, for 6)."""
    image = Image.new("RGB", size, (0, 0, 255))
    image.paste((255, 0, 0), (0, 0, size[0] // 2, size[1]))
    exif = image.getexif()
    exif[0x0112] = orientation
    out = io.BytesIO()
    image.save(out, "JPEG", quality=95, exif=exif.tobytes())
    return out.getvalue()


def test_max_width_applies_to_the_upright_photo() -> None:
    """A phone photo held upright: stored 1600x1200 with orientation 6, shown 1200x1600. An
    800 px maximum width gives 800x1067, not the 600x800 of halving the stored width."""
    data = _oriented_jpeg((1600, 1200), 6)
    result = process_image(data, "jpg", ProcessOptions(format="webp", max_width=800))
    image = _opened(result.data)
    assert image.size == (800, 1067)
    red, _, blue = image.convert("RGB").getpixel((400, 100))  # type: ignore[misc]
    assert red > 200
    assert blue < 60
    red, _, blue = image.convert("RGB").getpixel((400, 960))  # type: ignore[misc]
    assert blue > 200
    assert red < 60


def test_an_upright_photo_narrower_than_the_maximum_is_not_shrunk() -> None:
    data = _oriented_jpeg((1600, 1200), 6)
    result = process_image(data, "jpg", ProcessOptions(format="webp", max_width=1400))
    assert _opened(result.data).size == (1200, 1600)
    same = process_image(data, "jpg", ProcessOptions(max_width=1400))  # keep JPEG, no shrink
    assert same.data is data
    assert not same.changed


def test_a_maximum_height_fits_the_photo_in_a_box_held_either_way() -> None:
    """Decision 0281: 2000 x 2000 px is a box. A landscape photo is limited by its width, the
    same photo held upright (orientation 6) by its height: both keep all their pixels' worth
    of the longer side, and the upright one no longer needs 2000 px of width."""
    box = ProcessOptions(format="webp", max_width=800, max_height=800)
    landscape = process_image(jpeg_bytes(1600, 1200), "jpg", box)
    assert _opened(landscape.data).size == (800, 600)
    upright = process_image(_oriented_jpeg((1600, 1200), 6), "jpg", box)
    assert _opened(upright.data).size == (600, 800)
    tall = process_image(jpeg_bytes(300, 1000), "jpg", ProcessOptions(max_height=500))
    assert (_opened(tall.data).size, tall.suffix) == ((150, 500), "jpg")  # height alone
    inside = jpeg_bytes(800, 700)
    assert (
        process_image(inside, "jpg", ProcessOptions(max_width=800, max_height=800)).data is inside
    )


def test_an_upright_photo_in_the_box_decodes_at_half_size() -> None:
    """The point of the box (decision 0281): a 3024x4032-shown photo in 1512x2016's box is the
    1/2 draft itself, so no resampling pass runs (the draft is what comes out, bit for bit)."""
    from postpad.core.images.process import _prepared

    data = _oriented_jpeg((1600, 1200), 6)
    options = ProcessOptions(format="png", max_width=800, max_height=800)
    with Image.open(io.BytesIO(data)) as opened:
        opened.draft("RGB", (800, 600))
        opened.load()
        draft = opened.transpose(Image.Transpose.ROTATE_270).tobytes()
    assert _opened(process_image(data, "jpg", options).data).convert("RGB").tobytes() == draft
    with Image.open(io.BytesIO(data)) as opened:
        assert _prepared(opened, (600, 800), 6).size == (600, 800)


def test_draft_decoding_looks_like_a_full_decode() -> None:
    """A large JPEG shrunk to half is decoded at 1/2 scale by libjpeg (decision 0180); the
    result must match a full decode + Lanczos resize to within JPEG noise (PSNR > 35 dB)."""
    from PIL import ImageChops, ImageFilter, ImageStat

    noise = Image.effect_noise((1600, 1200), 30).filter(ImageFilter.GaussianBlur(1))
    image = Image.merge("RGB", (noise, Image.linear_gradient("L").resize((1600, 1200)), noise))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    result = process_image(out.getvalue(), "jpg", ProcessOptions(format="png", max_width=800))
    fast = _opened(result.data).convert("RGB")
    with _opened(out.getvalue()) as full:
        reference = full.convert("RGB").resize((800, 600), Image.Resampling.LANCZOS)
    assert fast.size == (800, 600)
    mse = sum(v**2 for v in ImageStat.Stat(ImageChops.difference(fast, reference)).rms) / 3
    assert 10 * math.log10(255**2 / max(mse, 1e-9)) > 35


def _textured_jpeg(size: tuple[int, int], orientation: int = 1) -> bytes:
    from PIL import ImageFilter

    noise = Image.effect_noise(size, 40).filter(ImageFilter.GaussianBlur(0.8))
    image = Image.merge("RGB", (noise, Image.linear_gradient("L").resize(size), noise))
    exif = Image.Exif()
    exif[0x0112] = orientation
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92, exif=exif.tobytes())
    return out.getvalue()


def test_the_last_pass_is_catmull_rom_after_the_draft() -> None:
    """A shrink libjpeg's draft cannot reach (1600 -> 1000 px, 1.6x; an upright photo by
    EXIF) is finished by Pillow's bicubic, Catmull-Rom, then turned (decision 0228): the
    same pixels as doing those steps by hand, and not those of a Lanczos pass."""
    from PIL import ImageChops

    data = _textured_jpeg((1600, 1200), orientation=6)
    result = process_image(data, "jpg", ProcessOptions(format="png", max_width=750))
    got = _opened(result.data).convert("RGB")
    with _opened(data) as opened:
        stored = opened.convert("RGB")
    assert stored.size == (1600, 1200)  # no draft scale reaches 1000x750 from 1600x1200

    def by_hand(resample: Image.Resampling) -> Image.Image:
        shrunk = stored.resize((1000, 750), resample, reducing_gap=3.0)
        return shrunk.transpose(Image.Transpose.ROTATE_270)

    assert got.size == (750, 1000)
    assert ImageChops.difference(got, by_hand(Image.Resampling.BICUBIC)).getbbox() is None
    assert ImageChops.difference(got, by_hand(Image.Resampling.LANCZOS)).getbbox() is not None


def test_the_catmull_rom_pass_stays_close_to_lanczos() -> None:
    """What decision 0228 gave up: against a full decode + Lanczos, the shrunk photo stays
    within invisible distance (PSNR > 40 dB on a textured photo, 1.6x shrink)."""
    from PIL import ImageChops, ImageStat

    data = _textured_jpeg((1600, 1200))
    result = process_image(data, "jpg", ProcessOptions(format="png", max_width=1000))
    fast = _opened(result.data).convert("RGB")
    with _opened(data) as full:
        reference = full.convert("RGB").resize((1000, 750), Image.Resampling.LANCZOS)
    mse = sum(v**2 for v in ImageStat.Stat(ImageChops.difference(fast, reference)).rms) / 3
    assert 10 * math.log10(255**2 / max(mse, 1e-9)) > 40


@pytest.mark.parametrize(
    ("options", "orientation"),
    [
        (ProcessOptions(format="webp"), 1),
        (ProcessOptions(format="webp", max_width=200), 6),
        (ProcessOptions(format="jpeg", max_width=200), 1),
        (ProcessOptions(max_width=200), 3),
    ],
)
def test_the_colour_profile_survives(options: ProcessOptions, orientation: int) -> None:
    """A photo's ICC profile (a phone's Display P3) goes into the WebP or JPEG written:
    without it the browser reads the colours as sRGB."""
    from PIL import ImageCms

    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    image = Image.new("RGB", (400, 300), (200, 10, 10))
    exif = image.getexif()
    exif[0x0112] = orientation
    out = io.BytesIO()
    image.save(out, "JPEG", icc_profile=icc, exif=exif.tobytes())
    result = process_image(out.getvalue(), "jpg", options)
    assert result.changed
    assert _opened(result.data).info.get("icc_profile") == icc


def _mpo(size: tuple[int, int], orientation: int = 1) -> bytes:
    """A JPEG with a Multi-Picture index, as an iPhone writes one with its HDR gain map: a red
    photo, then a black half-size grey image. Pillow opens it as "MPO" with two frames."""
    photo = Image.new("RGB", size, (220, 20, 20))
    gain_map = Image.new("L", (size[0] // 2, size[1] // 2), 0)
    exif = photo.getexif()
    exif[0x0112] = orientation
    out = io.BytesIO()
    photo.save(out, "MPO", save_all=True, append_images=[gain_map], exif=exif.tobytes())
    assert _opened(out.getvalue()).format == "MPO"
    return out.getvalue()


@pytest.mark.parametrize("orientation", [1, 6])
def test_a_jpeg_with_a_gain_map_is_converted_like_any_jpeg(orientation: int) -> None:
    """Pillow calls such a JPEG an animation of two frames: it passed through unconverted (a
    24 MP iPhone photo stayed a 3.3 MB JPEG with WebP asked, decision 0215)."""
    from postpad.core.images.process import plan_conversion

    data = _mpo((800, 600), orientation)
    options = ProcessOptions(format="webp", max_width=300)
    result = process_image(data, "jpeg", options)
    assert (result.changed, result.suffix) == (True, "webp")
    image = _opened(result.data).convert("RGB")
    assert image.size == ((300, 225) if orientation == 1 else (300, 400))
    red, green, _ = image.getpixel((image.width // 2, image.height // 2))  # type: ignore[misc]
    assert red > 180  # the photo, not the black gain map
    assert green < 60
    plan = plan_conversion(data, "jpeg", options)
    assert plan is not None
    plain = io.BytesIO()
    _opened(data).save(plain, "JPEG", exif=_opened(data).getexif().tobytes())
    same = plan_conversion(plain.getvalue(), "jpg", options)
    assert same is not None
    assert (plan.suffix, plan.work) == (same.suffix, same.work)  # decoded at libjpeg's scale


def test_a_jpeg_with_a_gain_map_stays_a_jpeg() -> None:
    """With "keep the format" it shrinks to a JPEG (not to the PNG of formats Postpad does not
    write), and without a shrink leaves its bytes alone."""
    data = _mpo((800, 600))
    shrunk = process_image(data, "jpg", ProcessOptions(max_width=400))
    assert (shrunk.suffix, _opened(shrunk.data).format) == ("jpg", "JPEG")
    assert _opened(shrunk.data).size == (400, 300)
    assert process_image(data, "jpg", ProcessOptions(format="jpeg", max_width=1000)).data is data
