"""One value editor per config key kind: checkbox, combo, number, text, or one YAML flow value.

Each editor emits ``edited(value)`` once the user has finished a change (a click, Enter or
leaving the field), never while typing, so every edit is one undo step in the document.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from postpad.core.errors import FrontMatterError
from postpad.core.frontmatter.emit import emit_flow
from postpad.core.frontmatter.yaml_codec import load_yaml
from postpad.core.siteconfig import ValueKind
from postpad.core.siteconfig.schema import ConfigField


def value_text(value: object) -> str:
    """A value as the YAML editors show it: text as is, anything else in flow style."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    return emit_flow(value)


def parse_flow(text: str) -> object:
    """One YAML flow value typed by the user (``[a, b]``, ``true``, ``3``); empty = null."""
    parsed = load_yaml(f"value: {text}\n") if "\n" not in text else {}
    if list(parsed) != ["value"]:
        raise FrontMatterError("not one YAML value")
    return parsed["value"]


class ValueEditor(QWidget):
    """Base: ``set_value`` shows a value without emitting ``edited``."""

    edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def set_value(self, value: object) -> None:
        raise NotImplementedError


class BoolEditor(ValueEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self)
        self._layout.addWidget(self.box)
        self.box.clicked.connect(lambda checked: self.edited.emit(bool(checked)))

    def set_value(self, value: object) -> None:
        self.box.setChecked(value is True)


class ChoiceEditor(ValueEditor):
    def __init__(self, choices: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.addItems(list(choices))
        self._layout.addWidget(self.combo)
        self.combo.activated.connect(lambda _index: self.edited.emit(self._value()))

    def _value(self) -> object:
        """The chosen option; ``true``/``false`` are booleans (Butterfly's "false" option is
        the boolean, a quoted 'false' would be a theme name) and an empty choice is empty."""
        text = self.combo.currentText()
        if text in ("true", "false"):
            return text == "true"
        return text or None

    def set_value(self, value: object) -> None:
        text = ("true" if value else "false") if isinstance(value, bool) else value_text(value)
        self.combo.setCurrentText(text)


class LineEditor(ValueEditor):
    """Text, a number or a YAML flow value in one line; a bad number or YAML is marked red."""

    def __init__(self, kind: ValueKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.line = QLineEdit(self)
        self.line.setClearButtonEnabled(False)
        self._layout.addWidget(self.line)
        self._shown = ""
        self.line.editingFinished.connect(self._finish)

    def set_value(self, value: object) -> None:
        self._shown = value_text(value)
        if not self.line.hasFocus() or self.line.text() == self._shown:
            self.line.setText(self._shown)
        self._mark(True)

    def _finish(self) -> None:
        text = self.line.text()
        if text == self._shown:
            return
        try:
            value = self._parsed(text)
        except (FrontMatterError, ValueError):
            self._mark(False)
            return
        self._mark(True)
        self._shown = text
        self.edited.emit(value)

    def _parsed(self, text: str) -> object:
        if self.kind is ValueKind.TEXT:
            return text
        if self.kind is ValueKind.NUMBER:
            stripped = text.strip()
            return int(stripped) if stripped.lstrip("-+").isdigit() else float(stripped)
        return parse_flow(text)

    def _mark(self, good: bool) -> None:
        self.line.setStyleSheet("" if good else "border: 1px solid #d33;")
        self.line.setProperty("invalid", not good)


def editor_kind(field: ConfigField, value: object) -> ValueKind:
    """The editor a value gets: the field's kind, or YAML when the file holds another shape
    (so nothing the file holds is turned into text by mistake)."""
    kind = field.kind
    if kind is ValueKind.BOOL and not isinstance(value, bool | None):
        return ValueKind.YAML
    if kind is ValueKind.CHOICE and isinstance(value, bool) and str(value).lower() in field.choices:
        return ValueKind.CHOICE
    if kind in (ValueKind.TEXT, ValueKind.CHOICE) and not isinstance(value, str | None):
        return ValueKind.YAML
    if kind is ValueKind.NUMBER and (isinstance(value, bool) or not isinstance(value, int | float)):
        return ValueKind.YAML
    return ValueKind.YAML if kind is ValueKind.LIST else kind


def make_editor(field: ConfigField, value: object, parent: QWidget | None = None) -> ValueEditor:
    """The editor for ``field`` showing ``value``."""
    kind = editor_kind(field, value)
    editor: ValueEditor
    if kind is ValueKind.BOOL:
        editor = BoolEditor(parent)
    elif kind is ValueKind.CHOICE:
        editor = ChoiceEditor(field.choices, parent)
    else:
        editor = LineEditor(kind, parent)
    editor.setProperty("valueKind", str(kind))
    editor.set_value(value)
    return editor
