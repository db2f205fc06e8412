"""Word count popup: the blog's counts for the post and the selection."""

from __future__ import annotations

import pytest
from comfort_fakes import FakeWindow
from PySide6.QtGui import QTextCursor

from postpad.gui.wordcount_popup import WordCountPopup
from postpad.gui.wordcount_popup.attach import attach as attach_wordcount_popup

pytestmark = pytest.mark.gui

POST = (
    "---\ntitle: 标题不算\n---\n\n&ensp;&ensp;&ensp;&ensp;今天写了三段文字。\n\n"
    "Hello brave new world.\n"
)


def test_popup_shows_post_and_selection_counts(qtbot) -> None:
    window = FakeWindow()
    qtbot.addWidget(window)
    attach_wordcount_popup(window)
    tab = window.add_tab(POST)
    window.action("actionWordCount").trigger()
    popup = window.findChild(WordCountPopup)
    assert popup.isVisible()
    values = popup.values()
    assert values["Chinese characters"] == ["8"]  # 今天写了三段文字; the title is not counted
    assert values["Latin words"] == ["4"]
    assert values["Word count (字数)"] == ["12"]
    assert values["Reading time"] == ["1 min"]
    popup.hide()

    cursor = tab.editor.textCursor()
    start = POST.index("Hello")
    cursor.setPosition(start)
    cursor.setPosition(start + len("Hello brave"), QTextCursor.MoveMode.KeepAnchor)
    tab.editor.setTextCursor(cursor)
    window.action("actionWordCount").trigger()
    assert popup.values()["Latin words"] == ["4", "2"]
    assert popup.values()["Chinese characters"] == ["8", "0"]
