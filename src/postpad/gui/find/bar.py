"""The find and replace bar, working on any QPlainTextEdit.

Matches are computed with Python ``re`` over the editor's plain text (see ``engine``), shown as
a highlight layer, and the current one is the editor's selection. "In selection" remembers the
selected range as a QTextCursor, which follows edits made inside it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from postpad.core.text.find import FindOptions, compile_pattern, find_all, replacement_for
from postpad.gui.i18n import keep_translated
from postpad.gui.named import named

if TYPE_CHECKING:
    from postpad.gui.editor.textspans import Utf16Index

MAX_HIGHLIGHTS = 5000
"""More matches than this are counted but not all painted (painting is the slow part)."""


class FindBar(QWidget):
    """Find/replace for one editor at a time (``set_editor``)."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._editor: QPlainTextEdit | None = None
        self._scope: QTextCursor | None = None
        self._refresh = QTimer(self, singleShot=True, interval=150)
        self._refresh.timeout.connect(self.update_matches)
        self._build()
        self._wire()
        self.hide()

    # --- construction ----------------------------------------------------------------------
    def _build(self) -> None:
        self.find_edit = named(QLineEdit(self), "findText")
        self.replace_edit = named(QLineEdit(self), "replaceText")
        for edit in (self.find_edit, self.replace_edit):
            edit.setClearButtonEnabled(True)
        self.previous_button = _tool_button(self, "↑", "findPrevious")
        self.next_button = _tool_button(self, "↓", "findNext")
        self.case_box = named(QCheckBox(self), "matchCase")
        self.word_box = named(QCheckBox(self), "wholeWord")
        self.regex_box = named(QCheckBox(self), "regex")
        self.selection_box = named(QCheckBox(self), "inSelection")
        self.count_label = named(QLabel(self), "matchCount")
        self.close_button = _tool_button(self, "✕", "closeFind")
        self.replace_button = named(QPushButton(self), "replaceOne")
        self.replace_all_button = named(QPushButton(self), "replaceAll")
        keep_translated(self, self._retranslate)
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 3, 6, 3)
        grid.addWidget(self.find_edit, 0, 0)
        grid.addWidget(self.previous_button, 0, 1)
        grid.addWidget(self.next_button, 0, 2)
        for column, box in enumerate(
            (self.case_box, self.word_box, self.regex_box, self.selection_box), start=3
        ):
            grid.addWidget(box, 0, column)
        grid.addWidget(self.count_label, 0, 7)
        grid.addWidget(self.close_button, 0, 8)
        grid.addWidget(self.replace_edit, 1, 0)
        grid.addWidget(self.replace_button, 1, 1, 1, 3)
        grid.addWidget(self.replace_all_button, 1, 4, 1, 2)
        grid.setColumnStretch(0, 1)

    def _wire(self) -> None:
        self.find_edit.textChanged.connect(self._on_query_changed)
        for box in (self.case_box, self.word_box, self.regex_box):
            box.toggled.connect(self._on_query_changed)
        self.selection_box.toggled.connect(self._on_scope_toggled)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close_bar)
        self.find_edit.installEventFilter(self)
        self.replace_edit.installEventFilter(self)

    # --- public API ------------------------------------------------------------------------
    def set_editor(self, editor: QPlainTextEdit | None) -> None:
        """Search ``editor`` from now on (the current tab's editor)."""
        from postpad.gui.editor.textspans import layers_for

        if self._editor is not None:
            layers_for(self._editor).clear("find")
            self._editor.textChanged.disconnect(self._schedule_refresh)
        self._editor = editor
        self._scope = None
        self.selection_box.setChecked(False)
        if editor is not None:
            editor.textChanged.connect(self._schedule_refresh)
        if self.isVisible():
            self.update_matches()

    def editor(self) -> QPlainTextEdit | None:
        return self._editor

    def open_bar(self, *, replace: bool = False) -> None:
        """Show the bar (with the replace row when ``replace``) and focus the find field."""
        self.replace_edit.setVisible(replace)
        self.replace_button.setVisible(replace)
        self.replace_all_button.setVisible(replace)
        cursor = self._editor.textCursor() if self._editor is not None else None
        if cursor is not None and cursor.hasSelection():
            selected = cursor.selectedText()
            if "\u2029" in selected:  # several lines selected: search inside them
                self.selection_box.setChecked(True)
            else:
                self.find_edit.setText(selected)
        self.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()
        self.update_matches()

    def close_bar(self) -> None:
        from postpad.gui.editor.textspans import layers_for

        if self._editor is not None:
            layers_for(self._editor).clear("find")
            self._editor.setFocus()
        self.hide()
        self.closed.emit()

    def options(self) -> FindOptions:
        return FindOptions(
            self.find_edit.text(),
            case_sensitive=self.case_box.isChecked(),
            whole_word=self.word_box.isChecked(),
            regex=self.regex_box.isChecked(),
        )

    def matches(self) -> tuple[list[re.Match[str]], Utf16Index]:
        """Current matches (code-point offsets) and the index to turn them into Qt positions."""
        from postpad.gui.editor.textspans import Utf16Index

        if self._editor is None:
            return [], Utf16Index("")
        text = self._editor.toPlainText()
        index = Utf16Index(text)
        try:
            pattern = compile_pattern(self.options())
        except re.error:
            return [], index
        if pattern is None:
            return [], index
        start, end = 0, len(text)
        if self._scope is not None:
            start = index.from_qt(self._scope.selectionStart())
            end = index.from_qt(self._scope.selectionEnd())
        return find_all(pattern, text, start, end), index

    def match_count(self) -> int:
        return len(self.matches()[0])

    def find_next(self) -> bool:
        return self._step(forward=True)

    def find_previous(self) -> bool:
        return self._step(forward=False)

    def replace_current(self) -> bool:
        """Replace the selected match (if the selection is one) and move to the next one."""
        if self._editor is None:
            return False
        cursor = self._editor.textCursor()
        found, index = self.matches()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        for match in found:
            if (index.to_qt(match.start()), index.to_qt(match.end())) == (start, end):
                regex = self.regex_box.isChecked()
                cursor.insertText(replacement_for(match, self.replace_edit.text(), regex=regex))
                self._editor.setTextCursor(cursor)
                break
        self.update_matches()
        return self.find_next()

    def replace_all(self) -> int:
        """Replace every match (in the scope) as one undo step; returns how many."""
        if self._editor is None:
            return 0
        found, index = self.matches()
        if not found:
            return 0
        regex = self.regex_box.isChecked()
        template = self.replace_edit.text()
        edit = QTextCursor(self._editor.document())
        edit.beginEditBlock()
        for match in reversed(found):  # back to front: earlier positions stay valid
            edit.setPosition(index.to_qt(match.start()))
            edit.setPosition(index.to_qt(match.end()), QTextCursor.MoveMode.KeepAnchor)
            edit.insertText(replacement_for(match, template, regex=regex))
        edit.endEditBlock()
        self.update_matches()
        self.count_label.setText(self.tr("%n replaced", "", len(found)))
        return len(found)

    # --- internals -------------------------------------------------------------------------
    def _step(self, *, forward: bool) -> bool:
        from postpad.gui.editor.textspans import cursor_for

        if self._editor is None:
            return False
        found, index = self.matches()
        if not found:
            self.update_matches()
            return False
        cursor = self._editor.textCursor()
        spans = [(index.to_qt(m.start()), index.to_qt(m.end())) for m in found]
        if forward:
            after = cursor.selectionEnd()
            chosen = next((s for s in spans if s[0] >= after), spans[0])
        else:
            before = cursor.selectionStart()
            chosen = next((s for s in reversed(spans) if s[0] < before), spans[-1])
        self._editor.setTextCursor(cursor_for(self._editor, *chosen))
        self._editor.centerCursor()
        self._show_count(spans, chosen)
        return True

    def _on_query_changed(self) -> None:
        self.update_matches()
        if self._editor is not None and self.find_edit.hasFocus():
            self._incremental_search()

    def _incremental_search(self) -> None:
        """As the user types, select the first match at or after the selection's start."""
        from postpad.gui.editor.textspans import cursor_for

        assert self._editor is not None
        found, index = self.matches()
        if not found:
            return
        start = self._editor.textCursor().selectionStart()
        spans = [(index.to_qt(m.start()), index.to_qt(m.end())) for m in found]
        chosen = next((s for s in spans if s[0] >= start), spans[0])
        self._editor.setTextCursor(cursor_for(self._editor, *chosen))
        self._editor.centerCursor()
        self._show_count(spans, chosen)

    def _on_scope_toggled(self, checked: bool) -> None:
        self._scope = None
        if checked and self._editor is not None:
            cursor = self._editor.textCursor()
            if cursor.hasSelection():
                self._scope = QTextCursor(cursor)
            else:
                self.selection_box.setChecked(False)
                return
        self.update_matches()

    def _schedule_refresh(self) -> None:
        if self.isVisible():
            self._refresh.start()

    def update_matches(self) -> None:
        """Recount, repaint the highlight layer and refresh the count label."""
        from postpad.gui.editor.textspans import layers_for

        if self._editor is None:
            self.count_label.clear()
            return
        try:
            compile_pattern(self.options())
        except re.error as error:
            self.count_label.setText(self.tr("Invalid pattern: %1").replace("%1", str(error.msg)))
            layers_for(self._editor).clear("find")
            return
        found, index = self.matches()
        spans = [(index.to_qt(m.start()), index.to_qt(m.end())) for m in found]
        self._paint(spans[:MAX_HIGHLIGHTS])
        cursor = self._editor.textCursor()
        current = (cursor.selectionStart(), cursor.selectionEnd())
        self._show_count(spans, current if current in spans else None)

    def _show_count(self, spans: list[tuple[int, int]], current: tuple[int, int] | None) -> None:
        if not self.find_edit.text():
            self.count_label.clear()
        elif not spans:
            self.count_label.setText(self.tr("No results"))
        elif current is None:
            self.count_label.setText(self.tr("%n match(es)", "", len(spans)))
        else:
            position = spans.index(current) + 1 if current in spans else 0
            self.count_label.setText(
                self.tr("%1 of %2").replace("%1", str(position)).replace("%2", str(len(spans)))
            )

    def _retranslate(self) -> None:
        self.find_edit.setPlaceholderText(self.tr("Find"))
        self.replace_edit.setPlaceholderText(self.tr("Replace with ($1 for a group)"))
        self.previous_button.setToolTip(self.tr("Find previous (Shift+F3)"))
        self.next_button.setToolTip(self.tr("Find next (F3)"))
        self.case_box.setText(self.tr("Match case"))
        self.word_box.setText(self.tr("Whole word"))
        self.regex_box.setText(self.tr("Regular expression"))
        self.selection_box.setText(self.tr("In selection"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.replace_button.setText(self.tr("Replace"))
        self.replace_all_button.setText(self.tr("Replace All"))
        if self.count_label.text():
            self.update_matches()  # the match count, in the new language, at once

    def _paint(self, spans: list[tuple[int, int]]) -> None:
        from postpad.gui.editor.textspans import ExtraSelection, cursor_for, layers_for

        assert self._editor is not None
        highlight = QTextCharFormat()
        highlight.setBackground(QColor(255, 214, 0, 110))
        selections: list[ExtraSelection] = []
        for start, end in spans:
            selection = ExtraSelection()
            selection.cursor = cursor_for(self._editor, start, end)
            selection.format = highlight
            selections.append(selection)
        layers_for(self._editor).set("find", selections)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                if watched is self.replace_edit and not shift:
                    self.replace_current()
                elif shift:
                    self.find_previous()
                else:
                    self.find_next()
                return True
        return super().eventFilter(watched, event)


def _tool_button(parent: QWidget, text: str, object_name: str) -> QToolButton:
    button = named(QToolButton(parent), object_name)
    button.setText(text)
    return button
