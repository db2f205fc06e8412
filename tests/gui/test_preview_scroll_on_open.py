"""A post opened at a line far down (Tools › Check Site, a problem in a post not yet open) shows
that place in the preview too: the editor scrolled there while the page was still loading, and
the preview stayed at the top (seen on a real 143-line Hugo post)."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import run_js, wait_for_preview_text


def test_a_scroll_before_the_page_is_ready_is_shown_once_it_is(
    qtbot, main_window, tmp_path: Path
) -> None:
    paragraphs = [f"## 小节 {i}\n\n这是第 {i} 段，用来测试打开时的滚动。" for i in range(120)]
    for name in ("first.md", "second.md"):  # the second page loads while the engine is warm
        long_post = tmp_path / name
        text = "---\ntitle: 长文\n---\n\n" + "\n\n".join(paragraphs)
        long_post.write_text(text, encoding="utf-8")
        tab = main_window.open_paths([long_post])[0]
        assert tab.preview.applied_version == 0  # nothing on the page yet
        tab.editor.scroll_to_line(400)
        tab.editor._emit_top_line()
        wait_for_preview_text(qtbot, tab.preview, "小节 119")
        qtbot.waitUntil(lambda t=tab: run_js(qtbot, t.preview, "window.scrollY") > 1000)
