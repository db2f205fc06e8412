"""The Site dock shows itself for posts inside a blog and steps aside for the others.

A post outside any site left an empty "No site" panel taking a third of the window; the dock now
follows the current post, except that a user who closed it keeps it closed (remembered).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QDockWidget

from postpad.core.settings_registry import SITE_DOCK_CLOSED
from postpad.gui import settings as stored


class SiteDockVisibility(QObject):
    def __init__(self, dock: QDockWidget, settings: QSettings | None = None) -> None:
        super().__init__(dock)
        self._dock = dock
        self._settings = settings
        self._has_site = False
        dock.toggleViewAction().triggered.connect(self._on_user_toggle)
        dock.installEventFilter(self)

    def user_closed(self) -> bool:
        return stored.read(SITE_DOCK_CLOSED, self._settings)

    def follow(self, has_site: bool) -> None:
        """Show the dock for a post in a site (unless the user closed it), hide it otherwise."""
        self._has_site = has_site
        self.apply()

    def apply(self) -> None:
        self._dock.setVisible(self._has_site and not self.user_closed())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._dock and event.type() == QEvent.Type.Close:
            stored.write(SITE_DOCK_CLOSED, True, self._settings)  # the dock's own close button
        return False

    def _on_user_toggle(self, checked: bool) -> None:
        stored.write(SITE_DOCK_CLOSED, not checked, self._settings)
