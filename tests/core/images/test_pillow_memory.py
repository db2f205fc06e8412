from __future__ import annotations

import threading

import pytest
from image_server import jpeg_bytes
from PIL import Image

from postpad.core.images import process
from postpad.core.images.pillow_memory import blocks_reused
from postpad.core.images.process import ProcessOptions, process_image

WEBP_2000 = ProcessOptions(max_width=2000, format="webp")


@pytest.fixture
def photos() -> list[bytes]:
    # 4000x3000: its 1/2 draft, 2000 px result and resampling buffer take several 16 MB blocks
    return [jpeg_bytes(4000, 3000), jpeg_bytes(3000, 4000)]


def test_a_photo_converted_alongside_another_reuses_its_freed_blocks(photos: list[bytes]) -> None:
    before = Image.core.get_stats()
    with blocks_reused():  # as a conversion on the other worker thread would
        for data in photos:
            assert process_image(data, "jpg", WEBP_2000).changed
        during = Image.core.get_stats()
        assert during["blocks_cached"] > 0
    after = Image.core.get_stats()
    assert during["reused_blocks"] > before["reused_blocks"]
    assert during["allocated_blocks"] - before["allocated_blocks"] < 2 * (
        during["new_count"] - before["new_count"]
    )
    assert after["blocks_cached"] == 0  # given back once the last conversion ended
    assert Image.core.get_blocks_max() == 0  # Pillow's own default again


def test_one_conversion_alone_keeps_nothing_afterwards(photos: list[bytes]) -> None:
    process_image(photos[0], "jpg", WEBP_2000)
    assert Image.core.get_stats()["blocks_cached"] == 0
    assert Image.core.get_blocks_max() == 0


def test_the_cache_lasts_until_the_last_of_two_threads_ends(
    photos: list[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    second_converting, first_returned = threading.Event(), threading.Event()
    seen: dict[str, int] = {}
    encode = process._encode

    def encode_in_turn(image: Image.Image, fmt: str, quality: int) -> bytes:
        if threading.current_thread().name == "first":
            second_converting.wait(30)  # both conversions are running now
        else:
            second_converting.set()
            first_returned.wait(30)
            seen["max_after_first"] = Image.core.get_blocks_max()
        return encode(image, fmt, quality)

    def first() -> None:
        process_image(photos[0], "jpg", WEBP_2000)
        first_returned.set()

    monkeypatch.setattr(process, "_encode", encode_in_turn)
    threads = [
        threading.Thread(target=first, name="first"),
        threading.Thread(target=process_image, args=(photos[1], "jpg", WEBP_2000)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert seen["max_after_first"] > 0  # the second, still running, kept the cache on
    assert Image.core.get_blocks_max() == 0
    assert Image.core.get_stats()["blocks_cached"] == 0


def test_a_failed_conversion_gives_the_cache_back_too() -> None:
    assert not process_image(b"\xff\xd8\xff garbage", "jpg", WEBP_2000).changed
    assert Image.core.get_blocks_max() == 0
