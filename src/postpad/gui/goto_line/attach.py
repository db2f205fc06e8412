"""The goto_line feature's entry point: what it adds to the window (``attach``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from postpad.gui.editor.navigation import go_to_line
from postpad.gui.goto_line import ask_line
from postpad.gui.i18n import keep_translated
from postpad.gui.named import named
from postpad.gui.protocols import FeatureWindow


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
