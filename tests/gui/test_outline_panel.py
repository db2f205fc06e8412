"""Outline panel: built from Rendered.outline, follows renders and the cursor, navigates."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from comfort_fakes import FakeWindow
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from postpad.gui.outline import OutlinePanel, headings_from
from postpad.gui.outline.attach import attach as attach_outline

pytestmark = pytest.mark.gui

POST = "---\ntitle: 测试\n---\n\n# 第一章\n\n正文\n\n## 小节\n\n正文\n\n# 第二章\n\n结尾\n"


@dataclass
class Entry:
    level: int
    text: str
    line: int


@dataclass
class FakeRendered:
    outline: list[Any] = field(default_factory=list)


class FakePreview:
    def __init__(self) -> None:
        self.lines: list[int] = []

    def scroll_to_line(self, line: int) -> None:
        self.lines.append(line)


OUTLINE = [Entry(1, "第一章", 5), Entry(2, "小节", 9), Entry(1, "第二章", 13)]


def _texts(panel: OutlinePanel) -> list[tuple[str, str | None]]:
    return [
        (item.text(0), item.parent().text(0) if item.parent() else None) for item in panel.items()
    ]


def test_headings_from_accepts_objects_dicts_and_tuples() -> None:
    entries = [Entry(1, "甲", 3), {"level": 2, "title": "乙", "first_line": 5}, (3, "丙", 7)]
    assert [(h.level, h.text, h.line) for h in headings_from(entries)] == [
        (1, "甲", 3),
        (2, "乙", 5),
        (3, "丙", 7),
    ]


def test_tree_nests_by_level(qtbot) -> None:
    panel = OutlinePanel()
    qtbot.addWidget(panel)
    panel.set_outline([*OUTLINE, Entry(3, "深层", 14), Entry(2, "回到二级", 15)])
    assert _texts(panel) == [
        ("第一章", None),
        ("小节", "第一章"),
        ("第二章", None),
        ("深层", "第二章"),
        ("回到二级", "第二章"),
    ]


def _open_outline(window) -> None:
    """The Outline dock starts closed (the form keeps its room); the user opens it from View."""
    from PySide6.QtWidgets import QDockWidget

    window.findChild(QDockWidget, "outlineDock").toggleViewAction().trigger()


def _texts_now(panel: OutlinePanel) -> list[str]:
    return [item.text(0) for item in panel.items()]


def test_panel_follows_renders_cursor_and_navigates(qtbot) -> None:
    window = FakeWindow()
    qtbot.addWidget(window)
    attach_outline(window)
    _open_outline(window)
    window.show()
    qtbot.waitExposed(window)
    panel = window.findChild(OutlinePanel)
    tab = window.add_tab(POST)
    tab.preview = FakePreview()
    tab.rendered.emit(FakeRendered(OUTLINE))
    qtbot.waitUntil(lambda: _texts_now(panel) == ["第一章", "小节", "第二章"], timeout=2000)

    # typing a new heading: the renders that follow update the panel after a pause
    tab.rendered.emit(FakeRendered([*OUTLINE, Entry(2, "新小节", 15)]))
    assert _texts_now(panel)[-1] == "第二章"  # not per keystroke
    qtbot.waitUntil(lambda: _texts_now(panel)[-1] == "新小节", timeout=2000)

    # clicking a heading moves the editor and the preview there
    second = panel.items()[2]
    rect = panel.visualItemRect(second)
    qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.editor.textCursor().blockNumber() + 1 == 13
    assert tab.preview.lines == [13]

    # moving the cursor marks the section it is in
    cursor = tab.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.Down, n=10)
    tab.editor.setTextCursor(cursor)
    assert panel.currentItem().text(0) == "小节"


def test_switching_tabs_shows_that_tabs_outline(qtbot) -> None:
    window = FakeWindow()
    qtbot.addWidget(window)
    attach_outline(window)
    _open_outline(window)
    window.show()
    qtbot.waitExposed(window)
    panel = window.findChild(OutlinePanel)
    first = window.add_tab(POST)
    first.rendered.emit(FakeRendered(OUTLINE))
    qtbot.waitUntil(lambda: len(panel.items()) == 3, timeout=2000)
    second = window.add_tab("# 另一篇\n")
    assert _texts_now(panel) == ["另一篇"]  # scanned from the text: no render yet (0101)
    second.rendered.emit(FakeRendered([Entry(1, "另一篇（渲染）", 1)]))
    first.rendered.emit(FakeRendered(OUTLINE))  # not current any more: ignored
    qtbot.waitUntil(lambda: _texts_now(panel) == ["另一篇（渲染）"], timeout=2000)
    qtbot.wait(400)
    assert _texts_now(panel) == ["另一篇（渲染）"]


def test_hidden_panel_catches_up_when_shown(qtbot) -> None:
    window = FakeWindow()
    qtbot.addWidget(window)
    attach_outline(window)
    _open_outline(window)
    window.show()
    qtbot.waitExposed(window)
    dock = window.panels["outlineDock"]
    dock.hide()
    panel = window.findChild(OutlinePanel)
    tab = window.add_tab(POST)
    tab.rendered.emit(FakeRendered(OUTLINE))
    qtbot.wait(400)
    assert panel.items() == []  # no work while nobody looks
    dock.show()
    qtbot.waitUntil(lambda: len(panel.items()) == 3, timeout=2000)
