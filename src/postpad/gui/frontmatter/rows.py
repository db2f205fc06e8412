"""One form row: the key (tooltip = schema help), a remove button, hints, and the value editor."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from postpad.core.fields import FieldSpec
from postpad.gui.frontmatter.editors.base import FieldEditor
from postpad.gui.frontmatter.field_labels import field_label


class FieldRow(QWidget):
    edited = Signal(str, object)  # key, new value
    remove_requested = Signal(str)

    def __init__(
        self,
        key: str,
        spec: FieldSpec | None,
        editor: FieldEditor,
        *,
        help_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.spec = spec
        self.editor = editor
        self.setObjectName(f"row:{key}")
        name = field_label(key)  # in the interface language, the key beside it (0223)
        self.label = QLabel(name or key, self)
        self.label.setObjectName("fieldKey")
        self.key_label = QLabel(key if name else "", self)
        self.key_label.setObjectName("fieldYamlKey")
        self.key_label.setProperty("postpadRole", "hint")  # coloured by the theme
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setContentsMargins(4, 0, 0, 0)
        self.key_label.setVisible(bool(name))
        if help_text:
            self.label.setToolTip(help_text)
            self.editor.setToolTip(help_text)
        self.label.setStyleSheet("font-weight: 600;" if spec is not None else "")
        # A long key is clipped rather than widening the pane; a short name keeps its width.
        clipped = self.key_label if name else self.label
        clipped.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hint = QLabel(self)
        self.hint.setObjectName("fieldHint")
        self.hint.setWordWrap(True)
        self.hint.setProperty("postpadRole", "hint")  # coloured by the theme
        self.hint.hide()
        self.remove_button = QToolButton(self)
        self.remove_button.setText("−")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(self.tr("Remove the field “%1”").replace("%1", key))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.label)
        top.addWidget(self.key_label, 1)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.editor)
        layout.addWidget(self.hint)
        self.editor.edited.connect(lambda value: self.edited.emit(self.key, value))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.key))

    @property
    def kind(self) -> str:
        return str(self.editor.property("fieldKind"))

    def set_hint(self, text: str) -> None:
        if text == self.hint.text():
            return  # re-reads happen on every header keystroke: touch widgets only on change
        self.hint.setText(text)
        self.hint.setVisible(bool(text))
