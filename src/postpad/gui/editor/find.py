"""A find bar under the tabs (Ctrl+F), searching the current editor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)


class FindBar(QWidget):
    def __init__(
        self, editor_source: Callable[[], QPlainTextEdit | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._editor_source = editor_source
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("Find"))
        self.query.setClearButtonEnabled(True)
        self.case = QCheckBox(self.tr("Match case"), self)
        previous = QToolButton(self)
        previous.setText("↑")
        previous.setToolTip(self.tr("Find previous"))
        following = QToolButton(self)
        following.setText("↓")
        following.setToolTip(self.tr("Find next"))
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        for widget in (self.query, previous, following, self.case, close):
            layout.addWidget(widget)
        self.query.returnPressed.connect(self.find_next)
        following.clicked.connect(self.find_next)
        previous.clicked.connect(self.find_previous)
        close.clicked.connect(self.dismiss)
        self.hide()

    def start(self) -> None:
        editor = self._editor_source()
        if editor is not None and editor.textCursor().hasSelection():
            self.query.setText(editor.textCursor().selectedText())
        self.show()
        self.query.setFocus()
        self.query.selectAll()

    def dismiss(self) -> None:
        self.hide()
        editor = self._editor_source()
        if editor is not None:
            editor.setFocus()

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _find(self, backward: bool) -> bool:
        editor = self._editor_source()
        text = self.query.text()
        if editor is None or not text:
            return False
        flags = QTextDocument.FindFlag(0)
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        if self.case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if editor.find(text, flags):
            return True
        # Wrap around once.
        cursor = editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End if backward else cursor.MoveOperation.Start)
        editor.setTextCursor(cursor)
        return editor.find(text, flags)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            return
        super().keyPressEvent(event)
