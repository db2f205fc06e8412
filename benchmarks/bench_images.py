"""Images (issue 14): paste 10 photos with WebP conversion; make 20 remote images local.

- ``paste``: ten 3000x2000 JPEG photos (noise over gradients, ~2-3 MB each, like a phone
  camera's) dropped on a Jekyll post through the GUI's real paste handler (offscreen Qt), with
  WebP conversion at the image settings' default quality, without and with a 1600 px maximum
  width. Target: under 2 s for the ten. Two figures (decision 0144): "linked", when the paste
  returns with the ten links (the editor is free again), and "written", when the last converted
  file is on disk.
- ``localize``: a post with 20 remote images (Markdown, ``<img>`` and ``cover``) served by a
  local HTTP server (never the network): seconds, and the lines that changed (must be exactly
  the image lines).

``--photos DIR`` pastes the ten largest JPEGs of DIR instead (real photos, e.g. a blog's
``source/img``; nothing of them is committed).

Usage: QT_QPA_PLATFORM=offscreen python benchmarks/bench_images.py [--repeat N] [--photos DIR]
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "core" / "images"))


def photo(seed: int, size: tuple[int, int] = (3000, 2000)) -> bytes:
    """A photo-like JPEG: gradients under sensor-like noise (does not compress to nothing)."""
    noise = Image.effect_noise(size, 40 + seed)
    gradient = Image.linear_gradient("L").resize(size)
    radial = Image.radial_gradient("L").resize(size)
    merged = Image.merge("RGB", (gradient, Image.blend(noise, radial, 0.5), radial))
    out = io.BytesIO()
    merged.save(out, "JPEG", quality=90)
    return out.getvalue()


def real_photos(folder: Path) -> list[Path]:
    """The ten largest JPEGs (by pixels) of ``folder``."""
    files = [p for p in folder.iterdir() if p.suffix.lower() in (".jpg", ".jpeg")]

    def pixels(path: Path) -> int:
        with Image.open(path) as image:
            return image.width * image.height

    return sorted(files, key=pixels, reverse=True)[:10]


def ui_stall_while(busy: Callable[[], bool], timeout: float = 120.0) -> float:
    """Turn the event loop (as the window would, 10 ms timer ticks) while ``busy()``; the
    longest gap between two turns: how long typing would have waited on the UI thread."""
    from PySide6.QtWidgets import QApplication  # noqa: TID251

    longest, last = 0.0, time.perf_counter()
    deadline = last + timeout
    while busy() and last < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
        now = time.perf_counter()
        longest, last = max(longest, now - last - 0.01), now
    return longest


def bench_paste(folder: Path, repeat: int, real: Path | None = None) -> None:
    from PySide6.QtCore import QMimeData, QUrl  # noqa: TID251 - the GUI paste path is measured
    from PySide6.QtWidgets import QApplication  # noqa: TID251

    from postpad.core.images.settings import ImageSettings
    from postpad.core.site.detect import detect_site
    from postpad.gui.site.paste import ImagePasteHandler

    app = QApplication.instance() or QApplication([])
    photos = real_photos(real) if real is not None else []
    for number in range(0 if photos else 10):
        path = folder / f"IMG_{number:04d}.jpg"
        path.write_bytes(photo(number))
        photos.append(path)
    size = sum(p.stat().st_size for p in photos) / 1e6
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    with Image.open(photos[0]) as first:
        what = f"from {real}, the largest {first.width}x{first.height}" if real else "3000x2000"
    print(f"paste: {len(photos)} photos {what}, {size:.1f} MB of JPEG; {os.cpu_count()} CPUs, "
          f"load average {load:.1f}")  # fmt: skip
    for label, settings in (
        ("webp", ImageSettings(format="webp")),
        ("webp, max 1600 px", ImageSettings(format="webp", max_width=1600)),
        ("webp, max 1500 px", ImageSettings(format="webp", max_width=1500)),
    ):
        times, linked, stalls, cpu, out_size = [], [], [], [], 0.0
        for _ in range(repeat):
            site_root = folder / "site"
            shutil.rmtree(site_root, ignore_errors=True)
            shutil.copytree(ROOT / "tests" / "fixtures" / "sites" / "jekyll", site_root)

            class Tab:
                path = site_root / "_posts" / "2024-01-01-bench.md"
                site = detect_site(site_root)

            handler = ImagePasteHandler(Tab())
            handler.settings_for = lambda _site, s=settings: s
            mime = QMimeData()
            mime.setUrls([QUrl.fromLocalFile(str(p)) for p in photos])
            start, start_cpu = time.perf_counter(), time.process_time()
            links = handler(mime)
            linked.append(time.perf_counter() - start)
            stalls.append(ui_stall_while(lambda h=handler: bool(h.pending)))
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
            assert links is not None
            assert links.count(".webp)") == len(photos)
            written = list((site_root / "assets" / "images").glob("*.webp"))
            out_size = sum(p.stat().st_size for p in written) / 1e6
        print(f"  {label:<18} linked median {statistics.median(linked):.2f} s, then the UI "
              f"thread's longest stall {max(stalls) * 1000:.0f} ms; written median "
              f"{statistics.median(times):.2f} s, best {min(times):.2f} s; CPU "
              f"{statistics.median(cpu):.2f} s (all threads) for the images ({out_size:.1f} MB "
              f"of WebP)")  # fmt: skip
    del app


def bench_localize(folder: Path, repeat: int) -> None:
    from image_server import start_server

    from postpad.core.images.localize import localize

    state, server = start_server()
    try:
        urls = [state.add(f"/img/{n}.jpg", photo(n, (800, 600))) for n in range(20)]
        body = "".join(f"Paragraph {n}.\n\n![pic {n}]({u})\n\n" for n, u in enumerate(urls[1:]))
        text = f'---\ntitle: Bench\ncover: {urls[0]}\n---\n<img src="{urls[0]}">\n\n{body}'
        times, changed = [], 0
        for run in range(repeat):
            post = folder / f"run{run}" / "post.md"
            post.parent.mkdir()
            start = time.perf_counter()
            result = localize(text, post, None)
            times.append(time.perf_counter() - start)
            old, new = text.split("\n"), result.text.split("\n")
            changed = sum(a != b for a, b in zip(old, new, strict=True))
        print(f"localize: 20 remote images (local server), {len(text.splitlines())} lines: "
              f"median {statistics.median(times):.2f} s; {changed} lines changed "
              f"(expected 21: cover, <img>, 19 Markdown images)")  # fmt: skip
    finally:
        server.shutdown()
        server.server_close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--photos", type=Path, help="paste this folder's largest JPEGs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bench_paste(Path(tmp), args.repeat, args.photos)
        if args.photos is None:
            bench_localize(Path(tmp), args.repeat)


if __name__ == "__main__":
    main()
