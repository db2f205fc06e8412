"""Extra entries at the top of an editor's context menu (typography fixes, spelling).

Features register a provider ``provider(position) -> list[QAction]`` for the Qt text position
under the mouse; the standard menu (undo, cut, paste…) follows them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QPlainTextEdit

Provider = Callable[[int], list[QAction]]


class ContextMenuExtender(QObject):
    """Builds the editor's context menu with the registered providers' actions first."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self.setObjectName("contextMenuExtender")
        self._editor = editor
        self._providers: dict[str, Provider] = {}
        # A scroll area gets its context-menu events through the viewport.
        editor.viewport().installEventFilter(self)

    def register(self, name: str, provider: Provider) -> None:
        self._providers[name] = provider

    def actions_at(self, position: int) -> list[QAction]:
        found: list[QAction] = []
        for provider in self._providers.values():
            found.extend(provider(position))
        return found

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            position = self._editor.cursorForPosition(event.pos()).position()
            extra = self.actions_at(position)
            if not extra:
                return False
            menu = self._editor.createStandardContextMenu(event.pos())
            first = menu.actions()[0] if menu.actions() else None
            for action in extra:
                action.setParent(menu)
                if first is None:
                    menu.addAction(action)
                else:
                    menu.insertAction(first, action)
            if first is not None:
                menu.insertSeparator(first)
            menu.exec(event.globalPos())
            menu.deleteLater()
            return True
        return False


def context_menu_for(editor: QPlainTextEdit) -> ContextMenuExtender:
    found = editor.findChild(ContextMenuExtender, "contextMenuExtender")
    return found if found is not None else ContextMenuExtender(editor)
