"""A key with known values (Butterfly page ``type``, Hugo ``markup``); other text is allowed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from postpad.gui.frontmatter.editors.base import FieldEditor
from postpad.gui.frontmatter.editors.wheel import wheel_only_when_focused


class ChoiceEditor(FieldEditor):
    def __init__(self, choices: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        wheel_only_when_focused(self.combo)
        self.combo.setEditable(True)
        self.combo.addItem("")
        self.combo.addItems(list(choices))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        self.combo.activated.connect(lambda _index: self.commit())
        line = self.combo.lineEdit()
        if line is not None:
            line.editingFinished.connect(self.commit)

    @classmethod
    def accepts(cls, value: object) -> bool:
        return value is None or (isinstance(value, str) and "\n" not in value)

    def _show(self, value: object) -> None:
        self.combo.setCurrentText("" if value is None else str(value))

    def commit(self) -> None:
        text = self.combo.currentText().strip()
        current = "" if self.value() is None else str(self.value())
        if text != current:
            self._commit(text or None)
