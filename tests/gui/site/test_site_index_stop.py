"""Quitting during a site scan: the scan thread ends early instead of aborting the process."""

from __future__ import annotations

import time
from pathlib import Path

from postpad.core.site import detect_site
from postpad.gui.site.worker import IndexRunner


def _blog(root: Path, posts: int) -> Path:
    (root / "source" / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: t\ntheme: butterfly\n", encoding="utf-8")
    for number in range(posts):
        (root / "source" / "_posts" / f"p{number:04d}.md").write_text(
            f"---\ntitle: 第{number}篇\ndate: 2024/3/1\ntags: [a, b]\n---\n正文。\n",
            encoding="utf-8",
        )
    return root


def test_stop_ends_a_running_scan(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    site = detect_site(_blog(tmp_path / "blog", 1200))
    assert site is not None
    runner = IndexRunner()
    ready: list[object] = []
    runner.ready.connect(ready.append)
    runner.request(site)
    runner.request(site)  # a pending rescan is dropped too
    assert runner.is_running()
    started = time.monotonic()
    runner.stop()
    assert time.monotonic() - started < 10
    qtbot.waitUntil(lambda: not runner.is_running(), timeout=5000)
    qtbot.wait(50)
    assert ready == []  # a stopped scan reports nothing


def test_a_scan_left_alone_still_finishes(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    site = detect_site(_blog(tmp_path / "blog", 30))
    assert site is not None
    runner = IndexRunner()
    with qtbot.waitSignal(runner.ready, timeout=10000) as blocker:
        runner.request(site)
    assert len(blocker.args[0].entries) == 30
    runner.wait()
