"""`postpad post.md` with no display: hand the file to the running Postpad, or say why not.

Qt's xcb plugin aborts the process (exit 134) when there is no X server; Postpad must never get
that far without a display.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from postpad.gui.app import display_available

pytestmark = pytest.mark.gui


def _headless_env(runtime: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["XDG_RUNTIME_DIR"] = str(runtime)
    return env


@pytest.mark.parametrize(
    ("env", "platform", "expected"),
    [
        ({}, "linux", False),
        ({"DISPLAY": ":0"}, "linux", True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", True),
        ({}, "win32", True),
        ({}, "darwin", True),
    ],
)
def test_display_detection(env: dict[str, str], platform: str, expected: bool) -> None:
    assert display_available(env, platform) is expected


def test_no_display_and_no_running_postpad_says_so(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_text("正文\n", encoding="utf-8")
    (tmp_path / "run").mkdir(mode=0o700)
    done = subprocess.run(
        [sys.executable, "-m", "postpad", str(post)],
        env=_headless_env(tmp_path / "run"),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "no display" in done.stderr
    assert "xcb" not in done.stderr


def test_no_display_hands_the_file_to_the_running_postpad(tmp_path: Path) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    primary_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(runtime))
    primary_code = (
        "import json, sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication, QWidget\n"
        "from postpad.gui import single_instance\n"
        "class Window(QWidget):\n"
        "    def open_paths(self, paths):\n"
        "        print('open ' + ' '.join(str(p) for p in paths), flush=True)\n"
        "        QTimer.singleShot(0, app.quit)\n"
        "app = QApplication(sys.argv[:1])\n"
        "result = single_instance.hand_off([], new_window=False)\n"
        "print('primary', flush=True)\n"
        "window = Window()\n"
        "result.attach_window(window)\n"
        "QTimer.singleShot(40000, app.quit)\n"
        "app.exec()\n"
        "result.close()\n"
    )
    primary = subprocess.Popen(
        [sys.executable, "-c", primary_code],
        env=primary_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert primary.stdout is not None
        assert primary.stdout.readline().strip() == "primary"
        post = tmp_path / "post.md"
        post.write_text("正文\n", encoding="utf-8")
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "postpad", str(post)],
            env=_headless_env(runtime),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        out, _err = primary.communicate(timeout=30)
        assert f"open {post}" in out
        assert time.monotonic() - started < 30
    finally:
        primary.kill()
        primary.wait()
