"""Preview: patches keep the page equal to a full render; scheduling; scroll sync."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import run_js, wait_for_preview_text
from PySide6.QtGui import QTextCursor

from postpad.core.render import render
from postpad.gui.preview.rendering import PreviewSettings
from postpad.gui.preview.scheduler import RenderScheduler

# Block elements must match one for one (the core's full HTML also has a newline text node
# between blocks, which renders as nothing and which the patched page does not keep).
SAME_AS_FULL_RENDER = """(function (full) {
  function blocks(element) {  // long posts group blocks in div.pp-chunk containers
    var list = element.querySelectorAll(':scope > .pp-block, :scope > .pp-chunk > .pp-block');
    return Array.prototype.map.call(list, function (c) { return c.outerHTML; });
  }
  var root = document.querySelector('[data-postpad-root]');
  var fresh = document.createElement('main');
  fresh.innerHTML = full;
  return JSON.stringify(blocks(root)) === JSON.stringify(blocks(fresh));
})(%s)"""


def _edit(editor, start: int, end: int, text: str) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(text)


def _page_equals_full_render(qtbot, tab) -> bool:
    import json

    full = render(tab.editor.toPlainText(), tab.preview_settings().options()).html
    return run_js(qtbot, tab.preview, SAME_AS_FULL_RENDER % json.dumps(full)) is True


def test_patched_page_equals_a_full_render_after_edits(qtbot, main_window, post_file) -> None:
    tab = main_window.open_paths([post_file])[0]
    wait_for_preview_text(qtbot, tab.preview, "天已经黑了")
    text = tab.editor.toPlainText()
    heading = text.index("## 第一节")
    _edit(tab.editor, heading, heading, "新的一段，插在标题前。\n\n")
    wait_for_preview_text(qtbot, tab.preview, "新的一段，插在标题前。")
    text = tab.editor.toPlainText()
    item = text.index("- 把相机")
    _edit(tab.editor, item, item + len("- 把相机里的照片导出来\n"), "")
    _edit(tab.editor, len(text) - 10, len(text) - 10, "\n\n> 引用\n\n")
    qtbot.waitUntil(lambda: not tab.scheduler.busy, timeout=10000)
    qtbot.waitUntil(lambda: _page_equals_full_render(qtbot, tab), timeout=10000)
    versions = tab.preview.applied_version
    assert versions >= 2


def test_page_out_of_step_recovers_with_a_reset(qtbot, main_window, post_file) -> None:
    tab = main_window.open_paths([post_file])[0]
    wait_for_preview_text(qtbot, tab.preview, "天已经黑了")
    with qtbot.waitSignal(tab.preview.out_of_step, timeout=5000):
        tab.preview.run_js("postpad.applyPatch({version: 99, base: 42, ops: []})")
        tab.preview.materialize()._version = 41  # the GUI believes in a version the page never saw
        tab.editor.textCursor().insertText("重置")
    wait_for_preview_text(qtbot, tab.preview, "重置")
    qtbot.waitUntil(lambda: _page_equals_full_render(qtbot, tab), timeout=10000)


def test_scheduler_renders_the_newest_text_with_one_in_flight(qtbot) -> None:
    texts = [f"# 标题 {i}\n\n正文 {i}" for i in range(40)]
    current = {"text": texts[0]}
    scheduler = RenderScheduler(lambda: current["text"])
    results = []
    scheduler.result_ready.connect(results.append)
    scheduler.set_settings(PreviewSettings(profile="hexo"))
    for text in texts:
        current["text"] = text
        scheduler.schedule()
        assert scheduler.busy
    qtbot.waitUntil(lambda: not scheduler.busy, timeout=10000)
    scheduler.shutdown()
    assert 1 <= len(results) < len(texts)  # edits made while rendering were folded together
    assert "正文 39" in results[-1].rendered.html


def test_results_of_old_settings_are_dropped(qtbot) -> None:
    scheduler = RenderScheduler(lambda: "Hello *there*")
    results = []
    scheduler.result_ready.connect(results.append)
    scheduler.set_settings(PreviewSettings(profile="hexo"))
    scheduler.set_settings(PreviewSettings(profile="hugo"))  # while the first is in flight
    qtbot.waitUntil(lambda: not scheduler.busy, timeout=10000)
    scheduler.shutdown()
    assert results
    assert all(result.is_reset for result in results)
    assert results[-1].rendered is not None


def test_scroll_sync_both_ways(qtbot, main_window, tmp_path: Path) -> None:
    long_post = tmp_path / "long.md"
    paragraphs = [
        f"## 小节 {i}\n\n这是第 {i} 段，内容足够长，用来测试滚动同步。" for i in range(120)
    ]
    long_post.write_text("---\ntitle: 长文\n---\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    tab = main_window.open_paths([long_post])[0]
    wait_for_preview_text(qtbot, tab.preview, "小节 119")
    qtbot.waitUntil(lambda: run_js(qtbot, tab.preview, "typeof QWebChannel") == "function")
    qtbot.wait(300)
    tab.editor.scroll_to_line(200)
    tab.editor._emit_top_line()
    qtbot.waitUntil(lambda: run_js(qtbot, tab.preview, "window.scrollY") > 500, timeout=5000)
    tab.editor.scroll_to_line(1)
    qtbot.wait(300)  # the page ignores scroll events caused by its own scrollToLine for 150 ms
    run_js(qtbot, tab.preview, "window.scrollTo(0, document.body.scrollHeight / 2); true")
    qtbot.waitUntil(lambda: tab.editor.top_line() > 100, timeout=5000)


def test_long_post_chunks_stay_equal_to_a_full_render(qtbot, main_window, tmp_path) -> None:
    long_post = tmp_path / "long.md"
    paragraphs = [f"第 {i} 段。" for i in range(600)]
    long_post.write_text("---\ntitle: 长文\n---\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    tab = main_window.open_paths([long_post])[0]
    # textContent: off-screen chunks are skipped by layout, so innerText leaves them out
    wait_for_preview_text(qtbot, tab.preview, "第 599 段。", prop="textContent")
    assert run_js(qtbot, tab.preview, "document.querySelectorAll('.pp-chunk').length") > 5
    text = tab.editor.toPlainText()
    middle = text.index("第 300 段。")
    pasted = "".join(f"插入 {i}。\n\n" for i in range(150))  # overfills one chunk: it splits
    _edit(tab.editor, middle, middle, pasted)
    start = tab.editor.toPlainText().index("第 10 段。")
    _edit(tab.editor, start, start + len("第 10 段。\n\n"), "")
    qtbot.waitUntil(lambda: not tab.scheduler.busy, timeout=10000)
    qtbot.waitUntil(lambda: _page_equals_full_render(qtbot, tab), timeout=10000)
    largest = (
        "Math.max.apply(null, Array.from(document.querySelectorAll('.pp-chunk'),"
        " c => c.childElementCount))"
    )
    assert run_js(qtbot, tab.preview, largest) <= 128


def test_local_image_next_to_the_post_shows(qtbot, main_window, tmp_path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    folder = tmp_path / "blog"
    folder.mkdir()
    image = QImage(8, 6, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.blue)
    assert image.save(str(folder / "pic.png"))
    post = folder / "post.md"
    post.write_text("---\ntitle: 图\n---\n\n看图：\n\n![蓝色](pic.png)\n", encoding="utf-8")
    tab = main_window.open_paths([post])[0]
    wait_for_preview_text(qtbot, tab.preview, "看图")
    loaded = (
        "(function(i){return !!i && i.complete && i.naturalWidth})(document.querySelector('img'))"
    )
    qtbot.waitUntil(lambda: run_js(qtbot, tab.preview, loaded) == 8, timeout=10000)


def test_new_lines_in_a_long_post_shift_every_later_block(qtbot, main_window, tmp_path) -> None:
    long_post = tmp_path / "long.md"
    paragraphs = [f"第 {i} 段。" for i in range(600)]
    long_post.write_text("---\ntitle: 长文\n---\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    tab = main_window.open_paths([long_post])[0]
    wait_for_preview_text(qtbot, tab.preview, "第 599 段。", prop="textContent")
    for before in ("第 3 段。", "第 200 段。", "第 3 段。"):  # later chunks collect pending shifts
        applied = tab.preview.applied_version
        start = tab.editor.toPlainText().index(before)
        _edit(tab.editor, start, start, "新的一行\n\n")
        qtbot.waitUntil(lambda v=applied: tab.preview.applied_version > v, timeout=10000)
    start = tab.editor.toPlainText().index("第 100 段。")
    _edit(tab.editor, start, start + len("第 100 段。\n\n"), "")  # and a removed line
    qtbot.waitUntil(lambda: not tab.scheduler.busy, timeout=10000)
    text = tab.editor.toPlainText()
    last_line = text[: text.index("第 599 段。")].count("\n") + 1
    # the page reads lines through the pending shifts (scroll sync, clicks) before settling them
    assert run_js(qtbot, tab.preview, f"postpad.scrollToLine({last_line})") == last_line
    qtbot.waitUntil(lambda: _page_equals_full_render(qtbot, tab), timeout=10000)
    pending = "Array.from(document.querySelectorAll('.pp-chunk')).some(c => c.ppShift)"
    assert run_js(qtbot, tab.preview, pending) is False


def test_opening_a_long_post_renders_it_once(qtbot, main_window, tmp_path, monkeypatch) -> None:
    from postpad.gui.preview import rendering

    calls = []
    update = rendering.PreviewRenderer.update

    def counting(self, text, reset):
        calls.append(reset)
        return update(self, text, reset)

    monkeypatch.setattr(rendering.PreviewRenderer, "update", counting)
    long_post = tmp_path / "long.md"
    sections = [f"## 第 {i} 节\n\n第 {i} 段，*强调*，`代码`。\n\n- 列表 {i}\n" for i in range(1500)]
    long_post.write_text("---\ntitle: 长文\n---\n\n" + "\n".join(sections), encoding="utf-8")
    tab = main_window.open_paths([long_post])[0]
    # the shell page finishes loading while the first render is in flight: that render is
    # already a reset, so it is applied, not thrown away and done again from scratch
    wait_for_preview_text(qtbot, tab.preview, "第 1499 段", prop="textContent")
    qtbot.waitUntil(lambda: not tab.scheduler.busy, timeout=10000)
    assert calls == [True]


def test_a_long_post_shows_its_top_before_the_whole_render(qtbot, main_window, tmp_path) -> None:
    long_post = tmp_path / "long.md"
    sections = [f"## 第 {i} 节\n\n第 {i} 段，*强调*，`代码`。\n\n- 列表 {i}\n" for i in range(1500)]
    long_post.write_text("---\ntitle: 长文\n---\n\n" + "\n".join(sections), encoding="utf-8")
    tab = main_window.open_paths([long_post])[0]
    tops, applied = [], []
    tab.scheduler.partial_ready.connect(tops.append)  # queued from the render thread
    tab.preview.patch_applied.connect(applied.append)
    wait_for_preview_text(qtbot, tab.preview, "第 1499 段", prop="textContent")
    qtbot.waitUntil(lambda: not tab.scheduler.busy, timeout=10000)
    assert len(tops) == 1
    assert "第 0 段" in tops[0].rendered.html
    assert "第 1499 段" not in tops[0].rendered.html
    assert len(applied) == 2  # the top, then every block
    qtbot.waitUntil(lambda: _page_equals_full_render(qtbot, tab), timeout=10000)
    tab.scheduler.reset()  # a page that shows the post is not cut back to its top
    qtbot.waitUntil(lambda: not tab.scheduler.busy, timeout=10000)
    qtbot.waitUntil(lambda: len(applied) >= 3, timeout=10000)
    qtbot.wait(200)  # the full render only, not the top before it
    assert len(tops) == 2
    assert len(applied) == 3


def test_scroll_sync_in_a_chunked_post(qtbot, main_window, tmp_path) -> None:
    long_post = tmp_path / "long.md"
    paragraphs = [f"第 {i} 段。" for i in range(600)]
    long_post.write_text("---\ntitle: 长文\n---\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    tab = main_window.open_paths([long_post])[0]
    wait_for_preview_text(qtbot, tab.preview, "第 599 段。", prop="textContent")
    qtbot.waitUntil(lambda: run_js(qtbot, tab.preview, "typeof QWebChannel") == "function")
    for block in (0, 63, 64, 65, 127, 128, 300, 599):  # chunk edges are every 64 blocks
        line = 5 + 2 * block
        assert run_js(qtbot, tab.preview, f"postpad.scrollToLine({line})") == line
        assert run_js(qtbot, tab.preview, f"postpad.scrollToLine({line + 1})") == line
    qtbot.wait(300)  # the page ignores scroll events caused by its own scrollToLine for 150 ms
    run_js(qtbot, tab.preview, "window.scrollTo(0, document.body.scrollHeight / 2); true")
    qtbot.waitUntil(lambda: 400 < tab.editor.top_line() < 1000, timeout=5000)


def test_jekyll_site_variables_fill_in_the_preview(qtbot, main_window, tmp_path) -> None:
    """The window's preview knows the site's ``_config.yml`` as Jekyll's ``site.*`` (decision
    0185), as `postpad render` does: a value becomes text before kramdown reads it."""
    site = tmp_path / "jekyll-blog"
    (site / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text("title: 江边手记\nmarkdown: kramdown\n", encoding="utf-8")
    (site / "Gemfile").write_text('gem "jekyll"\n', encoding="utf-8")
    post = site / "_posts" / "2026-10-03-coffee.md"
    post.write_text("---\ntitle: 咖啡\n---\n\n欢迎来到 {{ site.title }}。\n", encoding="utf-8")
    tab = main_window.open_paths([post])[0]
    assert tab.engine == "jekyll"
    wait_for_preview_text(qtbot, tab.preview, "欢迎来到 江边手记。")
