"""Insert › Table…: ask for the number of columns and body rows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from postpad.gui.named import named


def _tr(text: str) -> str:
    return QCoreApplication.translate("Tables", text)


class TableSizeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tableSizeDialog")
        self.setWindowTitle(_tr("Insert Table"))
        layout = QFormLayout(self)
        self.columns = _spin_box(self, "tableColumns", 20, 3)
        self.rows = _spin_box(self, "tableRows", 200, 2)
        layout.addRow(_tr("&Columns:"), self.columns)
        layout.addRow(_tr("&Rows:"), self.rows)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)


def ask_table_size(parent: QWidget | None) -> tuple[int, int] | None:
    """(columns, body rows), or None when cancelled."""
    dialog = TableSizeDialog(parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.columns.value(), dialog.rows.value()
    finally:
        dialog.deleteLater()


def _spin_box(parent: QWidget, object_name: str, maximum: int, value: int) -> QSpinBox:
    box = named(QSpinBox(parent), object_name)
    box.setRange(1, maximum)
    box.setValue(value)
    return box
