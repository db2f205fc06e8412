"""The richcopy feature's entry point: what it adds to the window (``attach``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from postpad.gui.i18n import keep_text
from postpad.gui.named import named
from postpad.gui.protocols import FeatureWindow
from postpad.gui.richcopy import RICH_COPY, RichCopyFeature


def _tr(text: str) -> str:
    return QCoreApplication.translate("RichCopy", text)


def attach(window: FeatureWindow) -> None:
    """Add Edit › Copy as Rich Text (Ctrl+Alt+C) after Copy, File › Export › Rich Text HTML."""
    action = named(QAction(window), "actionCopyRichText")
    keep_text(window, action, lambda: _tr("Copy as Ric&h Text"))
    action.setShortcut(QKeySequence("Ctrl+Alt+C"))
    feature = RichCopyFeature(window)
    window.features.add(RICH_COPY, feature)
    action.triggered.connect(feature.copy)
    export = named(QAction(window), "actionExportRichText")
    keep_text(window, export, lambda: _tr("&Rich Text HTML (公众号)…"))
    export.triggered.connect(feature.export)
    exports = window.findChild(QMenu, "menuExport")  # File › Export, when that feature is on
    (exports or window.menu("file")).addAction(export)
    menu = window.menu("edit")
    actions = menu.actions()
    copy = window.window_action("copy")
    index = actions.index(copy) + 1 if copy in actions else len(actions)
    if index < len(actions):
        menu.insertAction(actions[index], action)
    else:
        menu.addAction(action)
