"""Menu entries in feature order when features attach out of order (decision 0151).

The early features attach before the first frame and the others after it, so a late feature's
entries would land after those of an early feature that comes later in ``gui/features.py``.
``MenuOrder`` remembers which feature added each entry and moves a late feature's new entries back
before the run of entries of later features just above them: where attaching every feature in
order would have put them (appended entries, and entries inserted before a window action alike).
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

#: owner of the window's own entries and of entries added outside a feature's attach
WINDOW = -1


class MenuOrder:
    def __init__(self, bar: QMenuBar) -> None:
        self._bar = bar
        self._owner: dict[QAction, int] = {}
        self._before: dict[QWidget, set[QAction]] = {}

    def containers(self) -> list[QWidget]:
        """The menu bar and every menu reachable from it, submenus included."""
        found: list[QWidget] = [self._bar]
        for container in found:  # grows while it is walked: breadth first
            for action in container.actions():
                submenu = action.menu()
                if isinstance(submenu, QMenu) and submenu not in found:
                    found.append(submenu)
        return found

    def before(self, number: int) -> None:
        """Call before feature ``number`` attaches."""
        del number
        self._before = {menu: set(menu.actions()) for menu in self.containers()}

    def after(self, number: int) -> None:
        """Call after feature ``number`` attached: its new entries are recorded and, where later
        features' entries precede them, moved back into feature order."""
        for container in self.containers():
            known = self._before.get(container, set())
            added = [action for action in container.actions() if action not in known]
            for action in added:
                self._owner.setdefault(action, number)
            for action in added:
                self._move_back(container, action, number)
        self._before = {}

    def _move_back(self, container: QWidget, action: QAction, number: int) -> None:
        actions = container.actions()
        index = actions.index(action)
        target = index
        while target > 0 and self._owner.get(actions[target - 1], WINDOW) > number:
            target -= 1
        if target < index:
            container.removeAction(action)
            container.insertAction(actions[target], action)
