"""The preview's post header (decision 0234): Butterfly's title over the top_img banner with the
date and categories, updated with the front matter by its own message, outside the body."""

from __future__ import annotations

import json
from pathlib import Path

from gui_helpers import run_js, wait_for_preview_text
from PySide6.QtGui import QTextCursor

SITE_CONFIG = "title: 博客\nlanguage: zh-CN\ntheme: butterfly\ndate_format: YYYY-MM-DD\n"
GRADIENT = "linear-gradient(20deg, #0062be, #925696, #cc426e, #fb0347)"
POST = f"""---
title: 某篇文章
date: 2024/6/1 13:05:09
categories: 随笔
tags: [a, b]
top_img: '{GRADIENT}'
cover:{" "}
---

第一段正文。

第二段正文。
"""

HEADER = """JSON.stringify((function () {
  var h = document.getElementById('pp-post-header');
  if (!h) return null;
  var title = h.querySelector('.pp-post-title');
  var style = getComputedStyle(h);
  var root = document.querySelector('[data-postpad-root]');
  return {
    hidden: h.hidden,
    title: title ? title.textContent : null,
    meta: (h.querySelector('.pp-post-meta') || {}).textContent || '',
    image: style.backgroundImage,
    color: style.backgroundColor,
    height: h.getBoundingClientRect().height,
    banner: h.classList.contains('pp-banner'),
    insideBody: root.contains(h),
    beforeBody: h.nextElementSibling === root,
    why: h.dataset.ppBanner || '',
    note: (h.querySelector('.pp-banner-note') || {}).textContent || ''
  };
})())"""


def _site_post(tmp_path: Path, text: str = POST) -> Path:
    site = tmp_path / "blog"
    (site / "source" / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text(SITE_CONFIG, encoding="utf-8")
    (site / "package.json").write_text('{"dependencies": {"hexo": "^8"}}', encoding="utf-8")
    post = site / "source" / "_posts" / "post.md"
    post.write_text(text, encoding="utf-8")
    return post


def _header(qtbot, tab) -> dict[str, object]:
    found = json.loads(run_js(qtbot, tab.preview, HEADER))
    assert isinstance(found, dict)
    return found


def _replace_line(tab, start: str, new: str) -> None:
    text = tab.editor.toPlainText()
    begin = text.index(start)
    cursor = tab.editor.textCursor()
    cursor.setPosition(begin)
    cursor.setPosition(text.index("\n", begin), QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(new)


def _open(qtbot, main_window, tmp_path: Path, text: str = POST):
    tab = main_window.open_paths([_site_post(tmp_path, text)])[0]
    wait_for_preview_text(qtbot, tab.preview, "第二段正文")
    assert tab.preview_settings().theme == "butterfly"
    qtbot.waitUntil(
        # the page gets a hidden header on load; the post's follows the body's first result
        lambda: run_js(qtbot, tab.preview, "!!document.querySelector('#pp-post-header h1')"),
        timeout=10000,
    )
    return tab


def test_butterfly_header_shows_title_gradient_and_meta(qtbot, main_window, tmp_path) -> None:
    tab = _open(qtbot, main_window, tmp_path)
    header = _header(qtbot, tab)
    assert header["title"] == "某篇文章"
    assert header["banner"] is True
    assert "linear-gradient" in str(header["image"])
    assert "rgb(0, 98, 190)" in str(header["image"])  # #0062be, the gradient's first colour
    assert header["height"] in (360, 400)  # Butterfly's post-bg banner (360 under 768 px)
    assert "发表于" in str(header["meta"])
    assert "2024-06-01" in str(header["meta"])
    assert "随笔" in str(header["meta"])
    # outside the body container: the blocks (and what fidelity compares) are unchanged
    assert header["insideBody"] is False
    assert header["beforeBody"] is True
    body = run_js(qtbot, tab.preview, "document.querySelector('[data-postpad-root]').innerText")
    assert "某篇文章" not in body
    assert tab.preview.blocked_requests == []


def test_header_follows_the_front_matter_without_touching_the_body(
    qtbot, main_window, tmp_path
) -> None:
    tab = _open(qtbot, main_window, tmp_path)
    marks = "Array.from(document.querySelectorAll('.pp-block'), b => b.ppMark).join(',')"
    run_js(qtbot, tab.preview, "document.querySelectorAll('.pp-block').forEach(b => b.ppMark = 7)")
    run_js(qtbot, tab.preview, "window.ppNotReloaded = true")
    _replace_line(tab, "title:", "title: 改过的标题")
    qtbot.waitUntil(lambda: _header(qtbot, tab)["title"] == "改过的标题", timeout=10000)
    _replace_line(tab, "top_img:", "top_img: false")
    qtbot.waitUntil(lambda: _header(qtbot, tab)["banner"] is False, timeout=10000)
    header = _header(qtbot, tab)
    assert header["image"] == "none"
    assert header["color"] == "rgba(0, 0, 0, 0)"  # no banner: the title opens the article
    assert header["title"] == "改过的标题"
    assert "2024-06-01" in str(header["meta"])
    assert run_js(qtbot, tab.preview, "window.ppNotReloaded === true") is True
    assert run_js(qtbot, tab.preview, marks) == "7,7"  # the body's blocks were not rewritten


def test_form_edits_reach_the_header(qtbot, main_window, tmp_path) -> None:
    tab = _open(qtbot, main_window, tmp_path)
    assert tab.form.apply_field("top_img", "#ff8800")
    qtbot.waitUntil(lambda: _header(qtbot, tab)["color"] == "rgb(255, 136, 0)", timeout=10000)
    assert _header(qtbot, tab)["image"] == "none"
    assert tab.form.apply_field("categories", ["技术", "编程"])
    qtbot.waitUntil(lambda: "技术›编程" in str(_header(qtbot, tab)["meta"]), timeout=10000)


def test_a_css_value_that_loads_something_is_not_applied(qtbot, main_window, tmp_path) -> None:
    hostile = POST.replace(f"'{GRADIENT}'", "'#000; } main { display: none'")
    tab = _open(qtbot, main_window, tmp_path, hostile)
    header = _header(qtbot, tab)
    assert header["banner"] is True
    assert header["why"] == "refused"
    assert header["image"] == "none"
    assert header["color"] == "rgb(73, 177, 245)"  # Butterfly's own blue, nothing of the value
    assert "colour" in str(header["note"])  # the banner says why
    shown = "getComputedStyle(document.querySelector('[data-postpad-root]')).display"
    assert run_js(qtbot, tab.preview, shown) == "block"
    _replace_line(tab, "top_img:", "top_img: 'linear-gradient(red, url(file:///etc/hostname))'")
    qtbot.wait(500)
    qtbot.waitUntil(lambda: not tab.scheduler.busy, timeout=10000)
    assert _header(qtbot, tab)["image"] == "none"
    assert tab.preview.blocked_requests == []


def test_local_top_img_and_a_click_on_the_header(qtbot, main_window, tmp_path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    post = _site_post(tmp_path, POST.replace(f"'{GRADIENT}'", "/img/top.png"))
    image = QImage(16, 9, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.red)
    (post.parents[2] / "source" / "img").mkdir()
    assert image.save(str(post.parents[2] / "source" / "img" / "top.png"))
    tab = main_window.open_paths([post])[0]
    wait_for_preview_text(qtbot, tab.preview, "第二段正文")
    qtbot.waitUntil(lambda: "top.png" in str(_header(qtbot, tab)["image"]), timeout=10000)
    assert str(_header(qtbot, tab)["image"]).startswith('url("file://')
    tab.editor.go_to_line(10)
    with qtbot.waitSignal(tab.preview.block_clicked, timeout=5000) as clicked:
        run_js(qtbot, tab.preview, "document.querySelector('.pp-post-title').click(); true")
    assert clicked.args == [2]  # the title's line


def test_a_post_outside_a_site_has_a_plain_title(qtbot, main_window, tmp_path) -> None:
    post = tmp_path / "loose.md"
    post.write_text("---\ntitle: 随手记\n---\n\n正文在此。\n", encoding="utf-8")
    tab = main_window.open_paths([post])[0]
    wait_for_preview_text(qtbot, tab.preview, "正文在此")
    qtbot.waitUntil(lambda: _header(qtbot, tab)["title"] == "随手记", timeout=10000)
    header = _header(qtbot, tab)
    assert header["banner"] is False
    assert header["meta"] == ""
    tab.preview.show_post_header(False)
    qtbot.waitUntil(lambda: _header(qtbot, tab)["hidden"] is True, timeout=5000)


def test_view_menu_hides_the_header_and_remembers(qtbot, main_window, tmp_path) -> None:
    from PySide6.QtGui import QAction

    from postpad.core.settings_registry import PREVIEW_POST_HEADER
    from postpad.gui.settings import read

    tab = _open(qtbot, main_window, tmp_path)
    action = main_window.findChild(QAction, "actionPostHeader")
    assert action is not None
    assert action.isChecked()
    view = main_window.menu("view").actions()
    assert view.index(action) == view.index(main_window.window_action("show_preview")) + 1
    action.setChecked(False)
    qtbot.waitUntil(lambda: _header(qtbot, tab)["hidden"] is True, timeout=5000)
    assert read(PREVIEW_POST_HEADER) is False
    wait_for_preview_text(qtbot, tab.preview, "第一段正文")  # the body stays
    action.setChecked(True)
    qtbot.waitUntil(lambda: _header(qtbot, tab)["title"] == "某篇文章", timeout=5000)
    assert _header(qtbot, tab)["hidden"] is False


def test_the_header_follows_the_bodys_first_result(qtbot, tmp_path) -> None:
    """The first header reads the theme's files: it comes after the body's blocks, so the
    first preview does not wait for it (decision 0234)."""
    from postpad.gui.preview.rendering import PreviewSettings
    from postpad.gui.preview.scheduler import RenderScheduler

    post = _site_post(tmp_path)
    scheduler = RenderScheduler(lambda: POST)
    order: list[str] = []
    headers: list[dict[str, object]] = []
    scheduler.result_ready.connect(lambda _result: order.append("body"))
    scheduler.header_ready.connect(lambda header: (order.append("header"), headers.append(header)))
    site = post.parents[2]
    scheduler.set_settings(
        PreviewSettings(profile="hexo", theme="butterfly", post_path=str(post), site_root=site)
    )
    qtbot.waitUntil(lambda: "header" in order, timeout=10000)
    assert order == ["body", "header"]
    assert headers[0]["title"] == "某篇文章"
    scheduler.shutdown()


def test_scrolling_the_preview_to_its_header_shows_the_front_matter(
    qtbot, main_window, tmp_path
) -> None:
    body = "\n\n".join(f"## 小节 {i}\n\n第 {i} 段，用来测试滚动同步。" for i in range(80))
    tab = _open(qtbot, main_window, tmp_path, POST + "\n" + body + "\n")
    wait_for_preview_text(qtbot, tab.preview, "小节 79")
    qtbot.waitUntil(lambda: run_js(qtbot, tab.preview, "typeof QWebChannel") == "function")
    qtbot.wait(300)
    tab.editor.scroll_to_line(150)
    tab.editor._emit_top_line()
    qtbot.waitUntil(lambda: run_js(qtbot, tab.preview, "window.scrollY") > 500, timeout=5000)
    qtbot.wait(300)  # the page ignores scroll events caused by its own scrollToLine for 150 ms
    run_js(qtbot, tab.preview, "window.scrollTo(0, 0); true")
    qtbot.waitUntil(lambda: tab.editor.top_line() == 1, timeout=5000)
