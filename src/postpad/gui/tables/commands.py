"""Apply the core's table commands to a Markdown editor, each as one undo step."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from postpad.core.text.table_edit import Move, TableEdit, move
from postpad.core.text.tables import format_table, new_table

Command = Callable[[Sequence[str], int, int], "TableEdit | None"]


def _lines(editor: QPlainTextEdit) -> list[str]:
    text = editor.toPlainText()  # MarkdownEditor: the raw text (no-break spaces kept)
    return text.split("\n")


def _in_code(editor: QPlainTextEdit) -> bool:
    check = getattr(editor, "in_code_block", None)
    return bool(check()) if callable(check) else False


def apply_edit(editor: QPlainTextEdit, edit: TableEdit) -> None:
    """Replace the table's lines (one undo step) and put the cursor where ``edit`` says."""
    document = editor.document()
    cursor = QTextCursor(document.findBlockByNumber(edit.start))
    last = document.findBlockByNumber(edit.end - 1)
    cursor.beginEditBlock()
    cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    old = cursor.selectedText().replace("\u2029", "\n")
    new = "\n".join(edit.lines)
    if old != new:
        cursor.insertText(new)
    cursor.endEditBlock()
    target = document.findBlockByNumber(edit.line)
    cursor = QTextCursor(target)
    cursor.setPosition(target.position() + min(edit.column, target.length() - 1))
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()


def run(editor: QPlainTextEdit, command: Command) -> bool:
    """Run ``command`` on the table under the cursor; False when there is none."""
    cursor = editor.textCursor()
    if _in_code(editor):
        return False
    edit = command(_lines(editor), cursor.blockNumber(), cursor.positionInBlock())
    if edit is None:
        return False
    apply_edit(editor, edit)
    return True


def key_hook(editor: QPlainTextEdit, event: QKeyEvent) -> bool:
    """Tab / Shift+Tab move between cells, Enter at a row's end adds a row (tables only)."""
    cursor = editor.textCursor()
    if event.type() != QKeyEvent.Type.KeyPress or cursor.hasSelection():
        return False
    if "|" not in cursor.block().text():  # the fast way out for every other line
        return False
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    key = event.key()
    plain = modifiers == Qt.KeyboardModifier.NoModifier
    how: Move
    if key == Qt.Key.Key_Tab and plain:
        how = "next"
    elif key == Qt.Key.Key_Backtab or (
        key == Qt.Key.Key_Tab and modifiers == Qt.KeyboardModifier.ShiftModifier
    ):
        how = "previous"
    elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
        how = "new_row"
    else:
        return False
    return run(editor, partial(move, how=how))


def insert_table(editor: QPlainTextEdit, columns: int, rows: int, header: Sequence[str]) -> None:
    """Insert a new table below the cursor's line (blank lines around it), cursor in its first
    cell; one undo step."""
    lines = format_table(new_table(columns, rows, header))
    cursor = editor.textCursor()
    cursor.beginEditBlock()
    cursor.removeSelectedText()
    before = ""
    if cursor.block().text().strip():
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        before = "\n\n"
    first_line = cursor.blockNumber() + (2 if before else 0)
    following = cursor.block().next()
    after = "\n" if following.isValid() and following.text().strip() else ""
    cursor.insertText(before + "\n".join(lines) + after)
    cursor.endEditBlock()
    first = editor.document().findBlockByNumber(first_line)
    cursor = QTextCursor(first)
    cursor.setPosition(first.position() + 2 + len(header[0] if header else ""))
    editor.setTextCursor(cursor)
