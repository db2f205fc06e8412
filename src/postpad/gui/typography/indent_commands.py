"""Format menu commands: indent paragraphs, remove indentation, auto-indent new paragraphs.

The core computes the edits; here they are applied to the editor's document as one undo step,
back to front, so the cursor and everything else in the document stay where they were.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextBlock, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from postpad.core.typography.indent import (
    INDENT_FORMS,
    TextEdit,
    indent_edits,
    indent_form_of,
    unindent_edits,
)
from postpad.gui.editor.textspans import Utf16Index

_LIST_OR_HEADING = ("#", "-", "*", "+", ">", "|", "```", "~~~", "{%", "{{", "<", "$$")


def selected_lines(editor: QPlainTextEdit) -> tuple[int, int] | None:
    """1-based first/last line of the selection, or ``None`` when nothing is selected."""
    cursor = editor.textCursor()
    if not cursor.hasSelection():
        return None
    document = editor.document()
    first = document.findBlock(cursor.selectionStart()).blockNumber() + 1
    last_block = document.findBlock(cursor.selectionEnd())
    last = last_block.blockNumber() + 1
    if cursor.selectionEnd() == last_block.position() and last > first:
        last -= 1  # a selection ending at a line's start does not include that line
    return first, last


def apply_text_edits(editor: QPlainTextEdit, text: str, edits: list[TextEdit]) -> int:
    """Apply core ``edits`` (code-point offsets into ``text``) as one undo step."""
    if not edits:
        return 0
    index = Utf16Index(text)
    cursor = QTextCursor(editor.document())
    cursor.beginEditBlock()
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        cursor.setPosition(index.to_qt(edit.start))
        cursor.setPosition(index.to_qt(edit.end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(edit.replacement)
    cursor.endEditBlock()
    return len(edits)


def indent(editor: QPlainTextEdit, form: str, *, each_line: bool = True) -> int:
    """Indent the selected paragraphs (all when nothing is selected); returns lines changed."""
    text = editor.toPlainText()
    lines = selected_lines(editor) or (None, None)
    edits = indent_edits(text, form, *lines, each_line=each_line)
    return apply_text_edits(editor, text, edits)


def unindent(editor: QPlainTextEdit, *, each_line: bool = True) -> int:
    """Remove paragraph indentation (the exact inverse of :func:`indent`)."""
    text = editor.toPlainText()
    lines = selected_lines(editor) or (None, None)
    edits = unindent_edits(text, None, *lines, each_line=each_line)
    return apply_text_edits(editor, text, edits)


class AutoIndenter(QObject):
    """After Enter at the end of an indented paragraph line, indents the new line the same way.

    Where the engine joins a paragraph's lines (``lines_break`` returns False: Hugo, Jekyll),
    Enter inside a paragraph continues it, so only the first line after a blank line that
    follows an indented paragraph is indented (decision 0221). The editor handles Enter first
    (list continuation and the like); the indentation is then joined to that same undo step.
    """

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self.setObjectName("autoIndenter")
        self._editor = editor
        self.enabled = False
        self.lines_break: Callable[[], bool] = lambda: True
        editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.enabled
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            block = self._editor.textCursor().block()
            if self.lines_break():
                form = indent_form_of(block.text())
                if form is not None:
                    QTimer.singleShot(0, lambda: self.indent_new_line(form))
            elif not block.text().strip():
                above = _paragraph_form(block.previous())
                if above is not None:
                    QTimer.singleShot(0, lambda: self.indent_new_line(above, after_blank=True))
        return False

    def indent_new_line(self, form: str, *, after_blank: bool = False) -> None:
        """Indent the cursor's (new, empty) line with ``form`` if the line above used it (or,
        ``after_blank``, if the line above is blank and the paragraph before it used it)."""
        cursor = self._editor.textCursor()
        block = cursor.block()
        previous = block.previous()
        if not previous.isValid() or cursor.positionInBlock() or indent_form_of(block.text()):
            return
        if after_blank:
            if previous.text().strip() or _paragraph_form(previous.previous()) != form:
                return
            self._insert(cursor, form)
            return
        stripped = previous.text().lstrip(" ")
        if indent_form_of(previous.text()) != form or stripped == INDENT_FORMS[form]:
            return  # an empty indented line ends the run, like an empty list item
        if stripped.startswith(_LIST_OR_HEADING):
            return
        self._insert(cursor, form)

    def _insert(self, cursor: QTextCursor, form: str) -> None:
        cursor.joinPreviousEditBlock()
        cursor.insertText(INDENT_FORMS[form])
        cursor.endEditBlock()
        self._editor.setTextCursor(cursor)


def _paragraph_form(last: QTextBlock) -> str | None:
    """The indentation form of the first line of the paragraph that ends with ``last``."""
    if not last.isValid() or not last.text().strip():
        return None
    first = last
    while first.previous().isValid() and first.previous().text().strip():
        first = first.previous()
    return indent_form_of(first.text())


def auto_indenter(editor: QPlainTextEdit) -> AutoIndenter:
    found = editor.findChild(AutoIndenter, "autoIndenter")
    return found if found is not None else AutoIndenter(editor)
