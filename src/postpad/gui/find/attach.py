"""The find feature's entry point: what it adds to the window (``attach``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from postpad.gui.find import FIND, Shortcut
from postpad.gui.find.bar import FindBar
from postpad.gui.i18n import keep_text, keep_translated
from postpad.gui.named import named
from postpad.gui.protocols import DocumentTabView, FeatureWindow


def attach(window: FeatureWindow) -> None:
    """Add Find/Replace/Find Next/Find Previous to the Edit menu and a bottom find bar."""
    bar = FindBar()
    bottom = Qt.DockWidgetArea.BottomDockWidgetArea
    dock = window.add_side_panel(bar, "", "findDock", bottom)
    keep_translated(
        dock, lambda: dock.setWindowTitle(QCoreApplication.translate("FindFeature", "Find"))
    )
    dock.setTitleBarWidget(QWidget(dock))  # a bar, not a panel: no title, no float button
    dock.hide()
    window.menu("view").removeAction(dock.toggleViewAction())  # opened by Find/Replace only
    bar.closed.connect(dock.hide)
    window.features.add(FIND, bar)

    def follow(tab: DocumentTabView | None) -> None:
        bar.set_editor(tab.editor if tab is not None else None)
        if tab is None:
            dock.hide()  # the last tab closed: nothing is left to search

    def open_bar(replace: bool) -> None:
        if bar.editor() is None:
            return
        dock.show()
        bar.open_bar(replace=replace)

    window.current_tab_changed.connect(follow)
    follow(window.current_tab())
    menu = window.menu("edit")
    menu.addSeparator()
    entries: list[tuple[Callable[[], str], Shortcut, Callable[[], object], str]] = [
        (
            lambda: QCoreApplication.translate("FindFeature", "&Find…"),
            QKeySequence.StandardKey.Find,
            lambda: open_bar(False),
            "actionFind",
        ),
        (
            lambda: QCoreApplication.translate("FindFeature", "R&eplace…"),
            QKeySequence("Ctrl+H"),
            lambda: open_bar(True),
            "actionReplace",
        ),
        (
            lambda: QCoreApplication.translate("FindFeature", "Find &Next"),
            QKeySequence.StandardKey.FindNext,
            bar.find_next,
            "actionFindNext",
        ),
        (
            lambda: QCoreApplication.translate("FindFeature", "Find Pre&vious"),
            QKeySequence.StandardKey.FindPrevious,
            bar.find_previous,
            "actionFindPrevious",
        ),
    ]
    for text, shortcut, slot, name in entries:
        action = named(QAction(window), name)
        keep_text(window, action, text)
        action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
