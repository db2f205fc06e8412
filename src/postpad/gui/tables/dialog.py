"""Insert › Table…: ask for the number of columns and body rows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Tables", text)


class TableSizeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tableSizeDialog")
        self.setWindowTitle(_tr("Insert Table"))
        layout = QFormLayout(self)
        self.columns = QSpinBox(self, objectName="tableColumns", minimum=1, maximum=20, value=3)
        self.rows = QSpinBox(self, objectName="tableRows", minimum=1, maximum=200, value=2)
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
