"""Route Edit menu commands to the widget that has focus, not always to the Markdown editor.

Ctrl+C in a form field must copy from that field, Ctrl+Z in the raw header view must undo there,
and Copy in the preview copies the page selection. Markdown formatting (bold, italic, link) only
applies to the Markdown editor.
"""

from __future__ import annotations

from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from postpad.gui.editor import MarkdownEditor

TEXT_INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)
TEXT_COMMANDS = ("undo", "redo", "cut", "copy", "paste", "selectAll")
WEB_ACTIONS = {
    "undo": QWebEnginePage.WebAction.Undo,
    "redo": QWebEnginePage.WebAction.Redo,
    "copy": QWebEnginePage.WebAction.Copy,
    "selectAll": QWebEnginePage.WebAction.SelectAll,
}


def _web_view(widget: QWidget | None) -> QWebEngineView | None:
    while widget is not None:
        if isinstance(widget, QWebEngineView):
            return widget
        widget = widget.parentWidget()
    return None


def route(method: str, fallback: MarkdownEditor | None) -> bool:
    """Run ``method`` on the focused widget when it can, else on ``fallback``. True when run."""
    focus = QApplication.focusWidget()
    if method in TEXT_COMMANDS and focus is not None and not isinstance(focus, MarkdownEditor):
        view = _web_view(focus)
        if view is not None:
            if method in WEB_ACTIONS:
                view.triggerPageAction(WEB_ACTIONS[method])
            return True
        command = getattr(focus, method, None)
        if callable(command):
            command()
            return True
    if isinstance(focus, TEXT_INPUTS) and not isinstance(focus, MarkdownEditor):
        return False  # Markdown formatting does not reach past the field being typed in
    target = focus if isinstance(focus, MarkdownEditor) else fallback
    if target is None:
        return False
    getattr(target, method)()
    return True
