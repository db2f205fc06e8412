"""Publish feature: File › Publish… for the current post's site. Listed in
``postpad.gui.features.FEATURES``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from postpad.gui.i18n import keep_text
from postpad.gui.protocols import GIT, SITE, FeatureWindow

if TYPE_CHECKING:  # the dialog and the site model load when the user publishes
    from postpad.core.site.model import Site
    from postpad.gui.publish.dialog import PublishDialog


def _t(text: str) -> str:
    return QCoreApplication.translate("PublishFeature", text)


def current_site(window: FeatureWindow) -> Site | None:
    tab = window.current_tab()
    site = tab.site if tab is not None else None
    if site is None:
        service = window.features.get(SITE)
        site = service.site if service is not None else None
    return site


def publish(window: FeatureWindow) -> PublishDialog | None:
    """Open the Publish dialog for the current site (None when no site is open)."""
    site = current_site(window)
    if site is None:
        window.status_bar().showMessage(
            _t("Open a post of your blog first, so Postpad knows the site."), 8000
        )
        return None
    from postpad.gui.publish.dialog import PublishDialog

    unsaved = [
        tab.display_name()
        for tab in window.tabs()
        if tab.is_modified() and tab.site is not None and tab.site.root == site.root
    ]
    dialog = PublishDialog(site, unsaved, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.location_activated.connect(lambda path, line: _go_to(window, path, line))
    git = window.features.get(GIT)
    if git is not None:  # the run committed and pushed (or undid its commit): show it
        dialog.finished_run.connect(lambda _outcome: git.refresh())
    dialog.show()
    return dialog


def _go_to(window: FeatureWindow, path: Path, line: int) -> None:
    tabs = window.open_paths([path])
    tab = tabs[0] if tabs else window.current_tab()
    if tab is not None:
        from postpad.gui.editor.navigation import go_to_line

        go_to_line(tab.editor, line)


def attach(window: FeatureWindow) -> None:
    action = QAction(window)
    action.setObjectName("actionPublish")
    keep_text(window, action, lambda: _t("Pu&blish…"))
    action.setShortcut(QKeySequence("Ctrl+Alt+P"))
    action.triggered.connect(lambda: publish(window))
    window.menu("file").addAction(action)
