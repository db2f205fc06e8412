"""Start-up time: process start -> window shown with the post loaded -> first preview applied.

Each run is a fresh process (python -m postpad-like start through postpad.gui.app). The child
prints a line when the window is shown with its file and when the preview page confirmed the
first patch; the parent timestamps the lines as they arrive. Prints JSON lines: one per run and a
summary with medians. Targets: shown <= 0.6 s, first preview <= 1.2 s.

Bytecode: an installed Postpad starts from compiled bytecode (pip compiles on install, PyInstaller
bundles .pyc), while this checkout runs with PYTHONDONTWRITEBYTECODE=1 and would compile ~190
modules from source in every run (~0.15 s). By default the children share a private
PYTHONPYCACHEPREFIX in the temporary home (filled by the uncounted warm-up run; the source tree
gets no __pycache__); --no-bytecode-cache measures the from-source start of a development checkout.

    .venv/bin/python benchmarks/bench_startup.py [--runs 7] [--file post.md] [--no-features]
        [--no-bytecode-cache]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

CHILD = r"""
import sys
from pathlib import Path
from postpad.gui import app as gui_app, mainwindow
if sys.argv[2] == "no-features":
    mainwindow.FEATURES = []
from PySide6.QtCore import QTimer

qt_app = gui_app.create_application()
window = gui_app.build_window([Path(sys.argv[1])])
tab = window.current_tab()

def first_preview(_version):
    print("preview", flush=True)
    QTimer.singleShot(0, quit_app)

def quit_app():
    for each in window.tabs():
        each.editor.document().setModified(False)
    window.close()
    qt_app.quit()

tab.preview.patch_applied.connect(first_preview)
window.show()
QTimer.singleShot(0, lambda: print("shown", flush=True))
QTimer.singleShot(30000, quit_app)
qt_app.exec()
"""


def child_env(home: Path, bytecode_cache: bool = True) -> dict[str, str]:
    env = dict(os.environ)
    if bytecode_cache:  # as installed: modules load from compiled bytecode (see the docstring)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # Chromium refuses to sandbox as root
        env["QTWEBENGINE_CHROMIUM_FLAGS"] = "--no-sandbox"
    for name in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())  # no saved geometry, preferences or journals
    env["XDG_RUNTIME_DIR"] = str(home / "run")  # its own single-instance lock
    (home / "run").mkdir(parents=True, exist_ok=True, mode=0o700)
    return env


def one_run(post: Path, home: Path, features: bool, bytecode_cache: bool) -> dict[str, float]:
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(post), "features" if features else "no-features"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=child_env(home, bytecode_cache),
    )
    marks: dict[str, float] = {}
    assert process.stdout is not None
    for line in process.stdout:
        marks.setdefault(line.strip(), time.perf_counter() - started)
    process.wait(timeout=60)
    return {
        "shown_s": marks.get("shown", float("nan")),
        "preview_s": marks.get("preview", float("nan")),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--file", type=Path, default=None)
    parser.add_argument(
        "--no-features", action="store_true", help="core window only (no gui/features.py modules)"
    )
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="compile every module from source in each run (a development checkout's start)",
    )
    args = parser.parse_args()
    bytecode_cache = not args.no_bytecode_cache
    from postpad.core.assets import sample_post_path

    post = args.file or sample_post_path()
    home = Path(os.environ.get("TMPDIR", "/tmp")) / f"postpad-bench-{os.getpid()}"
    runs = []
    for number in range(args.runs + 1):
        result = one_run(post, home, not args.no_features, bytecode_cache)
        if number == 0:
            continue  # warm the OS file cache (and the bytecode cache); not counted
        runs.append(result)
        print(json.dumps({"bench": "startup", "run": number, **result}))
    summary = {
        "bench": "startup",
        "file": post.name,
        "runs": len(runs),
        "features": not args.no_features,
        "bytecode_cache": bytecode_cache,
        "median_shown_s": round(statistics.median(r["shown_s"] for r in runs), 3),
        "median_first_preview_s": round(statistics.median(r["preview_s"] for r in runs), 3),
        "target_shown_s": 0.6,
        "target_first_preview_s": 1.2,
    }
    print(json.dumps(summary))
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
