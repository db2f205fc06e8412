"""Site preview feature: View › Site Preview opens a pane showing the current post in the real
site, served by the engine. The fast built-in preview stays the default. Listed in
``postpad.gui.features.FEATURES``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from postpad.gui.i18n import keep_text, keep_translated
from postpad.gui.protocols import FeatureKey, FeatureWindow
from postpad.gui.sitepreview.controller import SitePreviewController
from postpad.gui.sitepreview.pane import SitePreviewPane


def _t(text: str) -> str:
    return QCoreApplication.translate("SitePreview", text)


SITE_PREVIEW: FeatureKey[SitePreviewController] = FeatureKey("site preview")


def attach(window: FeatureWindow) -> None:
    pane = SitePreviewPane()
    keep_translated(pane, pane.retranslate)
    dock = window.add_side_panel(pane, "", "sitePreviewDock", Qt.DockWidgetArea.RightDockWidgetArea)
    keep_text(dock, dock, lambda: _t("Site Preview"))
    dock.hide()  # the engine's server starts only when the user opens the pane
    toggle = dock.toggleViewAction()
    toggle.setObjectName("actionSitePreview")
    keep_text(dock, toggle, lambda: _t("Site Previe&w"))
    controller = SitePreviewController(window, pane)
    window.features.add(SITE_PREVIEW, controller)
    toggle.toggled.connect(controller.set_active)
    pane.stop_requested.connect(dock.hide)
