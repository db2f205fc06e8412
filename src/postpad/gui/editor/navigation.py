"""Moving the editor's cursor to a line: shared by Go to Line, the outline, the site panel's
check results and the publish log (features use it without importing each other)."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit


def go_to_line(editor: QPlainTextEdit, line: int) -> None:
    """Put the cursor at the start of 1-based ``line`` (clamped) and show it."""
    if hasattr(editor, "go_to_line"):
        editor.go_to_line(line)
        return
    document = editor.document()
    block = document.findBlockByNumber(max(0, min(line, document.blockCount()) - 1))
    editor.setTextCursor(QTextCursor(block))
    editor.ensureCursorVisible()
