"""Focus mode (paragraph, sentence), typewriter scrolling, full screen and zoom."""

from __future__ import annotations

import pytest
from comfort_fakes import FakeWindow
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from postpad.gui.focus import FocusMode, focus_controller
from postpad.gui.focus.attach import attach as attach_focus

pytestmark = pytest.mark.gui

TEXT = "第一段。\n第二段第一句。第二句！Third one. 尾声。\n第三段。"


def _spans(editor: QPlainTextEdit) -> list[tuple[int, int]]:
    return [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in editor.extraSelections()]


@pytest.fixture
def editor(qtbot) -> QPlainTextEdit:
    widget = QPlainTextEdit()
    widget.setPlainText(TEXT)
    qtbot.addWidget(widget)
    return widget


def _put_cursor(editor: QPlainTextEdit, needle: str) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index(needle))
    editor.setTextCursor(cursor)


def test_paragraph_focus_dims_everything_but_the_cursor_line(editor) -> None:
    _put_cursor(editor, "第二句")
    controller = focus_controller(editor)
    controller.set_mode(FocusMode.PARAGRAPH)
    line_start = TEXT.index("第二段")
    line_end = TEXT.index("\n第三段")
    assert _spans(editor) == [(0, line_start), (line_end, len(TEXT))]
    _put_cursor(editor, "第三段")  # moving the cursor moves the focus
    assert _spans(editor) == [(0, line_end + 1)]
    controller.set_mode(FocusMode.OFF)
    assert editor.extraSelections() == []


def test_sentence_focus_ends_at_cjk_and_latin_marks(editor) -> None:
    controller = focus_controller(editor)
    controller.set_mode(FocusMode.SENTENCE)
    _put_cursor(editor, "二句")
    start, end = TEXT.index("第二句"), TEXT.index("Third")
    assert _spans(editor) == [(0, start), (end, len(TEXT))]
    _put_cursor(editor, "hird")
    assert controller.focus_span() == (TEXT.index("Third"), TEXT.index("尾"))


def test_typewriter_keeps_the_cursor_line_centred(editor, qtbot) -> None:
    editor.setPlainText("\n".join(f"第{i}行" for i in range(300)))
    editor.resize(400, 300)
    editor.show()
    qtbot.waitExposed(editor)
    controller = focus_controller(editor)
    controller.set_typewriter(True)
    assert editor.centerOnScroll()
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.Down, n=150)
    editor.setTextCursor(cursor)
    middle = editor.viewport().height() / 2
    assert abs(editor.cursorRect().center().y() - middle) < editor.fontMetrics().height() * 1.5
    controller.set_typewriter(False)
    assert not editor.centerOnScroll()


def test_view_menu_actions_drive_every_tab(qtbot) -> None:
    window = FakeWindow()
    qtbot.addWidget(window)
    attach_focus(window)
    first = window.add_tab("甲。乙。")
    base = first.editor.font().pointSizeF()
    window.action("actionFocusSentence").trigger()
    assert focus_controller(first.editor).mode() is FocusMode.SENTENCE
    window.action("actionZoomIn").trigger()
    window.action("actionZoomIn").trigger()
    assert first.editor.font().pointSizeF() == base + 2
    second = window.add_tab("丙。")  # a new tab gets the window's state
    assert focus_controller(second.editor).mode() is FocusMode.SENTENCE
    assert second.editor.font().pointSizeF() == second.editor.property("postpadBasePointSize") + 2
    window.action("actionZoomReset").trigger()
    assert first.editor.font().pointSizeF() == base
    window.action("actionTypewriter").trigger()
    assert focus_controller(second.editor).typewriter()
    window.action("actionFocusOff").trigger()
    assert second.editor.extraSelections() == []


def test_full_screen_toggles(qtbot) -> None:
    window = FakeWindow()
    qtbot.addWidget(window)
    attach_focus(window)
    window.show()
    window.action("actionFullScreen").setChecked(True)
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    window.action("actionFullScreen").setChecked(False)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=2000)


def test_paragraph_focus_spans_hard_wrapped_lines(qtbot) -> None:
    text = (
        "# Title\n\nThe first line of a wrapped\nEnglish paragraph goes on\nhere.\n\n"
        "- a list\n- item"
    )
    widget = QPlainTextEdit()
    qtbot.addWidget(widget)
    widget.setPlainText(text)
    _put_cursor(widget, "English")
    controller = focus_controller(widget)
    controller.set_mode(FocusMode.PARAGRAPH)
    assert controller.focus_span() == (text.index("The first"), text.index("\n\n- a"))
    _put_cursor(widget, "item")  # list items stay one line each
    assert controller.focus_span() == (text.index("- item"), len(text))
