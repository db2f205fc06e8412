"""Images (issue 14) in the real window: paste ten photos with WebP conversion into a post whose
preview is shown, and time it to the last converted file on disk (decision 0215).

``bench_images.py`` times the paste handler alone. In the window the same paste also pays
what the handler's figure leaves out: the first paste's imports on the UI thread, the editor's
re-render, and the preview's web engine (its own processes) decoding the linked originals,
then the converted files, on the same cores as the conversions. Printed per run: "linked"
(the editor is free again; and the UI thread's CPU seconds until then, which a busy machine
does not stretch), "last file", the CPU seconds spent by then in Postpad (of which
the conversions) and in the web engine processes, and that CPU over two free cores: the
least the paste can take on two cores, whatever the other programs on a shared machine do.

``--block-images`` hides the preview's images (CSS) before the paste: the web engine then
decodes none, which measures its share.

Usage: QT_QPA_PLATFORM=offscreen python benchmarks/bench_images_window.py [--repeat N]
       [--photos DIR] [--width 2000] [--height 2000] [--block-images]

2000 x 2000 px is the box the image settings propose for conversion (decision 0281);
``--height 0`` limits the width alone, as before it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench_images import ROOT, WorkerClock, all_written, photo, real_photos

HIDE_IMAGES = (
    "var s = document.createElement('style');"
    "s.textContent = 'img { display: none !important }';"
    "document.head.appendChild(s); 1"
)


def children_cpu(root: int) -> float:
    """User + system CPU seconds of every process below ``root`` (the web engine's)."""
    tick = os.sysconf("SC_CLK_TCK")
    below: dict[int, list[tuple[int, float]]] = {}
    for entry in os.listdir("/proc"):
        try:
            stat = Path(f"/proc/{entry}/stat").read_text() if entry.isdigit() else ""
        except OSError:
            continue
        if stat:
            fields = stat.rsplit(")", 1)[1].split()
            cpu = (int(fields[11]) + int(fields[12])) / tick
            below.setdefault(int(fields[1]), []).append((int(entry), cpu))
    total, stack = 0.0, [root]
    while stack:
        for pid, cpu in below.get(stack.pop(), []):
            total += cpu
            stack.append(pid)
    return total


def wait_for(condition: Callable[[], bool], timeout_ms: int = 120000) -> bool:
    """Run the event loop (the window's own) until ``condition()``."""
    from PySide6.QtCore import QEventLoop, QTimer  # noqa: TID251 - the window is measured

    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if condition() else None)
    poll.start(5)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    poll.stop()
    return bool(condition())


def run_js(tab: Any, script: str) -> Any:
    box: dict[str, Any] = {}
    tab.preview.run_js(script, lambda value: box.setdefault("value", value))
    wait_for(lambda: "value" in box, 10000)
    return box.get("value")


def paste_once(
    window: Any, folder: Path, photos: list[Path], box: tuple[int, int], hide: bool
) -> dict:
    from PySide6.QtCore import QMimeData, QUrl  # noqa: TID251
    from PySide6.QtGui import QTextCursor  # noqa: TID251

    from postpad.core.images.settings import ImageSettings

    site = folder / f"site-{time.monotonic_ns()}"
    shutil.copytree(ROOT / "tests" / "fixtures" / "sites" / "jekyll", site)
    post = site / "_posts" / "2024-01-01-bench.md"
    post.write_text("---\ntitle: Bench\n---\n\nPhotos:\n", encoding="utf-8")
    tab = window.open_paths([post])[0]
    body = "document.body ? document.body.innerText : ''"
    assert wait_for(lambda: "Photos" in str(run_js(tab, body)), 30000)
    wait_for(lambda: False, 1000)  # the first render's aftermath settles
    if hide:
        run_js(tab, HIDE_IMAGES)
    handler = tab.editor._image_paste_handler
    settings = ImageSettings(format="webp", max_width=box[0], max_height=box[1])
    handler.settings_for = lambda _site: settings
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in photos])
    cursor = tab.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    tab.editor.setTextCursor(cursor)
    with WorkerClock() as clock:
        web, own, start = children_cpu(os.getpid()), time.process_time(), time.perf_counter()
        ui = time.thread_time()
        tab.editor.insertFromMimeData(mime)
        linked, ui = time.perf_counter() - start, time.thread_time() - ui
        assert wait_for(lambda: len(clock.costs) == len(photos) and all_written(handler))
        last = time.perf_counter() - start
        own, web = time.process_time() - own, children_cpu(os.getpid()) - web
    assert tab.editor.toPlainText().count(".webp)") == len(photos)
    work = sum(clock.costs)
    return {"linked": linked, "ui": ui, "last": last, "own": own, "web": web, "work": work}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--photos", type=Path, help="paste this folder's largest JPEGs")
    parser.add_argument("--width", type=int, default=2000, help="maximum width, 0 = no limit")
    parser.add_argument("--height", type=int, default=2000, help="maximum height, 0 = no limit")
    parser.add_argument("--block-images", action="store_true", help="hide the preview's images")
    args = parser.parse_args()
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")  # root in a container
    folder = Path(tempfile.mkdtemp(prefix="postpad-bench-window-"))
    for name in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(folder / name.lower())  # no settings or journals left behind
    photos = real_photos(args.photos) if args.photos else []
    for number in range(0 if photos else 10):  # as bench_images.py: every third upright
        photos.append(folder / f"IMG_{number:04d}.jpg")
        photos[-1].write_bytes(photo(number, orientation=6 if number % 3 == 0 else 1))

    from PySide6 import QtWebEngineWidgets  # noqa: F401, TID251  (before the QApplication)

    from postpad.core.settings import Preferences
    from postpad.gui.app import create_application
    from postpad.gui.mainwindow import MainWindow

    app = create_application()  # noqa: F841 - kept alive until the exit below
    window = MainWindow(Preferences(), None)
    window.resize(1400, 900)
    window.show()
    load = os.getloadavg()[0]
    runs = [
        paste_once(window, folder, photos, (args.width, args.height), args.block_images)
        for _ in range(args.repeat)
    ]
    source = args.photos or "synthetic 4000x3000, four upright"
    shown = "hidden" if args.block_images else "shown"
    print(f"window paste: {len(photos)} photos ({source}), max {args.width}x{args.height} px, "
          f"preview images {shown}; {os.cpu_count()} CPUs, load {load:.1f}")  # fmt: skip
    for index, run in enumerate(runs):
        floor = (run["own"] + run["web"]) / 2
        print(f"  run {index + 1}{' (first paste: imports)' if index == 0 else ''}: linked "
              f"{run['linked']:.2f} s ({run['ui']:.2f} CPU s on the UI thread), last file "
              f"{run['last']:.2f} s; CPU by then: Postpad "
              f"{run['own']:.2f} s (conversions {run['work']:.2f} s), web engine "
              f"{run['web']:.2f} s; over 2 free cores {floor:.2f} s")  # fmt: skip
    later = runs[1:] or runs
    print(f"  median last file {statistics.median(r['last'] for r in later):.2f} s; over 2 free "
          f"cores {statistics.median((r['own'] + r['web']) / 2 for r in later):.2f} s"
          f"{' (runs 2+)' if runs[1:] else ''}")  # fmt: skip
    shutil.rmtree(folder, ignore_errors=True)
    sys.stdout.flush()
    os._exit(0)  # closing the window would ask whether to save the pasted posts


if __name__ == "__main__":
    main()
