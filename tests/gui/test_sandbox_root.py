"""Postpad starts as root: WebEngine's sandbox is turned off, and the user is told once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from postpad.gui import sandbox

CHILD = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from postpad.gui import app as gui_app

real_build = gui_app.build_window

def build_and_watch(files, staged=False):
    window = real_build(files, staged=staged)

    def first_preview(_version):
        print("preview", flush=True)
        print("status:" + window.statusBar().currentMessage(), flush=True)
        for each in window.tabs():
            each.editor.document().setModified(False)
        QTimer.singleShot(0, QApplication.quit)

    # a staged start (decision 0200) has its tab once the first frame is painted
    window.when_built(lambda: window.current_tab().preview.patch_applied.connect(first_preview))
    QTimer.singleShot(30000, QApplication.quit)
    return window

gui_app.build_window = build_and_watch
sys.exit(gui_app.run([Path(sys.argv[1])], new_window=True))
"""


def test_root_turns_the_sandbox_off_once() -> None:
    env: dict[str, str] = {}
    assert sandbox.disable_when_root(env, is_root=True)
    assert env[sandbox.DISABLE_VARIABLE] == "1"
    assert not sandbox.disable_when_root(env, is_root=True)  # already off: nothing to say


def test_normal_user_keeps_the_sandbox() -> None:
    env: dict[str, str] = {}
    assert not sandbox.disable_when_root(env, is_root=False)
    assert env == {}


def test_flag_given_by_the_user_is_respected() -> None:
    env = {sandbox.FLAGS_VARIABLE: "--no-sandbox --disable-gpu"}
    assert not sandbox.disable_when_root(env, is_root=True)
    assert sandbox.DISABLE_VARIABLE not in env


@pytest.mark.gui
@pytest.mark.skipif(not sandbox.running_as_root(), reason="needs root, as CI and containers run")
def test_app_started_as_root_shows_the_preview(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: 根用户\n---\n\n正文。\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("QTWEBENGINE_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(post)],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert "preview" in done.stdout.splitlines(), done.stderr[-2000:]
    assert "without Chromium's sandbox" in done.stdout
    assert done.returncode == 0, done.stderr[-2000:]
