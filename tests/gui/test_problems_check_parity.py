"""The window lists what ``postpad check`` reports about a post, at check's lines (decision 0245):
the header's delimiter, a missing header and duplicate keys; a missing image at its own line
(not its paragraph's first line) in the finding itself; a raw ``<img src>`` naming no file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from postpad.core.site.check import check_paths
from postpad.gui import i18n
from postpad.gui.render_warnings import RENDER_PROBLEMS
from postpad.gui.render_warnings.messages import finding_text

pytestmark = pytest.mark.gui

PARITY_CODES = {
    "front-matter-parse",
    "front-matter-delimiter",
    "front-matter-missing",
    "duplicate-key",
    "broken-link",
}


def _hexo_post(root: Path, text: str, name: str = "p.md") -> Path:
    (root / "_config.yml").write_text("title: blog\n", encoding="utf-8")
    (root / "source" / "_posts").mkdir(parents=True, exist_ok=True)
    path = root / "source" / "_posts" / name
    path.write_text(text, encoding="utf-8")
    return path


def _window_and_check(main_window, qtbot, path: Path, count: int):
    (tab,) = main_window.open_paths([path])
    feature = main_window.features.require(RENDER_PROBLEMS)
    qtbot.waitUntil(lambda: len(feature.problems().findings) == count, timeout=15000)
    window = sorted((f.line, f.code) for f in feature.problems().findings)
    checked = sorted((f.line, f.code) for f in check_paths([path]) if f.code in PARITY_CODES)
    return tab, feature, window, checked


def test_header_delimiter_and_duplicate_keys(main_window, tmp_path, qtbot) -> None:
    text = "---  \ntitle: t\ntags: a\ntitle: u\n---\n\n正文\n"
    path = _hexo_post(tmp_path, text)
    _tab, feature, window, checked = _window_and_check(main_window, qtbot, path, 1)
    assert window == checked == [(1, "front-matter-delimiter")]  # Hexo: the header is body text
    (finding,) = feature.problems().findings
    assert finding.severity == "error"
    assert "Hexo reads the header as body text" in finding_text(finding)

    text = "---\ntitle: t\ntags: a\ntitle: u\ndate: 2024-01-01\ntags: b\n---\n\n正文\n"
    path = _hexo_post(tmp_path, text, "q.md")
    _tab, feature, window, checked = _window_and_check(main_window, qtbot, path, 2)
    assert window == checked == [(4, "front-matter-parse"), (6, "duplicate-key")]
    key = next(f for f in feature.problems().findings if f.code == "duplicate-key")
    assert finding_text(key) == "Key tags appears twice: Hexo refuses the post"
    assert feature.problems().span(1).line == 6


def test_duplicate_key_in_chinese(main_window, tmp_path, qtbot, qapp) -> None:
    text = "---\ntitle: t\ntags: a\ntitle: u\ndate: 2024-01-01\ntags: b\n---\n\n正文\n"
    _tab, feature, _w, _c = _window_and_check(main_window, qtbot, _hexo_post(tmp_path, text), 2)
    key = next(f for f in feature.problems().findings if f.code == "duplicate-key")
    i18n.install_translators(qapp, QLocale("zh_CN"))
    try:
        assert finding_text(key) == "键 tags 出现了两次：Hexo 会拒绝这篇文章"
    finally:
        i18n.install_translators(qapp, QLocale("en_US"))


def test_images_at_their_own_lines_raw_html_included(main_window, tmp_path, qtbot) -> None:
    text = (
        "---\ntitle: t\n---\n\n"  # 1-4
        "First line of a paragraph,\n"  # 5
        "second ![a](images/a.png) line\n"  # 6
        'third <img src="images/raw.png" width="50%"> line\n\n'  # 7
        '<div>\n<img src="/images/block.png">\n</div>\n'  # 9-11
    )
    _tab, feature, window, checked = _window_and_check(
        main_window, qtbot, _hexo_post(tmp_path, text), 3
    )
    assert window == checked == [(6, "broken-link"), (7, "broken-link"), (10, "broken-link")]
    problems = feature.problems()
    # the finding itself carries the line: the list, F8 and the tooltip read the same
    assert [f.line for f in problems.findings] == [problems.span(i).line for i in range(3)]
    assert [f.data["target"] for f in problems.findings] == [
        "images/a.png",
        "images/raw.png",
        "/images/block.png",
    ]


def test_a_post_that_ends_at_its_header_is_closed(main_window, tmp_path, qtbot) -> None:
    # a real draft (forecho/hugo-blog): the header's "---" is the file's last line, no body;
    # the window took the header as never closed, check did not
    text = '---\ntitle: "t"\ndraft: true\n---'
    path = _hexo_post(tmp_path, text)
    (tab,) = main_window.open_paths([path])
    qtbot.waitUntil(lambda: tab.last_rendered is not None, timeout=15000)
    feature = main_window.features.require(RENDER_PROBLEMS)
    feature.problems().refresh()
    assert feature.problems().findings == []
    assert [f for f in check_paths([path]) if f.code in PARITY_CODES] == []
    cursor = tab.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText("\ndup: 1\n")  # after the header now: body text, still no problem
    qtbot.waitUntil(lambda: tab.last_rendered.body_line == 5, timeout=15000)
    feature.problems().refresh()
    assert feature.problems().findings == []


def test_theme_and_mounted_images_are_found_as_check_finds_them(
    main_window, tmp_path, qtbot
) -> None:
    # QA: the window named the theme's static/ and a module mount's images as missing (0265)
    fixture = Path(__file__).parents[1] / "fixtures" / "sites" / "hugo-theme"
    site = tmp_path / "hugo-theme"
    shutil.copytree(fixture, site)
    path = site / "content" / "posts" / "theme-images.md"
    tab, feature, window, checked = _window_and_check(main_window, qtbot, path, 1)
    assert window == checked == [(14, "broken-link")]
    assert feature.problems().findings[0].data["target"] == "/img/nowhere.gif"
    html = tab.last_rendered.html  # the preview shows the theme's and the mount's files
    for shown in ("themes/paper/static/img/default-cover.gif", "pictures/cat.gif"):
        assert (site / shown).resolve().as_uri() in html
