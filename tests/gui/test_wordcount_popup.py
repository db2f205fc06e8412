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
    # + 4: hexo-wordcount counts each &ensp; as the word "ensp" (real Hexo 8; decision 0276)
    assert values["Latin words"] == ["8"]
    assert values["Word count (字数)"] == ["16"]
    assert values["Reading time"] == ["1 min"]
    assert values["Counted as"] == ["hexo-wordcount"]
    popup.hide()

    cursor = tab.editor.textCursor()
    start = POST.index("Hello")
    cursor.setPosition(start)
    cursor.setPosition(start + len("Hello brave"), QTextCursor.MoveMode.KeepAnchor)
    tab.editor.setTextCursor(cursor)
    window.action("actionWordCount").trigger()
    assert popup.values()["Latin words"] == ["8", "2"]
    assert popup.values()["Chinese characters"] == ["8", "0"]


def test_popup_counts_by_the_sites_rule(qtbot) -> None:
    from postpad.core.count_rules import HUGO_CJK, JEKYLL
    from postpad.core.stats import count_text

    popup = WordCountPopup()
    qtbot.addWidget(popup)
    stats = count_text("我用Python写博客，每天写3篇。\n")
    popup.show_counts(stats, None, HUGO_CJK)
    values = popup.values()
    assert values["Counted as"] == ["Hugo .WordCount (hasCJKLanguage)"]
    assert values["Word count (字数)"] == ["18"]  # real Hugo 0.168 (decision 0276)
    assert values["Reading time"] == ["1 min"]
    popup.show_counts(count_text("Hello brave new world.\n"), None, JEKYLL)
    assert popup.values()["Reading time"] == ["not shown by the blog"]
