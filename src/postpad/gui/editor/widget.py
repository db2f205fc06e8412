"""MarkdownEditor: the source editor of one tab."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from postpad.gui.editor import aids
from postpad.gui.editor.fonts import editor_font
from postpad.gui.editor.highlighter import FENCE_BASE, MarkdownHighlighter
from postpad.gui.editor.mirror import TextMirror, raw_text

ImagePasteHandler = Callable[[QMimeData], "str | None"]
KeyHook = Callable[["MarkdownEditor", QKeyEvent], bool]


class MarkdownEditor(QPlainTextEdit):
    """A plain-text editor for Markdown with highlighting and writing aids.

    It never rewrites text it was not asked to (no trailing-space stripping, no re-indenting on
    load); the input method's preedit text stays out of the document until it is committed.
    """

    top_line_changed = Signal(int)
    """1-based file line at the top of the viewport, when the user scrolls."""

    def __init__(self, colors: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markdownEditor")
        self.auto_pair_enabled = True
        self._image_paste_handler: ImagePasteHandler | None = None
        self._html_paste_handler: ImagePasteHandler | None = None
        self._key_hooks: list[KeyHook] = []
        self._highlighter = MarkdownHighlighter(self.document(), colors)
        self._mirror = TextMirror(self.document())
        self.setFont(editor_font())
        self.document().setDocumentMargin(10)  # breathing room; no effect on the text
        self.set_soft_wrap(True)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 4)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
        self.verticalScrollBar().valueChanged.connect(self._emit_top_line)
        self._suppress_top_line = False

    # --- text ---------------------------------------------------------------------------
    def toPlainText(self) -> str:
        """The text exactly as typed. Qt's own toPlainText() turns no-break spaces (U+00A0) into
        spaces and U+2028 into line breaks, which would change bytes the user never touched."""
        return raw_text(self.document())

    def text(self) -> str:
        return self.toPlainText()

    def snapshot(self) -> str:
        """The text for the preview, without reading the whole document on every key press."""
        return self._mirror.text()

    # --- configuration -------------------------------------------------------------------
    def set_colors(self, colors: Mapping[str, str]) -> None:
        self._highlighter.set_colors(colors)

    def set_editor_font(self, family: str, point_size: int) -> None:
        self.setFont(editor_font(family, point_size))
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 4)

    def set_soft_wrap(self, enabled: bool) -> None:
        mode = (
            QPlainTextEdit.LineWrapMode.WidgetWidth
            if enabled
            else QPlainTextEdit.LineWrapMode.NoWrap
        )
        self.setLineWrapMode(mode)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)

    def set_image_paste_handler(self, handler: ImagePasteHandler | None) -> None:
        """``handler(mime) -> markdown | None`` gets pasted/dropped images first."""
        self._image_paste_handler = handler

    def set_html_paste_handler(self, handler: ImagePasteHandler | None) -> None:
        """``handler(mime) -> markdown | None`` converts pasted HTML first (None: as before)."""
        self._html_paste_handler = handler

    def add_key_hook(self, hook: KeyHook) -> None:
        """``hook(editor, event) -> handled`` sees key presses before the writing aids."""
        self._key_hooks.append(hook)

    # --- line navigation (scroll sync, preview clicks) -------------------------------------
    def current_line(self) -> int:
        return self.textCursor().blockNumber() + 1

    def top_line(self) -> int:
        return self.firstVisibleBlock().blockNumber() + 1

    def go_to_line(self, line: int) -> None:
        block = self.document().findBlockByNumber(max(0, line - 1))
        if not block.isValid():
            block = self.document().lastBlock()
        cursor = QTextCursor(block)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def scroll_to_line(self, line: int) -> None:
        """Put ``line`` at the top of the viewport without moving the cursor or echoing back."""
        block = self.document().findBlockByNumber(max(0, line - 1))
        if not block.isValid():
            return
        self._suppress_top_line = True
        try:
            # QPlainTextEdit's vertical scroll bar counts lines of layout (wrapped lines).
            self.verticalScrollBar().setValue(block.firstLineNumber())
        finally:
            self._suppress_top_line = False

    def _emit_top_line(self) -> None:
        if not self._suppress_top_line:
            self.top_line_changed.emit(self.top_line())

    # --- writing aids ----------------------------------------------------------------------
    def in_code_block(self) -> bool:
        return self.textCursor().block().previous().userState() >= FENCE_BASE

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        if any(hook(self, event) for hook in self._key_hooks):
            return True
        cursor = self.textCursor()
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        shifted = modifiers == Qt.KeyboardModifier.ShiftModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain and not self.in_code_block():
            done = aids.continue_block(cursor)
            if done:
                self.setTextCursor(cursor)
                self.ensureCursorVisible()
            return done
        if key == Qt.Key.Key_Tab and plain and aids.should_indent_lines(cursor):
            aids.indent_lines(cursor)
            return True
        if key == Qt.Key.Key_Backtab:
            aids.indent_lines(cursor, outdent=True)
            return True
        if key == Qt.Key.Key_Backspace and plain and self.auto_pair_enabled:
            return aids.delete_empty_pair(cursor)
        if self._handle_format_shortcut(event, cursor):
            return True
        text = event.text()
        pairable = self.auto_pair_enabled and len(text) == 1 and (plain or shifted)
        if pairable and aids.auto_pair(cursor, text):
            self.setTextCursor(cursor)
            return True
        return False

    def _handle_format_shortcut(self, event: QKeyEvent, cursor: QTextCursor) -> bool:
        if event.matches(QKeySequence.StandardKey.Bold):
            self.toggle_bold()
        elif event.matches(QKeySequence.StandardKey.Italic):
            self.toggle_italic()
        elif QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+K"):
            self.insert_link()
        else:
            return False
        return True

    def toggle_bold(self) -> None:
        self._apply(lambda cursor: aids.toggle_wrap(cursor, "**"))

    def toggle_italic(self) -> None:
        self._apply(lambda cursor: aids.toggle_wrap(cursor, "*"))

    def insert_link(self) -> None:
        self._apply(aids.insert_link)

    def _apply(self, edit: Callable[[QTextCursor], None]) -> None:
        cursor = self.textCursor()
        edit(cursor)
        self.setTextCursor(cursor)

    # --- paste and drop --------------------------------------------------------------------
    @staticmethod
    def _is_post_drop(source: QMimeData) -> bool:
        """Dropped Markdown files are for the window to open, not text to insert."""
        urls = source.urls() if source.hasUrls() else []
        suffixes = (".md", ".markdown", ".mdown", ".mkd", ".mdx")
        return bool(urls) and all(
            u.isLocalFile() and u.toLocalFile().lower().endswith(suffixes) for u in urls
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._is_post_drop(event.mimeData()):
            event.ignore()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._is_post_drop(event.mimeData()):
            event.ignore()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if self._is_post_drop(event.mimeData()):
            event.ignore()
            return
        super().dropEvent(event)

    # --- paste --------------------------------------------------------------------
    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        if self._image_paste_handler is not None and source.hasImage():
            return True
        if self._html_paste_handler is not None and source.hasHtml():
            return True
        return super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if self._html_paste_handler is not None and source.hasHtml():
            converted = self._html_paste_handler(source)
            if converted is not None:
                self.textCursor().insertText(converted)
                return
        if self._image_paste_handler is not None and (source.hasImage() or source.hasUrls()):
            markdown = self._image_paste_handler(source)
            if markdown is not None:
                self.textCursor().insertText(markdown)
                return
        if source.hasText():
            # Plain text only, exactly as given (no rich text, no whitespace clean-up).
            self.textCursor().insertText(source.text())
            return
        super().insertFromMimeData(source)
