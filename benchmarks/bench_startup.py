"""Start-up time: process start -> window shown with the post loaded -> first preview applied.

Each run is a fresh process (python -m postpad-like start through postpad.gui.app). The child
starts as ``postpad`` does, staged (decision 0200), and prints a line when the window is shown with
its file's text (the event loop runs after show()), when the window painted its first frame, when
the rest of the window is built (form, highlighter, menus: "built"), when the preview page confirmed
the first patch, when the tab's render thread has its first result ("rendered") and when the
features attached after the first frame are all there (decision 0151); the parent timestamps the
lines as they arrive. Each line also carries the CPU time of the window process (all threads)
and of its reaped children (the first-render child, decision 0210) at that moment: the window's
CPU at the first preview and at "rendered" shows the render work done twice or not (decision
0279). Prints JSON lines: one per run and a summary with medians.
Targets: shown <= 0.6 s, first preview <= 1.2 s. ``--site-posts N`` opens a post of a generated
Hexo blog of N posts instead (the site panel and its index scan take part).

Bytecode: an installed Postpad starts from compiled bytecode (pip compiles on install, PyInstaller
bundles .pyc), while this checkout runs with PYTHONDONTWRITEBYTECODE=1 and would compile ~190
modules from source in every run (~0.15 s). By default the children share a private
PYTHONPYCACHEPREFIX in the temporary home (filled by the uncounted warm-up run; the source tree
gets no __pycache__); --no-bytecode-cache measures the from-source start of a development checkout.

    .venv/bin/python benchmarks/bench_startup.py [--runs 7] [--file post.md] [--no-features]
        [--no-bytecode-cache] [--site-posts 300]

``--compare ghostwriter`` times Postpad's real launcher and the other editor to their first mapped
window on the X display in $DISPLAY (e.g. ``Xvfb :99 -noreset``), alternating, with the same
clock (benchmarks/x11_window_timer.py; needs ``pip install '.[bench]'``); each round also runs
the marked child on that display, so the summary prints both targets: the window against the
other editor's, and Postpad's first preview (<= 1.2 s). ``--cpu`` adds each process's CPU time
(all threads) at its mapped window, which a busy shared machine disturbs less than wall time.
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
import resource, sys, time
from pathlib import Path
from postpad.gui import app as gui_app, mainwindow
if sys.argv[2] == "no-features":
    from postpad.gui import features
    features.FEATURES = ()
if len(sys.argv) > 3 and sys.argv[3] in ("on", "off"):  # the first-render child forced (0210)
    from postpad.gui.preview import prestart
    prestart.worth_starting = lambda: sys.argv[3] == "on"
from PySide6.QtCore import QEvent, QObject, QTimer

import os

def live_descendants_cpu():
    # CPU of the processes below this one still running (Chromium's, Node's highlight.js
    # worker), read from /proc (Linux; 0 elsewhere)
    parents, used = {}, {}
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else ():
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry)] = int(fields[1])
            used[int(entry)] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    below, total = {os.getpid()}, 0.0
    changed = True
    while changed:
        changed = False
        for pid, parent in parents.items():
            if parent in below and pid not in below:
                below.add(pid)
                total += used[pid]
                changed = True
    return total

def cpu():  # this process (all threads), its reaped children (the first-render child), and
    # everything below it (reaped or running: the child, Chromium, Node) for the whole tree
    own, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    mine, reaped = own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime
    return f"{mine:.3f} {reaped:.3f} {mine + reaped + live_descendants_cpu():.3f}"

def say(name):
    print(name, cpu(), flush=True)

qt_app = gui_app.create_application()
window = gui_app.build_window([Path(sys.argv[1])], staged=True)  # as gui_app.run (decision 0200)

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            say("painted")
            watched.removeEventFilter(self)
        return False

waiting = {"preview", "features", "rendered"}

def mark(name):
    if name in waiting:
        say(name)
        waiting.discard(name)
        if not waiting:  # the first preview and every feature attached (decision 0151)
            QTimer.singleShot(0, quit_app)

def first_preview(_version):
    mark("preview")

def quit_app():
    for each in window.tabs():
        each.editor.document().setModified(False)
    controller = getattr(window, "site_controller", None)
    if controller is not None:
        controller.runner.wait()  # a scan still running would abort the process on exit
    window.close()
    qt_app.quit()

def built():
    say("built")  # form, highlighter, menus' entries: the complete window
    tab = window.current_tab()
    tab.preview.patch_applied.connect(first_preview)
    # the render thread's first result: the window's own render work for the post is done
    tab.rendered.connect(lambda _rendered: mark("rendered"))

window.when_built(built)
ready = getattr(window, "features_ready", None)  # absent: all attached before the first frame
if ready is None:
    waiting.discard("features")
else:
    ready.connect(lambda: mark("features"))
first_paint = FirstPaint()
window.installEventFilter(first_paint)
window.show()
QTimer.singleShot(0, lambda: say("shown"))
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


def one_run(
    post: Path, home: Path, features: bool, bytecode_cache: bool, prestart: str = "auto"
) -> dict[str, float]:
    started = time.perf_counter()
    features_arg = "features" if features else "no-features"
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(post), features_arg, prestart],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=child_env(home, bytecode_cache),
    )
    marks: dict[str, float] = {}
    cpu: dict[str, list[float]] = {}
    assert process.stdout is not None
    for line in process.stdout:
        name, *used = line.split()
        marks.setdefault(name, time.perf_counter() - started)
        cpu.setdefault(name, [float(value) for value in used])
    process.wait(timeout=60)
    nan = float("nan")
    return {
        "shown_s": marks.get("shown", nan),
        "painted_s": marks.get("painted", nan),
        "built_s": marks.get("built", nan),
        "preview_s": marks.get("preview", nan),
        "rendered_s": marks.get("rendered", nan),
        "features_s": marks.get("features", nan),
        # CPU of the window process (all threads) at the first preview and once its render
        # thread has the post (decision 0279), and of the first-render child by then
        "preview_cpu_s": cpu.get("preview", [nan])[0],
        "rendered_cpu_s": cpu.get("rendered", [nan])[0],
        "features_cpu_s": cpu.get("features", [nan])[0],
        "child_cpu_s": cpu.get("features", [nan, nan, nan])[1],
        # the whole process tree (Chromium, the child, Node's highlight.js worker included)
        "rendered_tree_cpu_s": cpu.get("rendered", [nan, nan, nan])[2],
        "features_tree_cpu_s": cpu.get("features", [nan, nan, nan])[2],
    }


def compare_windows(
    other: str, post: Path, home: Path, runs: int, bytecode_cache: bool, cpu: bool = False
) -> dict[str, object]:
    """Postpad (its real launcher) and ``other`` to their first mapped window, alternating.
    ``cpu``: also each process's CPU time when its window mapped (``median_cpu_*``)."""
    from x11_window_timer import KeepServerUp, time_to_window

    env = child_env(home, bytecode_cache)
    env.pop("QT_QPA_PLATFORM", None)
    env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"  # both editors embed Chromium; root needs this
    launcher = Path(sys.executable).with_name("postpad")
    commands = {
        "postpad": [str(launcher), "--new-window", str(post)],
        other: [other, str(post)],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu_times: dict[str, list[float]] = {name: [] for name in commands}
    marks: list[dict[str, float]] = []  # Postpad's own marks, first preview included
    with KeepServerUp():
        for number in range(runs + 1):
            for name, command in commands.items():
                used: dict[str, float] = {}
                seconds = time_to_window(command, env, cpu=used if cpu else None)
                if number:  # the first round warms caches and is not counted
                    times[name].append(seconds)
                    line = {"bench": "startup-compare", "run": number, name: seconds}
                    if cpu:
                        cpu_times[name].append(used["seconds"])
                        line[f"cpu_{name}"] = used["seconds"]
                    print(json.dumps(line))
            run = one_run(post, home, True, bytecode_cache)  # same display, same round
            if number:
                marks.append(run)
                print(json.dumps({"bench": "startup-compare", "run": number, **run}))
    return {
        "bench": "startup-compare",
        "file": post.name,
        "runs": runs,
        "load_average": round(os.getloadavg()[0], 2),
        **{f"median_window_{name}_s": round(statistics.median(v), 3) for name, v in times.items()},
        **{
            f"median_cpu_{name}_s": round(statistics.median(v), 3)
            for name, v in cpu_times.items()
            if v
        },
        **{
            f"median_{key.removesuffix('_s')}_postpad_s": round(
                statistics.median(m[key] for m in marks), 3
            )
            for key in ("shown_s", "painted_s", "built_s", "preview_s")
        },
        "target_first_preview_s": 1.2,
    }


def make_hexo_site(root: Path, posts: int) -> Path:
    """A Hexo + Butterfly blog with ``posts`` posts shaped like our first user's (the site panel
    indexes them all); returns the post to open."""
    (root / "source" / "_posts").mkdir(parents=True, exist_ok=True)
    (root / "_config.yml").write_text(
        "title: 基准博客\nlanguage: zh-CN\ntimezone: Asia/Shanghai\n"
        "permalink: :year/:month/:day/:title/\npost_asset_folder: true\ntheme: butterfly\n",
        encoding="utf-8",
    )
    paragraph = "&ensp;&ensp;&ensp;&ensp;基准测试用的段落，写一些中文和 English words 混排。\n\n"
    for number in range(posts):
        header = (
            f"---\ntitle: 第{number}篇 基准文章\ndate: 2024/3/{number % 28 + 1}\n"
            f"categories: 笔记\ntags:\n  - 标签{number % 9}\n  - Python\n"
            "top_img: 'linear-gradient(20deg, #0062be, #925696)'\ncover: \n---\n"
        )
        text = header + f"\n## 小节 {number}\n\n" + paragraph * 12
        (root / "source" / "_posts" / f"post-{number:04d}.md").write_text(
            text.rstrip("\n"), encoding="utf-8"
        )
    return root / "source" / "_posts" / f"post-{posts // 2:04d}.md"


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
    parser.add_argument(
        "--compare",
        metavar="COMMAND",
        default="",
        help="also time another editor (e.g. ghostwriter) to its first mapped window, "
        "alternating with Postpad's real launcher, on the X display in $DISPLAY",
    )
    parser.add_argument(
        "--cpu",
        action="store_true",
        help="with --compare: also the CPU time each process used until its window mapped "
        "(all threads; steadier than wall time on a busy machine)",
    )
    parser.add_argument(
        "--prestart",
        choices=("auto", "on", "off"),
        default="auto",
        help="start the first-render child as the machine's load decides (auto), always (on) "
        "or never (off); a shared busy machine would otherwise decide it run by run",
    )
    parser.add_argument(
        "--site-posts",
        type=int,
        default=0,
        help="open a post of a generated Hexo blog with this many posts (site panel, index scan)",
    )
    args = parser.parse_args()
    bytecode_cache = not args.no_bytecode_cache
    from postpad.core.assets import sample_post_path

    home = Path(os.environ.get("TMPDIR", "/tmp")) / f"postpad-bench-{os.getpid()}"
    post = args.file or sample_post_path()
    if args.site_posts > 0:
        post = make_hexo_site(home / "blog", args.site_posts)
    if args.compare:
        summary = compare_windows(args.compare, post, home, args.runs, bytecode_cache, args.cpu)
        print(json.dumps(summary))
        shutil.rmtree(home, ignore_errors=True)
        return 0
    runs = []
    for number in range(args.runs + 1):
        result = one_run(post, home, not args.no_features, bytecode_cache, args.prestart)
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
        "site_posts": args.site_posts,
        "prestart": args.prestart,
        "median_shown_s": round(statistics.median(r["shown_s"] for r in runs), 3),
        "median_painted_s": round(statistics.median(r["painted_s"] for r in runs), 3),
        "median_built_s": round(statistics.median(r["built_s"] for r in runs), 3),
        "median_first_preview_s": round(statistics.median(r["preview_s"] for r in runs), 3),
        "median_features_s": round(statistics.median(r["features_s"] for r in runs), 3),
        **{
            f"median_{key}": round(statistics.median(r[key] for r in runs), 3)
            for key in (
                "rendered_s",
                "preview_cpu_s",
                "rendered_cpu_s",
                "features_cpu_s",
                "rendered_tree_cpu_s",
                "features_tree_cpu_s",
            )
        },
        "median_child_cpu_s": round(statistics.median(r["child_cpu_s"] for r in runs), 3),
        "load_average": round(os.getloadavg()[0], 2),
        "target_shown_s": 0.6,
        "target_first_preview_s": 1.2,
    }
    print(json.dumps(summary))
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
