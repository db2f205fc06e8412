"""Put a tag's text into the editor, each change one undo step.

Qt counts positions in UTF-16 code units, Python in code points: offsets are converted here, so
a post with emoji before the tag edits the right characters.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from postpad.core.tags import TagMatch, TagSpec, insertion


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def to_offset(text: str, position: int) -> int:
    """The Python index of Qt ``position`` in ``text``."""
    return len(text.encode("utf-16-le")[: 2 * position].decode("utf-16-le", errors="ignore"))


def selection(editor: QPlainTextEdit) -> tuple[str, int, int]:
    """(text, start, end) of the selection as Python offsets in the editor's raw text."""
    text = editor.toPlainText()
    cursor = editor.textCursor()
    return text, to_offset(text, cursor.selectionStart()), to_offset(text, cursor.selectionEnd())


def _replace(editor: QPlainTextEdit, text: str, start: int, end: int, new: str) -> QTextCursor:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(utf16_len(text[:start]))
    cursor.setPosition(utf16_len(text[:end]), QTextCursor.MoveMode.KeepAnchor)
    cursor.beginEditBlock()
    cursor.insertText(new)
    cursor.endEditBlock()
    return cursor


def insert_tag(editor: QPlainTextEdit, spec: TagSpec, values: dict[str, str]) -> None:
    """Insert the tag at the cursor. A paired tag wraps the selection on lines of its own; an
    inline tag replaces it (the form was filled with it)."""
    text, start, end = selection(editor)
    chosen = text[start:end] if spec.paired else ""
    new, caret = insertion(spec, values, chosen)
    before = after = ""
    if spec.paired:
        before = "\n" if start > 0 and text[start - 1] != "\n" else ""
        after = "\n" if end < len(text) and text[end] != "\n" else ""
    _replace(editor, text, start, end, before + new + after)
    cursor = editor.textCursor()
    cursor.setPosition(utf16_len(text[:start] + before + new[:caret]))
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()


def replace_opening(editor: QPlainTextEdit, found: TagMatch, new: str) -> None:
    """Replace only the found tag's opening text; the cursor goes to its end."""
    text = editor.toPlainText()
    if text[found.start : found.end] == new:
        return
    _replace(editor, text, found.start, found.end, new)
    cursor = editor.textCursor()
    cursor.setPosition(utf16_len(text[: found.start] + new))
    editor.setTextCursor(cursor)
