"""The export feature's entry point: what it adds to the window (``attach``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from postpad.gui.export import EXPORT, ExportFeature
from postpad.gui.i18n import keep_text
from postpad.gui.named import named
from postpad.gui.protocols import FeatureWindow


def attach(window: FeatureWindow) -> None:
    """Add File > Export > HTML…, PDF (A4)…, PDF (US Letter)…."""
    feature = ExportFeature(window)
    window.features.add(EXPORT, feature)
    menu = window.menu("file")
    submenu = menu.addMenu("")
    keep_text(window, submenu, lambda: QCoreApplication.translate("Export", "&Export"))
    submenu.setObjectName("menuExport")
    entries = [
        (
            lambda: QCoreApplication.translate("Export", "&HTML Page…"),
            "actionExportHtml",
            feature.export_html,
        ),
        (
            lambda: QCoreApplication.translate("Export", "&PDF (A4)…"),
            "actionExportPdfA4",
            lambda: feature.export_pdf("a4"),
        ),
        (
            lambda: QCoreApplication.translate("Export", "PDF (US &Letter)…"),
            "actionExportPdfLetter",
            lambda: feature.export_pdf("letter"),
        ),
    ]
    for text, name, slot in entries:
        action = named(QAction(window), name)
        keep_text(window, action, text)
        action.triggered.connect(slot)
        submenu.addAction(action)
    # Keep Quit last: move the submenu above the final separator when there is one.
    actions = menu.actions()
    separators = [a for a in actions if a.isSeparator()]
    if separators:
        menu.removeAction(submenu.menuAction())
        menu.insertMenu(separators[-1], submenu)
