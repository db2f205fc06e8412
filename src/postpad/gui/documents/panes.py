"""Construction helpers for the parts of a tab that live in other packages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QWidget

from postpad.core.site import detect_site
from postpad.gui.frontmatter.panel import FrontMatterPanel


def make_form(
    document: QTextDocument,
    parent: QWidget,
    *,
    engine: str | None = None,
    theme: str | None = None,
    base_dir: Path | None = None,
    path: Path | None = None,
    site: Any = None,
) -> Any:
    """The front-matter form, editing the header of ``document`` in place; for a site or theme
    config file (``_config.yml``, ``hugo.toml``…) the config form instead (decision 0138)."""
    if path is not None and path.suffix.lower() in (".yml", ".yaml", ".toml", ".json"):
        from postpad.core.siteconfig import config_kind  # posts never load it (decision 0100)

        kind = config_kind(path, site)
        if kind is not None:
            from postpad.gui.siteconfig.panel import ConfigFormPanel

            return ConfigFormPanel(document, kind, parent)
    return FrontMatterPanel(document, parent, engine=engine, theme=theme, base_dir=base_dir)


def find_site(path: Path | None) -> Any | None:
    """The site (core ``Site``) a post belongs to, or None (untitled or a loose file)."""
    if path is None:
        return None
    try:
        return detect_site(path)
    except (OSError, ValueError):
        return None  # a broken site config must not stop the post from opening
