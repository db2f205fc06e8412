"""Route Edit menu commands to the widget that has focus, not always to the Markdown editor.

Ctrl+C in a form field must copy from that field, Ctrl+Z in the raw header view must undo there,
and Copy in the preview copies the page selection. Markdown formatting (bold, italic, link) only
applies to the Markdown editor.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from postpad.gui.editor.widget import MarkdownEditor

TEXT_INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)
TEXT_COMMANDS = ("undo", "redo", "cut", "copy", "paste", "selectAll")
WEB_ACTIONS = ("undo", "redo", "copy", "selectAll")


def _web_view(widget: QWidget | None) -> Any:
    """The QWebEngineView holding ``widget``, if any. WebEngine loads after the first frame
    (decision 0095): while it is not imported, no widget can be a web view."""
    web = sys.modules.get("PySide6.QtWebEngineWidgets")
    while web is not None and widget is not None:
        if isinstance(widget, web.QWebEngineView):
            return widget
        widget = widget.parentWidget()
    return None


def _trigger_web_action(view: Any, method: str) -> None:
    from PySide6.QtWebEngineCore import QWebEnginePage

    action = method[0].upper() + method[1:]
    view.triggerPageAction(getattr(QWebEnginePage.WebAction, action))


def route(method: str, fallback: MarkdownEditor | None) -> bool:
    """Run ``method`` on the focused widget when it can, else on ``fallback``. True when run."""
    focus = QApplication.focusWidget()
    if method in TEXT_COMMANDS and focus is not None and not isinstance(focus, MarkdownEditor):
        view = _web_view(focus)
        if view is not None:
            if method in WEB_ACTIONS:
                _trigger_web_action(view, method)
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
