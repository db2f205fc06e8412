"""Integer and decimal keys (sticky, weight, order)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QSpinBox, QVBoxLayout, QWidget

from postpad.gui.frontmatter.editors.base import FieldEditor
from postpad.gui.frontmatter.editors.wheel import wheel_only_when_focused

_LIMIT = 2_000_000_000


class DecimalSpinBox(QDoubleSpinBox):
    """Six decimals kept, but shown as written: ``0.5``, not ``0.500000`` (one zero is kept, so a
    decimal key still reads as one)."""

    def textFromValue(self, value: float) -> str:
        text = super().textFromValue(value)
        point = self.locale().decimalPoint()
        if point not in text:
            return text
        text = text.rstrip("0")
        return text + "0" if text.endswith(point) else text


class NumberEditor(FieldEditor):
    """A spin box; a float value gets a decimal box. Commits on Enter, focus-out and arrows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.spin: QSpinBox | QDoubleSpinBox | None = None

    @classmethod
    def accepts(cls, value: object) -> bool:
        return value is None or (isinstance(value, int | float) and not isinstance(value, bool))

    def _show(self, value: object) -> None:
        decimal = isinstance(value, float)
        if self.spin is None or isinstance(self.spin, QDoubleSpinBox) != decimal:
            self._make_spin(decimal)
        assert self.spin is not None
        self.spin.blockSignals(True)
        self.spin.setValue(value if isinstance(value, int | float) else 0)  # type: ignore[arg-type]
        self.spin.blockSignals(False)

    def _make_spin(self, decimal: bool) -> None:
        if self.spin is not None:
            self.spin.deleteLater()
        spin: QSpinBox | QDoubleSpinBox = DecimalSpinBox(self) if decimal else QSpinBox(self)
        spin.setRange(-_LIMIT, _LIMIT)
        if isinstance(spin, QDoubleSpinBox):
            spin.setDecimals(6)
        spin.setKeyboardTracking(False)
        wheel_only_when_focused(spin)
        spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        spin.valueChanged.connect(self._on_value)
        self._layout.addWidget(spin)
        self.spin = spin

    def _on_value(self, number: float) -> None:
        value: int | float = number if isinstance(self.spin, QDoubleSpinBox) else int(number)
        self._commit(value)
