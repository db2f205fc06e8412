"""The images feature's entry point: what it adds to the window (``attach``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from postpad.gui.i18n import keep_text
from postpad.gui.images import IMAGES, ImagesFeature
from postpad.gui.protocols import FeatureWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImagesFeature", text)


def attach(window: FeatureWindow) -> None:
    """Tools › Images submenu with the three actions."""
    feature = ImagesFeature(window)
    window.features.add(IMAGES, feature)
    menu = QMenu(window)
    menu.setObjectName("menuImages")
    keep_text(window, menu, lambda: _tr("&Images"))
    entries = (
        ("actionLocalizeImages", lambda: _tr("Make Remote Images &Local"), feature.localize),
        ("actionUploadImages", lambda: _tr("&Upload Local Images in This Post"), feature.upload),
        ("actionImageSettings", lambda: _tr("Image &Settings…"), feature.settings),
    )
    for name, text, slot in entries:
        action = QAction(window)
        action.setObjectName(name)
        keep_text(window, action, text)
        action.triggered.connect(slot)
        menu.addAction(action)
    window.menu("tools").addMenu(menu)
