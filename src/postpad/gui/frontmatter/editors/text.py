"""Single-line and multi-line text editors."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from postpad.gui.frontmatter.editors.base import FieldEditor, debounce


def _text_of(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _value_of(text: str) -> str | None:
    # An emptied field becomes an empty value (``key:``), as the author writes ``cover: ``.
    return text if text else None


def show_whole_value(line: QLineEdit) -> None:
    """Keep the field's whole text in its tooltip: a narrow pane shows only its start. An empty
    field has no tooltip of its own, so the row's help shows instead."""
    line.textChanged.connect(line.setToolTip)


class TextEditor(FieldEditor):
    """A line edit; patches the document after a typing pause, on Enter and on focus-out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        show_whole_value(self.line)
        self._timer = debounce(self, self.commit)
        self.line.textEdited.connect(lambda _text: self._timer.start())
        self.line.editingFinished.connect(self.commit)

    @classmethod
    def accepts(cls, value: object) -> bool:
        return value is None or (isinstance(value, str) and "\n" not in value)

    def _show(self, value: object) -> None:
        self.line.setText(_text_of(value))
        self.line.setCursorPosition(0)  # a long value shows its start; the tooltip has it all

    def commit(self) -> None:
        self._timer.stop()
        text = self.line.text()
        if text == _text_of(self.value()):
            return  # unchanged text keeps its type (a number shown as text stays a number)
        self._commit(_value_of(text))


class LongTextEditor(FieldEditor):
    """A few lines of plain text (description, excerpt, HTML notices)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 4 + 12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self._timer = debounce(self, self.commit)
        self.edit.textChanged.connect(self._on_changed)
        self.edit.installEventFilter(self)
        self._showing = False

    @classmethod
    def accepts(cls, value: object) -> bool:
        return value is None or isinstance(value, str)

    def _show(self, value: object) -> None:
        self._showing = True
        self.edit.setPlainText(_text_of(value))
        self._showing = False

    def _on_changed(self) -> None:
        if not self._showing:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            self.commit()
        return super().eventFilter(watched, event)

    def commit(self) -> None:
        self._timer.stop()
        text = self.edit.toPlainText()
        if text != _text_of(self.value()):
            self._commit(_value_of(text))
