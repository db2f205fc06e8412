"""A checkbox for true/false keys; always writes bare booleans (never yes/no or quoted)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from postpad.gui.frontmatter.editors.base import FieldEditor


class BoolEditor(FieldEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        self.box.clicked.connect(lambda checked: self._commit(bool(checked)))

    @classmethod
    def accepts(cls, value: object) -> bool:
        return value is None or isinstance(value, bool)

    def _show(self, value: object) -> None:
        self.box.setChecked(value is True)
        self.box.setText(self.tr("(empty)") if value is None else "")
