"""A missing image inside a gallery or a multi-line paragraph is listed, underlined and reached
at its own line, however the post writes its path (percent-encoded or not, ``<a b.png>``), and
the list is in the order of the text (decision 0241)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from postpad.gui.render_warnings import RENDER_PROBLEMS

pytestmark = pytest.mark.gui

POST = (
    "---\ntitle: 相册\n---\n\n"  # 1-4
    "{% gallery %}\n"  # 5
    "![a](./%E8%8F%9C%E5%88%80.png)\n"  # 6: percent-encoded as written
    "![b](./菜刀步惊云.png)\n"  # 7
    "![c](<./a b.png>)\n"  # 8: markdown-it makes it ./a%20b.png
    "{% endgallery %}\n\n"  # 9-10
    "Intro,\nsecond line ![x](img/%e5%9b%be.png)\nthird ![y](img/y.png)\n"  # 11-13
)
OWN_LINES = [6, 7, 8, 12, 13]
WRITTEN = ["./%E8%8F%9C%E5%88%80.png", "./菜刀步惊云.png", "./a b.png", "img/%e5%9b%be.png"]


def test_each_image_at_its_own_line_in_text_order(main_window, tmp_path: Path, qtbot) -> None:
    path = tmp_path / "post.md"
    path.write_text(POST, encoding="utf-8")
    (tab,) = main_window.open_paths([path])
    feature = main_window.features.require(RENDER_PROBLEMS)
    button = main_window.findChild(QToolButton, "statusProblems")
    qtbot.waitUntil(lambda: len(feature.problems().findings) == 5, timeout=15000)
    problems = feature.problems()
    assert {f.code for f in problems.findings} == {"broken-link"}
    spans = [problems.span(i) for i in range(5)]
    assert [span.line for span in spans] == OWN_LINES
    text = tab.editor.toPlainText()
    assert [text[s.start : s.end] for s in spans[:4]] == WRITTEN  # the path as written

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(feature.popup.isVisible, timeout=5000)
    assert [line for _text, line in feature.popup.entries()] == OWN_LINES
    feature.popup.hide()

    tab.editor.moveCursor(tab.editor.textCursor().MoveOperation.Start)
    walked = []
    for _ in range(5):
        feature.step(True)
        walked.append(tab.editor.textCursor().blockNumber() + 1)
    assert walked == OWN_LINES  # F8 from the top


def test_the_list_follows_the_text_not_the_blocks_first_lines(main_window, tmp_path, qtbot):
    (tmp_path / "_config.yml").write_text("title: blog\n", encoding="utf-8")
    (tmp_path / "_posts").mkdir()
    path = tmp_path / "_posts" / "2024-05-01-p.md"
    # the render reports both at the paragraph's line 5 (Liquid in code first): the list, F8
    # and the popup follow where they are
    path.write_text("---\ntitle: t\n---\n\nIntro ![x](img/a.png)\n`{{ x }}` text\n", "utf-8")
    (tab,) = main_window.open_paths([path])
    assert tab.engine == "jekyll"
    feature = main_window.features.require(RENDER_PROBLEMS)
    qtbot.waitUntil(lambda: len(feature.problems().findings) == 2, timeout=15000)
    problems = feature.problems()
    assert [f.code for f in problems.findings] == ["broken-link", "liquid-in-code"]
    assert [problems.span(i).line for i in range(2)] == [5, 6]
    feature.open_list()
    assert [line for _text, line in feature.popup.entries()] == [5, 6]
    feature.popup.hide()
