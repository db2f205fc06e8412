"""MarkdownEditor: writing aids, highlighting, input method and paste behaviour."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QImage, QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from postpad.gui.editor.highlighter import FENCE_BASE, FRONT_MATTER_YAML, NORMAL
from postpad.gui.editor.widget import MarkdownEditor
from postpad.gui.theme import EDITOR_COLORS


@pytest.fixture
def editor(qtbot) -> MarkdownEditor:
    widget = MarkdownEditor(EDITOR_COLORS["light"])
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _set(editor: MarkdownEditor, text: str, position: int | None = None) -> None:
    editor.setPlainText(text)
    cursor = editor.textCursor()
    cursor.setPosition(len(text) if position is None else position)
    editor.setTextCursor(cursor)


def test_enter_continues_bullet_and_task_lists(qtbot, editor) -> None:
    _set(editor, "- [x] done")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "next")
    assert editor.toPlainText() == "- [x] done\n- [ ] next"


def test_enter_increments_ordered_list(qtbot, editor) -> None:
    _set(editor, "9. nine")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.toPlainText() == "9. nine\n10. "


def test_enter_on_empty_item_ends_the_list(qtbot, editor) -> None:
    _set(editor, "- one\n- ")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.toPlainText() == "- one\n"


def test_enter_continues_quotes(qtbot, editor) -> None:
    _set(editor, "> 引用一句话")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.toPlainText() == "> 引用一句话\n> "


def test_enter_inside_fenced_code_is_plain(qtbot, editor) -> None:
    _set(editor, "```\n- not a list")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.toPlainText() == "```\n- not a list\n"


def test_tab_and_shift_tab_indent_selected_lines(qtbot, editor) -> None:
    _set(editor, "a\nb\nc")
    cursor = editor.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(3, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == "    a\n    b\nc"
    qtbot.keyClick(editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert editor.toPlainText() == "a\nb\nc"


def test_tab_in_list_marker_nests_the_item(qtbot, editor) -> None:
    _set(editor, "- one\n- ")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == "- one\n    - "


def test_bold_italic_and_link_wrap_the_selection(qtbot, editor) -> None:
    _set(editor, "写 word")
    cursor = editor.textCursor()
    cursor.setPosition(2)
    cursor.setPosition(6, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "写 **word**"
    assert editor.textCursor().selectedText() == "word"
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "写 word"
    qtbot.keyClick(editor, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "写 *word*"
    _set(editor, "site")
    cursor = editor.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "https://example.org")
    assert editor.toPlainText() == "[site](https://example.org)"


def test_auto_pairing_and_skipping_and_backspace(qtbot, editor) -> None:
    _set(editor, "")
    qtbot.keyClicks(editor, "(")
    assert editor.toPlainText() == "()"
    qtbot.keyClicks(editor, "x)")
    assert editor.toPlainText() == "(x)"
    assert editor.textCursor().position() == 3
    qtbot.keyClicks(editor, " [")
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.toPlainText() == "(x) "


def test_auto_pairing_can_be_turned_off(qtbot, editor) -> None:
    editor.auto_pair_enabled = False
    _set(editor, "")
    qtbot.keyClicks(editor, '("')
    assert editor.toPlainText() == '("'


def test_trailing_spaces_survive_editing(qtbot, editor) -> None:
    _set(editor, "cover: \nline two  ", position=0)
    qtbot.keyClicks(editor, "x")
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.toPlainText() == "xcover: \n\nline two  "


def test_input_method_preedit_stays_out_of_the_text_until_commit(qtbot, editor) -> None:
    _set(editor, "前")
    changes: list[str] = []
    editor.textChanged.connect(lambda: changes.append(editor.toPlainText()))
    preedit = QInputMethodEvent("zhong'wen", [])
    QApplication.sendEvent(editor, preedit)
    assert editor.toPlainText() == "前"
    commit = QInputMethodEvent()
    commit.setCommitString("中文")
    QApplication.sendEvent(editor, commit)
    assert editor.toPlainText() == "前中文"
    assert all("zhong" not in text for text in changes)
    # Committed text is never auto-paired or otherwise rewritten.
    commit_bracket = QInputMethodEvent()
    commit_bracket.setCommitString("（")
    QApplication.sendEvent(editor, commit_bracket)
    assert editor.toPlainText() == "前中文（"


def test_image_paste_handler_gets_images_first(qtbot, editor) -> None:
    seen: list[QMimeData] = []

    def handler(mime: QMimeData) -> str | None:
        seen.append(mime)
        return "![](images/pasted.png)"

    editor.set_image_paste_handler(handler)
    _set(editor, "")
    mime = QMimeData()
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.red)
    mime.setImageData(image)
    assert editor.canInsertFromMimeData(mime)
    editor.insertFromMimeData(mime)
    assert editor.toPlainText() == "![](images/pasted.png)"
    assert len(seen) == 1
    text = QMimeData()
    text.setText("plain  ")
    editor.set_image_paste_handler(lambda _m: None)
    editor.insertFromMimeData(text)
    assert editor.toPlainText() == "![](images/pasted.png)plain  "


def _formats_at(editor: MarkdownEditor, line: int) -> list[tuple[int, int, str]]:
    block = editor.document().findBlockByNumber(line)
    return [
        (r.start, r.length, r.format.foreground().color().name()) for r in block.layout().formats()
    ]


def test_highlighter_states_follow_front_matter_and_fences(editor) -> None:
    _set(editor, "---\ntitle: 标题\ncover: \n---\n\n```py\n# not heading\n```\n# Heading")
    doc = editor.document()
    assert doc.findBlockByNumber(0).userState() == FRONT_MATTER_YAML
    assert doc.findBlockByNumber(2).userState() == FRONT_MATTER_YAML
    assert doc.findBlockByNumber(3).userState() == NORMAL
    assert doc.findBlockByNumber(5).userState() >= FENCE_BASE
    assert doc.findBlockByNumber(6).userState() >= FENCE_BASE
    assert doc.findBlockByNumber(7).userState() == NORMAL
    colors = EDITOR_COLORS["light"]
    assert (0, 9, colors["heading"]) in _formats_at(editor, 8)
    assert (0, 6, colors["fence"]) in _formats_at(editor, 6) or _formats_at(editor, 6)[0][
        2
    ] == colors["fence"]
    key_ranges = [f for f in _formats_at(editor, 1) if f[2] == colors["frontmatter_key"]]
    assert key_ranges == [(0, 5, colors["frontmatter_key"])]


def test_highlighter_inline_rules(editor) -> None:
    _set(editor, "a **b** `c` [d](e) &ensp; {% note %} <br>")
    colors = EDITOR_COLORS["light"]
    found = {color for _s, _l, color in _formats_at(editor, 0)}
    for role in ("strong", "code", "link", "entity", "tag", "html"):
        assert colors[role] in found, role


def test_highlighter_rehighlights_incrementally_when_fence_opens(qtbot, editor) -> None:
    _set(editor, "one\ntwo\nthree", position=0)
    qtbot.keyClicks(editor, "```")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.toPlainText() == "```\none\ntwo\nthree"
    doc = editor.document()
    assert doc.findBlockByNumber(3).userState() >= FENCE_BASE
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "```")
    assert doc.lastBlock().userState() == NORMAL


def test_highlighter_emphasis_inside_chinese_but_not_snake_case(editor) -> None:
    colors = EDITOR_COLORS["light"]
    _set(editor, "中文*强调*中文")
    assert (2, 4, colors["emphasis"]) in _formats_at(editor, 0)
    _set(editor, "a snake_case_name here")
    assert all(color != colors["emphasis"] for _s, _l, color in _formats_at(editor, 0))


def test_text_mirror_follows_every_kind_of_edit(qtbot, editor) -> None:
    import random

    rng = random.Random(7)
    pieces = ["a", "中文", "\n", "\u00a0", "- item\n", "\n\n", "&ensp;", " ", "😀"]
    _set(editor, "---\ntitle: x\n---\n\n正文\u00a0\n")
    assert editor.snapshot() == editor.toPlainText()
    doc = editor.document()
    for step in range(300):
        cursor = editor.textCursor()
        size = doc.characterCount() - 1
        start = rng.randint(0, size)
        end = min(size, start + rng.choice([0, 0, 1, 3, 10]))
        choice = rng.random()
        if choice < 0.1 and doc.isUndoAvailable():
            editor.undo()
        elif choice < 0.15 and doc.isRedoAvailable():
            editor.redo()
        else:
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(rng.choice(pieces) if rng.random() < 0.8 else "")
        if "😀" in editor.toPlainText() and rng.random() < 0.5:
            text = editor.toPlainText().replace("😀", "")
            whole = editor.textCursor()
            whole.select(QTextCursor.SelectionType.Document)
            whole.insertText(text)
        assert editor.snapshot() == editor.toPlainText(), step


def test_text_mirror_splices_instead_of_rereading(qtbot, editor) -> None:
    _set(editor, "第一段\n\n第二段\u00a0\n")
    editor.snapshot()
    rebuilds = editor._mirror.rebuilds
    for index in range(50):
        qtbot.keyClicks(editor, "ab")
        if index % 10 == 0:
            qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
        assert editor.snapshot() == editor.toPlainText()
    assert editor._mirror.rebuilds == rebuilds
