"""The site panel's list in a narrow dock: the Categories column steps aside for the titles.

A first run's side docks are 220 px wide (``gui/window_docks``); the Date, State and Categories
columns then left the titles about 55 px ("秋夜读书小记…" showed as "秋夜…"). The categories keep
their own filter above the list, so while the titles would be narrower than ``TITLE_CHARS``
Chinese characters that column is hidden, and it comes back when the dock is widened. Date and State
(a broken post's "⚠ Broken") always stay.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTreeView

#: the titles keep room for at least this many Chinese characters (a full-width glyph each)
TITLE_CHARS = 8
DATE, STATE, CATEGORIES = 1, 2, 3


class NarrowColumns(QObject):
    """Watches ``view``'s viewport and hides Categories while the titles lack room."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        view, header = self._view, self._view.header()
        title = title_room(view)
        others = sum(header.sectionSize(column) for column in (DATE, STATE, CATEGORIES))
        view.setColumnHidden(CATEGORIES, view.viewport().width() < title + others)


def title_room(view: QTreeView) -> int:
    """The least width the titles keep, in ``view``'s font."""
    return view.fontMetrics().horizontalAdvance("中") * TITLE_CHARS
