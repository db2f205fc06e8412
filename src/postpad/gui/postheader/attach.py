"""The post-header toggle's entry point: a checkable View menu entry, remembered (0234)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from postpad.core.settings_registry import PREVIEW_POST_HEADER
from postpad.gui.i18n import keep_text
from postpad.gui.named import named
from postpad.gui.protocols import DocumentTabView, FeatureWindow
from postpad.gui.settings import read, write


def _apply(tab: DocumentTabView, shown: bool) -> None:
    preview = tab.preview
    if preview is not None and hasattr(preview, "show_post_header"):
        preview.show_post_header(shown)


def attach(window: FeatureWindow) -> QAction:
    """View > Post Header in Preview, right after View > Preview; on by default."""
    action = named(QAction(window), "actionPostHeader")
    keep_text(
        window,
        action,
        lambda: QCoreApplication.translate("PostHeaderFeature", "Post &Header in Preview"),
    )
    action.setCheckable(True)
    action.setChecked(read(PREVIEW_POST_HEADER))
    menu = window.menu("view")
    preview = window.window_action("show_preview")
    entries = menu.actions()
    after = entries.index(preview) + 1 if preview in entries else len(entries)
    menu.insertAction(entries[after] if after < len(entries) else None, action)  # type: ignore[arg-type]

    def toggled(shown: bool) -> None:
        write(PREVIEW_POST_HEADER, shown)
        for tab in window.tabs():
            _apply(tab, shown)

    action.toggled.connect(toggled)
    window.tab_added.connect(lambda tab: _apply(tab, action.isChecked()))
    for tab in window.tabs():
        _apply(tab, action.isChecked())
    return action
