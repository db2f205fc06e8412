"""Focus mode and typewriter scrolling for one QPlainTextEdit.

Focus dims every character outside the current paragraph (the cursor's line: Hexo posts write
one paragraph per line) or the current sentence (ends at 。！？ and ``. ! ?``), drawn as an
ExtraSelection layer so the syntax highlighter's colours stay intact. Typewriter scrolling keeps
the cursor's line in the middle of the viewport.
"""

from __future__ import annotations

import re
from enum import Enum

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QPalette, QTextBlock, QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit

from postpad.core.typography.indent import indent_form_of
from postpad.core.typography.sentences import sentence_bounds
from postpad.gui.editor.textspans import ExtraSelection, Utf16Index, cursor_for, layers_for

_BLOCK_START = re.compile(r"^\s*(?:#|[-*+]\s|\d+[.)]\s|>|```|~~~|\||\{%|<)")


def _joins(block: QTextBlock) -> bool:
    """True when ``block`` continues a hard-wrapped paragraph (not its own paragraph)."""
    text = block.text()
    return bool(text.strip()) and not _BLOCK_START.match(text) and indent_form_of(text) is None


_CJK_PARAGRAPH_END = tuple("。！？…”’」』）")


def _continues(before: QTextBlock, after: QTextBlock) -> bool:
    """True when ``after`` is the next wrapped line of the paragraph ``before`` belongs to."""
    if not (before.isValid() and after.isValid() and _joins(before) and _joins(after)):
        return False
    return not before.text().rstrip().endswith(_CJK_PARAGRAPH_END)


class FocusMode(Enum):
    OFF = "off"
    PARAGRAPH = "paragraph"
    SENTENCE = "sentence"


class FocusController(QObject):
    """Applies focus mode and typewriter scrolling to ``editor`` while enabled."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self.setObjectName("focusController")
        self._editor = editor
        self._mode = FocusMode.OFF
        self._typewriter = False
        self._centering = editor.centerOnScroll()
        editor.cursorPositionChanged.connect(self._on_cursor_moved)

    # --- state -----------------------------------------------------------------------------
    def mode(self) -> FocusMode:
        return self._mode

    def set_mode(self, mode: FocusMode) -> None:
        self._mode = mode
        self.refresh()

    def typewriter(self) -> bool:
        return self._typewriter

    def set_typewriter(self, enabled: bool) -> None:
        self._typewriter = enabled
        # centerOnScroll lets the last lines scroll up to the middle too.
        self._editor.setCenterOnScroll(enabled or self._centering)
        if enabled:
            self._editor.centerCursor()

    # --- what is in focus ------------------------------------------------------------------
    def focus_span(self) -> tuple[int, int] | None:
        """Qt positions of the text in focus, or ``None`` when focus mode is off."""
        if self._mode is FocusMode.OFF:
            return None
        block = self._editor.textCursor().block()
        start = block.position()
        if self._mode is FocusMode.PARAGRAPH:
            return self._paragraph_span(block)
        text = block.text()
        index = Utf16Index(text)
        offset = index.from_qt(self._editor.textCursor().positionInBlock())
        first, last = sentence_bounds(text, offset)
        return start + index.to_qt(first), start + index.to_qt(last)

    def _paragraph_span(self, block: QTextBlock) -> tuple[int, int]:
        """The cursor's paragraph: its line when lines are paragraphs (a Chinese line ending its
        sentence, an ``&ensp;``-indented line), else the run of wrapped lines around it."""
        first = last = block
        if _joins(block):
            while _continues(first.previous(), first):
                first = first.previous()
            while _continues(last, last.next()):
                last = last.next()
        return first.position(), last.position() + last.length() - 1

    def refresh(self) -> None:
        span = self.focus_span()
        layers = layers_for(self._editor)
        if span is None:
            layers.clear("focus")
            return
        dimmed = QTextCharFormat()
        dimmed.setForeground(self._dim_color())
        end_of_document = self._editor.document().characterCount() - 1
        selections = []
        for start, end in ((0, span[0]), (span[1], end_of_document)):
            if end > start:
                selection = ExtraSelection()
                selection.cursor = cursor_for(self._editor, start, end)
                selection.format = dimmed
                selections.append(selection)
        layers.set("focus", selections)

    def _dim_color(self) -> QColor:
        palette = self._editor.palette()
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        return QColor(
            (text.red() + 2 * base.red()) // 3,
            (text.green() + 2 * base.green()) // 3,
            (text.blue() + 2 * base.blue()) // 3,
        )

    def _on_cursor_moved(self) -> None:
        if self._mode is not FocusMode.OFF:
            self.refresh()
        if self._typewriter:
            self._editor.centerCursor()


def focus_controller(editor: QPlainTextEdit) -> FocusController:
    """The editor's controller (created on first use)."""
    found = editor.findChild(FocusController, "focusController")
    return found if found is not None else FocusController(editor)
