"""Outline, find and focus in the real main window (features attached through FEATURES)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget

from postpad.gui.find import FindBar
from postpad.gui.outline import OutlinePanel

pytestmark = pytest.mark.gui


def test_outline_follows_typing_and_navigates(main_window, post_file: Path, qtbot) -> None:
    (tab,) = main_window.open_paths([post_file])
    panel = main_window.findChild(OutlinePanel)
    dock = main_window.findChild(QDockWidget, "outlineDock")
    assert not dock.isVisible()  # closed on first run: the form keeps its room
    main_window.findChild(QAction, "actionShowOutline").trigger()
    qtbot.waitUntil(lambda: [i.text(0) for i in panel.items()] == ["第一节 准备"], timeout=10000)
    tab.editor.moveCursor(tab.editor.textCursor().MoveOperation.End)
    tab.editor.insertPlainText("\n\n## 第二节 收尾\n\n结束。")
    qtbot.waitUntil(
        lambda: [i.text(0) for i in panel.items()] == ["第一节 准备", "第二节 收尾"], timeout=10000
    )
    first = panel.items()[0]
    qtbot.mouseClick(
        panel.viewport(), Qt.MouseButton.LeftButton, pos=panel.visualItemRect(first).center()
    )
    assert tab.editor.textCursor().blockNumber() + 1 == 14
    tab.editor.document().setModified(False)  # no save prompt when qtbot closes the window


def test_find_bar_and_go_to_line_in_the_window(main_window, post_file: Path, qtbot) -> None:
    (tab,) = main_window.open_paths([post_file])
    main_window.findChild(QAction, "actionReplace").trigger()
    bar = main_window.findChild(FindBar)
    assert bar.isVisible()
    assert bar.replace_edit.isVisible()
    bar.find_edit.setText("离线")
    assert bar.match_count() >= 2
    bar.close_bar()
    assert not bar.isVisible()
    from postpad.gui.editor.navigation import go_to_line

    go_to_line(tab.editor, 14)
    assert tab.editor.textCursor().block().text().startswith("## 第一节")


def test_auto_indent_and_indent_commands_in_the_real_editor(main_window, post_file, qtbot) -> None:
    from PySide6.QtGui import QTextCursor

    (tab,) = main_window.open_paths([post_file])
    original = tab.editor.toPlainText()
    main_window.findChild(QAction, "actionUnindent").trigger()
    assert "&ensp;" not in tab.editor.toPlainText().split("---", 2)[2]
    main_window.findChild(QAction, "actionIndent_ensp").trigger()
    assert tab.editor.toPlainText() == original
    main_window.findChild(QAction, "actionAutoIndent").setChecked(True)
    try:
        cursor = tab.editor.textCursor()
        cursor.setPosition(original.index("没有网页弹窗。") + len("没有网页弹窗。"))
        tab.editor.setTextCursor(cursor)
        qtbot.keyClick(tab.editor, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: tab.editor.textCursor().block().text() == "&ensp;" * 4, timeout=2000
        )
        tab.editor.undo()  # Enter and its indentation are one step
        assert tab.editor.toPlainText() == original
    finally:
        main_window.findChild(QAction, "actionAutoIndent").setChecked(False)
        tab.editor.moveCursor(QTextCursor.MoveOperation.Start)
        tab.editor.document().setModified(False)


def test_clicking_the_status_bar_count_opens_the_details(main_window, post_file, qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    from postpad.gui.wordcount_popup import WordCountPopup

    main_window.open_paths([post_file])
    label = main_window.status_bar().findChild(QLabel, "statusWords")
    qtbot.waitUntil(lambda: "min" in label.text(), timeout=10000)  # counted, not "Counting…"
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    popup = main_window.findChild(WordCountPopup)
    assert popup.isVisible()
    values = popup.values()
    assert int(values["Chinese characters"][0]) > 50
    assert values["Chinese characters"][0] in label.text()
    assert values["Latin words"][0] in label.text()  # the &ensp; names count (decision 0276)
    assert values["Counted as"] == ["hexo-wordcount"]
    popup.hide()
