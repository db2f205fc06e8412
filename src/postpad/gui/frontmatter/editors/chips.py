"""Chips with add/remove for tags, keywords and other lists of plain values."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from postpad.gui.frontmatter.editors.base import FieldEditor
from postpad.gui.frontmatter.editors.flow import FlowLayout, flow_policy

# Typing one of these in the input adds the chip (half- and full-width commas for Chinese IMEs).
_SEPARATORS = (",", "，", "、")


def _is_plain(item: object) -> bool:
    return item is None or isinstance(item, str | int | float | bool)


class Chip(QFrame):
    """One value with a remove button."""

    remove_requested = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(text, self)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("×")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(self.tr("Remove “%1”").replace("%1", text))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.remove_button)
        self.remove_button.clicked.connect(self.remove_requested)


class ChipList(QWidget):
    """Chips in a wrapping row plus an input that adds one on Enter or a comma."""

    items_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None, *, separator: str = "") -> None:
        super().__init__(parent)
        self.separator = separator  # drawn between chips (› for a category path)
        self._items: list[object] = []
        self._layout = FlowLayout(self)
        self.setSizePolicy(flow_policy())
        self.input = QLineEdit(self)
        self.input.setPlaceholderText(self.tr("Add…"))
        self.input.setMinimumWidth(80)
        self.input.setMaximumWidth(160)
        self.input.returnPressed.connect(self._add_from_input)
        self.input.textEdited.connect(self._on_typed)
        self._layout.addWidget(self.input)

    def items(self) -> list[object]:
        return list(self._items)

    def set_items(self, items: Sequence[object]) -> None:
        self._items = list(items)
        self._rebuild()

    def set_completions(self, words: list[str]) -> None:
        completer = QCompleter(words, self.input)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(lambda _text: self._add_from_input())
        self.input.setCompleter(completer)

    def add(self, text: str) -> None:
        text = text.strip()
        if text and text not in [str(item) for item in self._items]:
            self._items.append(text)
            self._rebuild()
            self.items_changed.emit(self.items())

    def remove_at(self, index: int) -> None:
        del self._items[index]
        self._rebuild()
        self.items_changed.emit(self.items())

    def chip_texts(self) -> list[str]:
        return [chip.label.text() for chip in self.findChildren(Chip) if not chip.isHidden()]

    def _on_typed(self, text: str) -> None:
        if text and text[-1] in _SEPARATORS:
            self.input.setText(text[:-1])
            self._add_from_input()

    def _add_from_input(self) -> None:
        text = self.input.text()
        self.input.clear()
        self.add(text)

    def _rebuild(self) -> None:
        while self._layout.count() > 1:
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # may be the sender of the signal being handled: delete later
                widget.deleteLater()
        for index, value in enumerate(self._items):
            if index and self.separator:
                self._layout.insertWidget(self._layout.count() - 1, QLabel(self.separator, self))
            chip = Chip("" if value is None else str(value), self)
            chip.remove_requested.connect(lambda i=index: self.remove_at(i))
            self._layout.insertWidget(self._layout.count() - 1, chip)
        self.updateGeometry()


class TagsEditor(FieldEditor):
    """A list of plain values as chips. A single string stays a string while it is one value.

    ``space_separated``: Jekyll reads ``tags: a b`` as two tags; such a string is shown as chips
    and written back as a space-separated string while no value contains a space.
    """

    def __init__(self, parent: QWidget | None = None, *, space_separated: bool = False) -> None:
        super().__init__(parent)
        self.space_separated = space_separated
        self.chips = ChipList(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chips)
        self.chips.items_changed.connect(self._on_items)

    @classmethod
    def accepts(cls, value: object) -> bool:
        if isinstance(value, list):
            return all(_is_plain(item) for item in value)
        return _is_plain(value) and not isinstance(value, bool)

    def _show(self, value: object) -> None:
        if value is None:
            self.chips.set_items([])
        elif isinstance(value, list):
            self.chips.set_items([item for item in value if item is not None])
        elif self.space_separated and isinstance(value, str):
            self.chips.set_items(value.split())
        else:
            self.chips.set_items([value])

    def _on_items(self, items: list[object]) -> None:
        was_scalar = self.value() is not None and not isinstance(self.value(), list)
        if self.space_separated and isinstance(self.value(), str):
            words = [str(item) for item in items]
            if not any(" " in word for word in words):
                self._commit(" ".join(words) if words else None)
                return
        if not items:
            self._commit(None if was_scalar or self.value() is None else [])
        elif len(items) == 1 and was_scalar:
            self._commit(items[0])
        else:
            self._commit(items)
