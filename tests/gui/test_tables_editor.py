"""Tables in the real window's editor: Insert › Table…, Tab/Shift+Tab, Enter, Format › Table.

Each command must be one undo step and leave the text outside the table alone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from postpad.gui.tables.dialog import TableSizeDialog

BEFORE = "Intro text  \n\n"
AFTER = "\n\nOutro with `|pipes|`\n"


def _editor(main_window: Any, text: str, line: int, column: int) -> Any:
    tab = main_window.documents.new_document()
    editor = tab.editor
    editor.setPlainText(text)
    editor.document().clearUndoRedoStacks()
    block = editor.document().findBlockByNumber(line)
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + column)
    editor.setTextCursor(cursor)
    editor.setFocus()
    return editor


def _cursor(editor: Any) -> tuple[int, int]:
    cursor = editor.textCursor()
    return cursor.blockNumber(), cursor.positionInBlock()


def test_tab_aligns_and_moves_and_undo_is_one_step(qtbot, main_window) -> None:
    text = BEFORE + "|名称|b|\n|:-|-:|\n|甲|1|" + AFTER
    editor = _editor(main_window, text, 2, 2)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == (
        BEFORE + "| 名称 |   b |\n| :--- | --: |\n| 甲   |   1 |" + AFTER
    )
    assert _cursor(editor) == (2, len("| 名称 |   b"))
    qtbot.keyClicks(editor, "x")  # typing goes into the cell the cursor moved to
    assert editor.document().findBlockByNumber(2).text() == "| 名称 |   bx |"
    editor.undo()
    editor.undo()
    assert editor.toPlainText() == text


def test_shift_tab_goes_back_and_tab_at_the_end_adds_a_row(qtbot, main_window) -> None:
    text = "| a | b |\n|---|---|\n| 1 | 2 |\n"
    editor = _editor(main_window, text, 2, 8)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == ("| a   | b   |\n| --- | --- |\n| 1   | 2   |\n|     |     |\n")
    assert _cursor(editor) == (3, 2)
    qtbot.keyClick(editor, Qt.Key.Key_Backtab)
    assert _cursor(editor) == (2, len("| 1   | 2"))
    qtbot.keyClick(editor, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert _cursor(editor) == (2, len("| 1"))


def test_enter_at_the_end_of_a_row_adds_a_row(qtbot, main_window) -> None:
    text = "| a | b |\n|---|---|\n| 1 | 2 |"
    editor = _editor(main_window, text, 2, len("| 1 | 2 |"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    editor.insertPlainText("中文")  # what an input method commits (QTest cannot type CJK)
    assert editor.toPlainText().split("\n")[3] == "| 中文    |     |"
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText().split("\n")[3] == "| 中文 |     |"
    assert editor.toPlainText().split("\n")[0] == "| a    | b   |"


def test_enter_mid_cell_and_tab_outside_tables_behave_as_before(qtbot, main_window) -> None:
    editor = _editor(main_window, "| a | b |\n|---|---|\n| 1 | 2 |", 2, 3)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.toPlainText() == "| a | b |\n|---|---|\n| 1\n | 2 |"
    editor = _editor(main_window, "```\n| a | b |\n|---|---|\n```\n", 1, 3)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == "```\n| a\t | b |\n|---|---|\n```\n"  # a fence: a plain Tab


def test_format_menu_sort_and_align(qtbot, main_window) -> None:
    text = BEFORE + "| 城市 | 人口 |\n|---|---|\n| 上海 | 2487 |\n| 北京 | 2189 |" + AFTER
    editor = _editor(main_window, text, 4, 3)
    main_window.findChild(
        type(main_window.window_actions["copy"]), "actionTableSortAscending"
    ).trigger()
    lines = editor.toPlainText().split("\n")
    assert [lines[4].split("|")[1], lines[5].split("|")[1]] == [" 北京 ", " 上海 "]
    main_window.findChild(
        type(main_window.window_actions["copy"]), "actionTableAlignRight"
    ).trigger()
    assert editor.toPlainText().split("\n")[3] == "| ---: | ---- |"  # the cursor's column
    assert editor.toPlainText().startswith(BEFORE)
    assert editor.toPlainText().endswith(AFTER)
    editor.undo()
    editor.undo()
    assert editor.toPlainText() == text


def test_insert_table_dialog(qtbot, main_window) -> None:
    editor = _editor(main_window, "Paragraph\nnext", 0, 3)

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TableSizeDialog)
        dialog.columns.setValue(2)
        dialog.rows.setValue(1)
        dialog.accept()

    QTimer.singleShot(0, answer)
    main_window.findChild(type(main_window.window_actions["copy"]), "actionInsertTable").trigger()
    assert editor.toPlainText() == (
        "Paragraph\n\n| Column 1 | Column 2 |\n| -------- | -------- |\n"
        "|          |          |\n\nnext"
    )
    assert _cursor(editor) == (2, len("| Column 1"))
    editor.undo()
    assert editor.toPlainText() == "Paragraph\nnext"


def test_enter_twice_leaves_the_table(qtbot, main_window) -> None:
    text = "| a | b |\n|---|---|\n| 1 | 2 |\n\nnext"
    editor = _editor(main_window, text, 2, len("| 1 | 2 |"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "para")
    assert editor.toPlainText() == "| a   | b   |\n| --- | --- |\n| 1   | 2   |\n\npara\n\nnext"
    editor.undo()  # the typing
    editor.undo()  # leaving the table: one step, the empty row is back
    assert editor.toPlainText().endswith("| 1   | 2   |\n|     |     |\n\nnext")
