"""A post whose banner is the first of a random ``default_cover`` list says so in the
banner's tooltip (decision 0242): the blog picks one of them at random for each post."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import run_js, wait_for_preview_text

SITE_CONFIG = "title: 博客\nlanguage: zh-CN\ntheme: butterfly\n"
COVERS = "cover:\n  default_cover:\n    - '#111111'\n    - '#222222'\n    - '#333333'\n"
TOOLTIP = "(document.getElementById('pp-post-header') || {}).title || ''"
COLOR = "getComputedStyle(document.getElementById('pp-post-header')).backgroundColor"


def _open(qtbot, main_window, tmp_path: Path, front: str):
    site = tmp_path / "blog"
    (site / "source" / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text(SITE_CONFIG, encoding="utf-8")
    (site / "_config.butterfly.yml").write_text(COVERS, encoding="utf-8")
    (site / "package.json").write_text('{"dependencies": {"hexo": "^8"}}', encoding="utf-8")
    post = site / "source" / "_posts" / "post.md"
    post.write_text(f"---\n{front}date: 2024-06-01\n---\n\n正文段落。\n", encoding="utf-8")
    tab = main_window.open_paths([post])[0]
    wait_for_preview_text(qtbot, tab.preview, "正文段落")
    qtbot.waitUntil(
        lambda: run_js(qtbot, tab.preview, "!!document.getElementById('pp-post-header')"),
        timeout=10000,
    )
    qtbot.waitUntil(lambda: run_js(qtbot, tab.preview, COLOR) != "rgba(0, 0, 0, 0)")
    return tab


def test_a_random_default_cover_says_so(qtbot, main_window, tmp_path) -> None:
    tab = _open(qtbot, main_window, tmp_path, "title: 随机封面\n")
    assert run_js(qtbot, tab.preview, COLOR) == "rgb(17, 17, 17)"  # the first, #111111
    tooltip = str(run_js(qtbot, tab.preview, TOOLTIP))
    assert "3" in tooltip
    assert "random" in tooltip


def test_a_posts_own_cover_is_not_random(qtbot, main_window, tmp_path) -> None:
    tab = _open(qtbot, main_window, tmp_path, "title: 自己的封面\ncover: '#444444'\n")
    assert run_js(qtbot, tab.preview, COLOR) == "rgb(68, 68, 68)"
    assert run_js(qtbot, tab.preview, TOOLTIP) == ""
