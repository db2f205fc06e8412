"""Construction of the pieces of a tab that live in other packages (with guarded imports)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

try:  # the front-matter form panel (another engineer's module)
    from postpad.gui.frontmatter.panel import FrontMatterPanel
except ImportError:  # pragma: no cover - until gui/frontmatter/panel.py lands
    FrontMatterPanel = None  # type: ignore[assignment,misc]

try:
    from postpad.core.site import detect_site
except ImportError:  # pragma: no cover - until core.site exports it
    detect_site = None  # type: ignore[assignment]


def make_form(document: QTextDocument, parent: QWidget) -> QWidget:
    """The front-matter form for ``document``, or an empty placeholder while it is missing."""
    if FrontMatterPanel is not None:
        return FrontMatterPanel(document, parent)
    placeholder = QLabel(parent)
    placeholder.setObjectName("frontMatterPlaceholder")
    return placeholder


def find_site(path: Path | None) -> Any | None:
    """The site (core ``Site``) a post belongs to, or None (untitled, loose file, no detector)."""
    if path is None or detect_site is None:
        return None
    try:
        return detect_site(path)
    except (OSError, ValueError):
        return None  # a broken site config must not stop the post from opening
