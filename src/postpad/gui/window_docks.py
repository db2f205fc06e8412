"""The main window's side docks: in their places of the saved layout, narrow on a first run, and
the late features' docks (decision 0151) shown or hidden as saved once every feature attached.

Loaded by ``MainWindow.finish_building``, after a staged start's first frame: QDockWidget and
Python's ``Qt`` namespace are built on first use (decision 0205).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from postpad.gui.uistate import UiState

#: a first run's side docks: narrow, so the three panes keep most of the width
FIRST_RUN_WIDTH = 220


class SideDocks:
    def __init__(self, window: QMainWindow, ui_state: UiState) -> None:
        self._window = window
        self._ui_state = ui_state
        self._restored = False
        self._late: list[tuple[QDockWidget, bool]] = []

    def add(
        self, widget: QWidget, title: str, object_name: str, area: Qt.DockWidgetArea | None
    ) -> QDockWidget:
        """A dock for ``widget`` in ``area`` (None: the left one)."""
        window = self._window
        dock = QDockWidget(title, window)
        dock.setObjectName(object_name)
        dock.setWidget(widget)
        if self._restored and window.restoreDockWidget(dock):
            # A late feature's dock, in its place of the restored layout; shown or hidden as
            # saved once every feature attached (a feature hides its new dock).
            self._late.append((dock, not dock.isHidden()))
        else:
            left = Qt.DockWidgetArea.LeftDockWidgetArea
            window.addDockWidget(left if area is None else area, dock)
        return dock

    def restore(self) -> None:
        """The saved layout, once the early features added their docks."""
        self._restored = self._ui_state.restore_docks(self._window)
        if not self._restored:
            self._narrow()

    def show_late(self) -> None:
        """Every feature attached: the late ones' docks as saved (or narrow on a first run)."""
        if not self._restored:
            self._narrow()
        for dock, visible in self._late:
            dock.setVisible(visible)

    def _narrow(self) -> None:
        window = self._window
        sides = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
        docks = [d for d in window.findChildren(QDockWidget) if d.isVisibleTo(window)]
        side = [d for d in docks if window.dockWidgetArea(d) in sides]
        window.resizeDocks(side, [FIRST_RUN_WIDTH] * len(side), Qt.Orientation.Horizontal)
