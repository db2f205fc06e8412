"""Hexo categories: one path (``[A, B]`` = A › B) or several categories (a list of lists).

Hexo reads a flat list as ONE hierarchy and a list containing lists as several (decision 0032),
which authors routinely get wrong; the editor names the two meanings and previews the tree.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from postpad.gui.frontmatter.editors.base import FieldEditor
from postpad.gui.frontmatter.editors.chips import ChipList
from postpad.gui.frontmatter.editors.flow import ReflowRow

Path = list[str]


def paths_of(value: object) -> tuple[bool, list[Path]]:
    """(several, paths) for a categories value as Hexo reads it."""
    if value is None or value == []:
        return False, []
    if not isinstance(value, list):
        return False, [[str(value)]]
    if any(isinstance(item, list) for item in value):
        paths = [
            [str(part) for part in item] if isinstance(item, list) else [str(item)]
            for item in value
            if item is not None
        ]
        return True, paths
    return False, [[str(item) for item in value if item is not None]]


def value_of(several: bool, paths: list[Path], *, scalar_ok: bool) -> object:
    """The YAML value for paths; several single-level categories must still be lists."""
    paths = [path for path in paths if path]
    if not several:
        path = paths[0] if paths else []
        if not path:
            return None
        return path[0] if len(path) == 1 and scalar_ok else path
    if any(len(path) > 1 for path in paths):
        return [path if len(path) > 1 else path[0] for path in paths]
    return [list(path) for path in paths]


class CategoriesEditor(FieldEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._completions: list[str] = []
        self.one_path = QRadioButton(self.tr("One path (A › B)"), self)
        self.several = QRadioButton(self.tr("Several categories"), self)
        self.one_path.setToolTip(
            self.tr("A list is one hierarchy: [A, B] files the post under A › B")
        )
        self.several.setToolTip(self.tr("Each entry is its own category path"))
        group = QButtonGroup(self)
        group.addButton(self.one_path)
        group.addButton(self.several)
        self.rows_box = QVBoxLayout()
        self.add_button = QPushButton(self.tr("Add category"), self)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setToolTip(self.tr("The categories this post will be filed under"))
        self.modes = ReflowRow(self)  # the two radios stack when the pane is narrow
        self.modes.add(self.one_path)
        self.modes.add(self.several)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.modes)
        layout.addLayout(self.rows_box)
        layout.addWidget(self.add_button)
        layout.addWidget(QLabel(self.tr("Result:"), self))
        layout.addWidget(self.tree)
        self._several = False
        self._paths: list[Path] = []
        self.one_path.clicked.connect(lambda: self._switch(False))
        self.several.clicked.connect(lambda: self._switch(True))
        self.add_button.clicked.connect(self._add_path)

    @classmethod
    def accepts(cls, value: object) -> bool:
        if isinstance(value, list):
            return all(
                item is None
                or isinstance(item, str | int | float)
                or (isinstance(item, list) and all(isinstance(p, str | int | float) for p in item))
                for item in value
            )
        return value is None or isinstance(value, str | int | float)

    def set_completions(self, words: list[str]) -> None:
        self._completions = list(words)
        for chips in self.findChildren(ChipList):
            chips.set_completions(self._completions)

    def paths(self) -> list[Path]:
        return [list(path) for path in self._paths]

    def is_several(self) -> bool:
        return self._several

    def _show(self, value: object) -> None:
        self._several, self._paths = paths_of(value)
        self._rebuild()

    def _rebuild(self) -> None:
        self.one_path.setChecked(not self._several)
        self.several.setChecked(self._several)
        self.one_path.setEnabled(len([p for p in self._paths if p]) <= 1)
        self.add_button.setVisible(self._several)
        while self.rows_box.count():
            item = self.rows_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # may be the sender of the signal being handled: delete later
                widget.deleteLater()
        shown = self._paths if (self._paths or self._several) else [[]]
        for index, path in enumerate(shown):
            self.rows_box.addWidget(self._path_row(index, path))
        self._fill_tree()

    def _path_row(self, index: int, path: Path) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        chips = ChipList(row, separator="›")
        chips.set_items(path)
        chips.set_completions(self._completions)
        chips.items_changed.connect(lambda items, i=index: self._set_path(i, items))
        layout.addWidget(chips, 1)
        if self._several:
            remove = QToolButton(row)
            remove.setText("×")
            remove.setToolTip(self.tr("Remove this category"))
            remove.clicked.connect(lambda _checked=False, i=index: self._remove_path(i))
            layout.addWidget(remove)
        return row

    def _fill_tree(self) -> None:
        self.tree.clear()
        nodes: dict[tuple[str, ...], QTreeWidgetItem] = {}
        for path in self._paths:
            for depth in range(len(path)):
                key = tuple(path[: depth + 1])
                if key in nodes:
                    continue
                parent = nodes.get(key[:-1])
                item = QTreeWidgetItem([path[depth]])
                if parent is None:
                    self.tree.addTopLevelItem(item)
                else:
                    parent.addChild(item)
                nodes[key] = item
        self.tree.expandAll()
        rows = max(1, min(len(nodes), 6))
        self.tree.setFixedHeight(rows * (self.tree.fontMetrics().height() + 6) + 8)

    def tree_paths(self) -> list[str]:
        """Every node of the preview tree as 'A › B' (for tests and accessibility)."""
        found: list[str] = []

        def walk(item: QTreeWidgetItem, prefix: str) -> None:
            name = prefix + item.text(0)
            found.append(name)
            for index in range(item.childCount()):
                child = item.child(index)
                if child is not None:
                    walk(child, name + " › ")

        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            if top is not None:
                walk(top, "")
        return found

    def _set_path(self, index: int, items: list[object]) -> None:
        while len(self._paths) <= index:
            self._paths.append([])
        self._paths[index] = [str(item) for item in items]
        self._write()

    def _remove_path(self, index: int) -> None:
        if index < len(self._paths):
            del self._paths[index]
        self._write()

    def _add_path(self) -> None:
        self._paths.append([])
        self._rebuild()

    def _switch(self, several: bool) -> None:
        if several == self._several:
            return
        self._several = several
        self._write()

    def _write(self) -> None:
        scalar_ok = not isinstance(self.value(), list)
        self._commit(value_of(self._several, self._paths, scalar_ok=scalar_ok))
        self._rebuild()
