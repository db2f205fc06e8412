"""Paste as Markdown: HTML from the clipboard to Markdown in the post's dialect (Qt-free)."""

from __future__ import annotations

from postpad.core.paste.convert import (
    ImageSource,
    PasteDialect,
    dialect_for,
    html_to_markdown,
)

__all__ = ["ImageSource", "PasteDialect", "dialect_for", "html_to_markdown"]
