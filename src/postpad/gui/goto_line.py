"""Edit > Go to Line…: a small dialog that moves the editor's cursor to a line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QPlainTextEdit, QWidget

from postpad.gui.editor.navigation import go_to_line
from postpad.gui.i18n import keep_translated
from postpad.gui.named import named
from postpad.gui.protocols import FeatureWindow


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


def attach(window: FeatureWindow) -> None:
    """Add Edit > Go to Line… (Ctrl+G)."""
    action = named(QAction(window), "actionGoToLine")
    keep_translated(
        window, lambda: action.setText(QCoreApplication.translate("GoToLine", "&Go to Line…"))
    )
    action.setShortcut(QKeySequence("Ctrl+G"))

    def run() -> None:
        tab = window.current_tab()
        if tab is None:
            return
        line = ask_line(window, tab.editor)
        if line is not None:
            go_to_line(tab.editor, line)
            tab.editor.setFocus()

    action.triggered.connect(run)
    window.menu("edit").addAction(action)
