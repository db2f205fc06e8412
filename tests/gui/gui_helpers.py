"""Helpers for GUI tests: read the preview DOM synchronously from a test; run a start-up child."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any


def run_js(qtbot: Any, view: Any, script: str, timeout: int = 10000) -> Any:
    """Run ``script`` in the preview page and return its result."""
    box: dict[str, Any] = {}
    view.run_js(script, lambda value: box.setdefault("value", value))
    qtbot.waitUntil(lambda: "value" in box, timeout=timeout)
    return box["value"]


def preview_text(qtbot: Any, view: Any) -> str:
    return str(run_js(qtbot, view, "document.body ? document.body.innerText : ''"))


def wait_for_preview_text(
    qtbot: Any, view: Any, needle: str, timeout: int = 15000, prop: str = "innerText"
) -> None:
    """Wait until the preview page's text (``innerText``: what is shown) contains ``needle``."""
    state: dict[str, Any] = {"seen": ""}

    def poll() -> None:
        script = f"document.body ? document.body.{prop} : ''"
        view.run_js(script, lambda v: state.update(seen=v or ""))

    def check() -> bool:
        poll()
        return needle in str(state["seen"])

    qtbot.waitUntil(check, timeout=timeout)


def child_report_on_site_post(tmp_path: Path, child: str, names: list[str]) -> dict[str, Any]:
    """Run ``child`` (Python source) in a fresh offscreen process on a copy of the Hexo Butterfly
    fixture site's post, with its own XDG folders, and return the last JSON line it printed.
    ``child`` gets the post as ``sys.argv[1]`` and ``names`` (JSON) as ``sys.argv[2]``."""
    root = tmp_path / "blog"
    shutil.copytree(Path(__file__).resolve().parents[1] / "fixtures/sites/hexo-butterfly", root)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    post = root / "source/_posts/python-notes.md"
    result = subprocess.run(
        [sys.executable, "-c", child, str(post), json.dumps(names)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, result.stderr[-2000:]
    report: dict[str, Any] = json.loads(lines[-1])
    return report
