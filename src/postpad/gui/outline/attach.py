"""The outline feature's entry point: what it adds to the window (``attach``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from postpad.gui.i18n import keep_translated
from postpad.gui.outline import OUTLINE, OutlineFollower
from postpad.gui.outline.panel import OutlinePanel
from postpad.gui.protocols import FeatureWindow


def attach(window: FeatureWindow) -> None:
    """Add the Outline panel (left dock; toggled from the View menu by the dock's own action)."""
    panel = OutlinePanel()
    dock = window.add_side_panel(panel, "", "outlineDock", Qt.DockWidgetArea.LeftDockWidgetArea)
    dock.hide()  # closed on first run so the form keeps its room; a saved layout reopens it
    follower = OutlineFollower(panel, window)
    dock.visibilityChanged.connect(lambda visible: follower.refresh() if visible else None)
    window.features.add(OUTLINE, follower)
    toggle = dock.toggleViewAction()

    def retranslate() -> None:
        dock.setWindowTitle(QCoreApplication.translate("OutlineFeature", "Outline"))
        toggle.setText(QCoreApplication.translate("OutlineFeature", "&Outline"))

    keep_translated(dock, retranslate)
    toggle.setObjectName("actionShowOutline")  # add_side_panel put it in the View menu
