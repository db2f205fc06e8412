"""Links before the conversion ends (decision 0144): the planned suffix, the reserved name, the
concurrent completion and a failed image's fallback to its original."""

from __future__ import annotations

import errno
import io
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from image_server import jpeg_bytes, png_bytes
from PIL import Image

from postpad.core.images.pending import complete, reserve
from postpad.core.images.process import ProcessOptions, planned_suffix, process_image


def _animated_gif() -> bytes:
    out = io.BytesIO()
    frames = [Image.new("P", (10, 10), colour) for colour in (1, 2)]
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:])
    return out.getvalue()


def _noisy_jpeg(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.effect_noise((width, height), 60).convert("RGB").save(out, "JPEG", quality=90)
    return out.getvalue()


def _upright_jpeg() -> bytes:
    """Stored 400x300, EXIF orientation 6: shown 300x400."""
    image = Image.new("RGB", (400, 300), (10, 200, 30))
    exif = image.getexif()
    exif[0x0112] = 6
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


CASES = [
    (jpeg_bytes(300, 200), "jpg", ProcessOptions(format="webp")),
    (png_bytes(300, 200), "png", ProcessOptions(format="jpeg")),
    (png_bytes(300, 200), "png", ProcessOptions(format="png")),
    (jpeg_bytes(300, 200), "JPG", ProcessOptions(max_width=100)),
    (jpeg_bytes(300, 200), "jpg", ProcessOptions(max_width=400)),
    (png_bytes(300, 200), "png", ProcessOptions()),
    (_animated_gif(), "gif", ProcessOptions(format="webp")),
    (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "svg", ProcessOptions(format="webp")),
    (b"not an image", "png", ProcessOptions(format="webp")),
    (_upright_jpeg(), "jpg", ProcessOptions(max_width=350)),  # shown 300 wide: nothing to do
    (_upright_jpeg(), "jpg", ProcessOptions(max_width=250)),  # decision 0180
]


@pytest.mark.parametrize(("data", "suffix", "options"), CASES)
def test_planned_suffix_is_what_processing_gives(data, suffix, options) -> None:
    result = process_image(data, suffix, options)
    assert planned_suffix(data, suffix, options) == (result.suffix if result.changed else None)


def test_reserve_claims_a_new_name_each_time(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    first = reserve(None, post, "Photo.JPG", b"x", "webp")
    second = reserve(None, post, "Photo.JPG", b"x", "webp")
    assert (first.placement.target.name, second.placement.target.name) == (
        "photo.webp",
        "photo-2.webp",
    )
    assert first.placement.link == "![](photo.webp)"


def test_the_claimed_file_holds_the_original_until_the_conversion_replaces_it(
    tmp_path: Path,
) -> None:
    """Decision 0192: a post saved while its images convert never links an empty file."""
    original = _noisy_jpeg(320, 200)
    reservation = reserve(None, tmp_path / "post.md", "IMG_1.jpg", original, "webp")
    assert reservation.placement.target.read_bytes() == original
    with Image.open(reservation.placement.target) as shown:
        assert (shown.format, shown.size) == ("JPEG", (320, 200))
    assert complete(reservation, ProcessOptions(format="webp")).converted
    with Image.open(reservation.placement.target) as converted:
        assert (converted.format, converted.size) == ("WEBP", (320, 200))
    assert [p.name for p in tmp_path.iterdir()] == ["img_1.webp"]


def test_a_claim_that_cannot_be_written_leaves_no_file(tmp_path: Path, monkeypatch) -> None:
    class FullDisk(io.BytesIO):
        def write(self, _data) -> int:  # type: ignore[override]
            raise OSError(errno.ENOSPC, "No space left on device")

    real_open = Path.open

    def open_full(self: Path, mode: str = "r", *args, **kwargs):
        real_open(self, mode, *args, **kwargs).close()  # the claim itself succeeds
        return FullDisk()

    monkeypatch.setattr(Path, "open", open_full)
    with pytest.raises(OSError, match="No space"):
        reserve(None, tmp_path / "post.md", "IMG_1.jpg", b"jpeg bytes", "webp")
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_keeps_the_original_in_the_claimed_file(tmp_path: Path, monkeypatch) -> None:
    from postpad.core.images import pending

    original = _noisy_jpeg(200, 100)
    reservation = reserve(None, tmp_path / "post.md", "IMG_1.jpg", original, "webp")

    def full(*_args, **_kwargs) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pending, "write_atomic", full)
    with pytest.raises(OSError, match="No space"):
        complete(reservation, ProcessOptions(format="webp"))
    assert reservation.placement.target.read_bytes() == original  # linked, whole, not lost


def test_concurrent_completion_keeps_order_and_fills_each_file(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    sources = [_noisy_jpeg(200 + 40 * n, 100 + 10 * n) for n in range(6)]
    reservations = [reserve(None, post, f"IMG_{n}.jpg", d, "webp") for n, d in enumerate(sources)]
    options = ProcessOptions(format="webp")
    with ThreadPoolExecutor(max_workers=3) as pool:
        done = list(pool.map(lambda r: complete(r, options), reservations))
    for number, completed in enumerate(done):
        assert completed.converted
        assert completed.placement.target.name == f"img_{number}.webp"
        image = Image.open(completed.placement.target)
        assert (image.format, image.size) == ("WEBP", (200 + 40 * number, 100 + 10 * number))
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"img_{n}.webp" for n in range(6)]


def test_a_failed_conversion_places_the_original_under_its_own_name(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    truncated = _noisy_jpeg(400, 300)[:3000]  # the header reads, the pixels do not
    assert planned_suffix(truncated, "jpg", ProcessOptions(format="webp")) == "webp"
    reservation = reserve(None, post, "broken.jpg", truncated, "webp")
    completed = complete(reservation, ProcessOptions(format="webp"))
    assert not completed.converted
    assert completed.placement.link == "![](broken.jpg)"
    assert (tmp_path / "broken.jpg").read_bytes() == truncated
    assert not (tmp_path / "broken.webp").exists()


def test_a_failed_conversion_whose_original_cannot_be_placed_keeps_the_claimed_file(
    tmp_path: Path, monkeypatch
) -> None:
    """The claimed file is removed only once the original is safe under its own name."""
    from postpad.core.images import pending

    truncated = _noisy_jpeg(400, 300)[:3000]
    reservation = reserve(None, tmp_path / "post.md", "broken.jpg", truncated, "webp")

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pending, "place_image", full)
    with pytest.raises(OSError, match="No space"):
        complete(reservation, ProcessOptions(format="webp"))
    assert reservation.placement.target.read_bytes() == truncated  # linked, not lost


def test_a_failed_conversion_to_the_same_format_keeps_the_original_where_it_is(
    tmp_path: Path,
) -> None:
    truncated = _noisy_jpeg(400, 300)[:3000]
    options = ProcessOptions(max_width=100)
    assert planned_suffix(truncated, "jpg", options) == "jpg"
    reservation = reserve(None, tmp_path / "post.md", "broken.jpg", truncated, "jpg")
    completed = complete(reservation, options)
    assert completed.placement == reservation.placement
    assert [p.name for p in tmp_path.iterdir()] == ["broken.jpg"]
    assert (tmp_path / "broken.jpg").read_bytes() == truncated
