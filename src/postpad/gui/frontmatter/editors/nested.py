"""A generic editor for nested values (mappings, lists of mappings): a tree with editable leaves.

Structure changes (new sub-keys) are made in the raw view; the tree edits the values in place.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from postpad.gui.frontmatter.editors.base import FieldEditor

_INT = re.compile(r"^[-+]?[0-9]+$")
_FLOAT = re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$")
_PATH_ROLE = Qt.ItemDataRole.UserRole
# rows the tree shows before it scrolls
MAX_ROWS = 10


def scalar_from_text(text: str, previous: object) -> object:
    """A typed leaf value: the previous type when the text still reads as it, else a string."""
    if text == "":
        return None
    lowered = text.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    if _INT.match(text) and not isinstance(previous, str):
        return int(text)
    if _FLOAT.match(text) and not isinstance(previous, str):
        return float(text)
    return text


def _leaf_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class NestedEditor(FieldEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Key"), self.tr("Value")])
        # no sideways scrolling (decision 0096): a scroll bar would cover the tree's only row
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self.tree.itemChanged.connect(self._on_item_changed)

    @classmethod
    def accepts(cls, value: object) -> bool:
        return True

    def _show(self, value: object) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        self._add_children(self.tree.invisibleRootItem(), value, ())
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.tree.blockSignals(False)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as its rows, up to ``MAX_ROWS`` (then it scrolls): a one-leaf mapping took
        the tree's default height, mostly empty, in a narrow form."""
        rows = 0
        iterator = [self.tree.invisibleRootItem()]
        while iterator:
            item = iterator.pop()
            for index in range(item.childCount()):
                rows += 1
                child = item.child(index)
                if child is not None:
                    iterator.append(child)
        row_height = self.tree.sizeHintForRow(0) if rows else self.tree.fontMetrics().height()
        header = self.tree.header().sizeHint().height()
        frame = 2 * self.tree.frameWidth()
        shown = max(1, min(rows, MAX_ROWS))
        self.tree.setFixedHeight(header + frame + shown * max(row_height, 1) + 2)

    def _add_children(
        self, parent: QTreeWidgetItem, value: object, path: tuple[object, ...]
    ) -> None:
        entries: list[tuple[object, object]]
        if isinstance(value, dict):
            entries = list(value.items())
        elif isinstance(value, list):
            entries = list(enumerate(value))
        else:
            entries = []
        for key, item_value in entries:
            label = f"[{key}]" if isinstance(key, int) else str(key)
            item = QTreeWidgetItem([label, ""])
            item.setData(0, _PATH_ROLE, (*path, key))
            parent.addChild(item)
            if isinstance(item_value, dict | list):
                self._add_children(item, item_value, (*path, key))
            else:
                item.setText(1, _leaf_text(item_value))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)

    def set_leaf(self, path: tuple[object, ...], text: str) -> None:
        """Edit one leaf as the user would (used by keyboard edits and tests)."""
        self._write_leaf(path, text)

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column == 1:
            self._write_leaf(tuple(item.data(0, _PATH_ROLE)), item.text(1))

    def _write_leaf(self, path: tuple[object, ...], text: str) -> None:
        value = _copy(self.value())
        container = value
        for step in path[:-1]:
            container = container[step]  # type: ignore[index]
        previous = container[path[-1]]  # type: ignore[index]
        container[path[-1]] = scalar_from_text(text, previous)  # type: ignore[index]
        self._commit(value)


def _copy(value: object) -> object:
    if isinstance(value, dict):
        return {key: _copy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copy(item) for item in value]
    return value
