"""The Markdown editor: a QPlainTextEdit with highlighting and writing aids."""

from __future__ import annotations

from postpad.gui.editor.widget import MarkdownEditor

__all__ = ["MarkdownEditor"]
