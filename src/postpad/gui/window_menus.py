"""The main window's menu bar: the titles first (a staged start's first frame has them,
decision 0200), the entries once the actions exist, and the Open Recent list."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

MENU_TITLES = {
    "file": "&File",
    "edit": "&Edit",
    "view": "&View",
    "format": "F&ormat",
    "insert": "&Insert",  # tables, theme tags (issue 15)
    "tools": "&Tools",
    "help": "&Help",
}


def add_menu_titles(window: QMainWindow) -> dict[str, QMenu]:
    """The empty menus of the menu bar, by name."""
    menus: dict[str, QMenu] = {}
    for name, title in MENU_TITLES.items():
        menu = window.menuBar().addMenu(QCoreApplication.translate("menus", title))
        menu.setObjectName(f"menu_{name}")
        menus[name] = menu
    return menus


def retranslate_titles(menus: Mapping[str, QMenu]) -> None:
    for name, title in MENU_TITLES.items():
        menus[name].setTitle(QCoreApplication.translate("menus", title))


def add_menu_entries(
    window: QMainWindow, menus: Mapping[str, QMenu], actions: Mapping[str, QAction]
) -> QMenu:
    """Every window action in its menu; returns the Open Recent submenu (empty)."""
    from postpad.gui import actions as action_table  # QKeySequence's enums: after the frame (0205)

    recent = QMenu(window)
    actions["open_recent"].setMenu(recent)
    for spec in action_table.ACTIONS:
        menu = menus[spec.menu]
        if spec.separator_before:
            menu.addSeparator()
        menu.addAction(actions[spec.id])
    return recent


def fill_recent_menu(
    menu: QMenu,
    recent: Sequence[Path],
    open_path: Callable[[Path], object],
    clear: Callable[[], object],
) -> None:
    menu.clear()
    for path in recent:
        action = menu.addAction(str(path))
        action.triggered.connect(lambda _c=False, p=path: open_path(p))
    menu.addSeparator()
    clear_action = menu.addAction(QCoreApplication.translate("MainWindow", "Clear Recent Files"))
    clear_action.triggered.connect(clear)
    clear_action.setEnabled(bool(recent))
