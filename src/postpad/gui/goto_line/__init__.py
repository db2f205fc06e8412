"""Edit > Go to Line…: a small dialog that moves the editor's cursor to a line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QPlainTextEdit, QWidget


def ask_line(parent: QWidget, editor: QPlainTextEdit) -> int | None:
    """Ask for a line number (current line preselected); ``None`` when cancelled."""
    count = editor.document().blockCount()
    current = editor.textCursor().blockNumber() + 1
    line, ok = QInputDialog.getInt(
        parent,
        QCoreApplication.translate("GoToLine", "Go to Line"),
        QCoreApplication.translate("GoToLine", "Line (1–%1):").replace("%1", str(count)),
        current,
        1,
        count,
    )
    return line if ok else None
