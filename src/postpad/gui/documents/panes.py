"""Construction of the pieces of a tab that live in other packages (with guarded imports)."""

from __future__ import annotations

from pathlib import Path

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


def site_engine_and_theme(path: Path | None, default_profile: str) -> tuple[str, str | None]:
    """The engine profile and theme of the site a post belongs to (the default when none)."""
    if path is None or detect_site is None:
        return default_profile, None
    try:
        site = detect_site(path)
    except (OSError, ValueError):
        return default_profile, None
    if site is None:
        return default_profile, None
    return str(site.engine), getattr(site, "theme", None)
