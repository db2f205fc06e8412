"""A stand-in for MainWindow's extension points (gui/protocols.py, decision 0140).

Issue-8 features are tested against this so their tests do not depend on the real window's
construction (site detection, preview shell); tests with the real window live beside them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QMenu, QPlainTextEdit, QStatusBar, QWidget

from postpad.gui.protocols import FeatureWindow


class FakeTab(QWidget):
    rendered = Signal(object)
    modified_changed = Signal(bool)

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlainText(text)
        self.preview: Any = None
        self.document: Any = None
        self.last_rendered: Any = None
        self.path: Path | None = None
        self.site: Any = None

    def text(self) -> str:
        return self.editor.toPlainText()

    def display_name(self) -> str:
        return "Untitled"

    def is_modified(self) -> bool:
        return self.editor.document().isModified()


class FakeWindow(FeatureWindow):
    """Already shown: ``after_shown`` callbacks run at once."""

    def __init__(self) -> None:
        super().__init__()
        self._menus: dict[str, QMenu] = {}
        self._tabs: list[FakeTab] = []
        self._current: FakeTab | None = None
        self.panels: dict[str, QDockWidget] = {}

    def menu(self, name: str) -> QMenu:
        if name not in self._menus:
            self._menus[name] = self.menuBar().addMenu(name.title())
        return self._menus[name]

    def add_side_panel(
        self,
        widget: QWidget,
        title: str,
        object_name: str,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.LeftDockWidgetArea,
    ) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(object_name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.menu("view").addAction(dock.toggleViewAction())
        self.panels[object_name] = dock
        return dock

    def current_tab(self) -> FakeTab | None:
        return self._current

    def tabs(self) -> list[FakeTab]:
        return list(self._tabs)

    def status_bar(self) -> QStatusBar:
        return self.statusBar()

    def after_shown(self, callback: Callable[[], object]) -> None:
        callback()

    def add_tab(self, text: str) -> FakeTab:
        tab = FakeTab(text, self)
        self._tabs.append(tab)
        self.setCentralWidget(tab)
        self._current = tab
        self.tab_added.emit(tab)
        self.current_tab_changed.emit(tab)
        return tab

    def action(self, name: str) -> Any:
        from PySide6.QtGui import QAction

        found = self.findChild(QAction, name)
        assert found is not None, name
        return found
