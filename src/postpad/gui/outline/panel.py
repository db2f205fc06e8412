"""The outline panel: the post's headings as a tree, from the core render result.

The panel never parses Markdown itself: it shows ``Rendered.outline`` (the one parse shared with
the preview), so it is current whenever the preview is. Entries are read by attribute name
(``level``, ``text``, ``line``), with the obvious alternatives accepted.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

LINE_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Heading:
    """One outline entry as the panel uses it (1-based file line)."""

    level: int
    text: str
    line: int


def _field(entry: Any, *names: str) -> Any:
    for name in names:
        if isinstance(entry, dict) and name in entry:
            return entry[name]
        if hasattr(entry, name):
            return getattr(entry, name)
    return None


def headings_from(outline: Iterable[Any]) -> list[Heading]:
    """Normalise the core's outline entries (dataclasses, dicts or (level, text, line) tuples)."""
    headings: list[Heading] = []
    for entry in outline:
        if isinstance(entry, tuple) and len(entry) >= 3:
            level, text, line = entry[0], entry[1], entry[2]
        else:
            level = _field(entry, "level", "depth")
            text = _field(entry, "text", "title", "content")
            line = _field(entry, "line", "first_line", "start_line")
        if level is None or text is None or line is None:
            continue
        headings.append(Heading(int(level), str(text), int(line)))
    return headings


class OutlinePanel(QTreeWidget):
    """Headings nested by level; activating one emits ``heading_activated(line)``."""

    heading_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outlinePanel")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self._headings: list[Heading] = []
        self._items: list[QTreeWidgetItem] = []
        self._lines: list[int] = []
        self.itemActivated.connect(self._on_item)
        self.itemClicked.connect(self._on_item)

    def headings(self) -> list[Heading]:
        return list(self._headings)

    def set_outline(self, outline: Iterable[Any]) -> None:
        """Show ``outline``; rebuilt only when the headings changed (keeps scroll and selection)."""
        headings = headings_from(outline)
        if headings == self._headings:
            return
        self._headings = headings
        self._lines = [heading.line for heading in headings]
        self.clear()
        self._items = []
        stack: list[tuple[int, QTreeWidgetItem]] = []
        for heading in headings:
            while stack and stack[-1][0] >= heading.level:
                stack.pop()
            parent = stack[-1][1] if stack else self.invisibleRootItem()
            item = QTreeWidgetItem(parent, [heading.text])
            item.setData(0, LINE_ROLE, heading.line)
            item.setToolTip(0, heading.text)
            stack.append((heading.level, item))
            self._items.append(item)
        self.expandAll()

    def items(self) -> list[QTreeWidgetItem]:
        """All items in document order."""
        return list(self._items)

    def mark_line(self, line: int) -> None:
        """Select the heading of the section that contains ``line`` (as the cursor moves)."""
        index = bisect_right(self._lines, line) - 1
        current = self._items[index] if index >= 0 else None
        if current is self.currentItem():
            return
        self.blockSignals(True)
        try:
            if current is not None:
                self.setCurrentItem(current)
            else:
                self.clearSelection()
        finally:
            self.blockSignals(False)

    def _on_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.heading_activated.emit(int(item.data(0, LINE_ROLE)))
