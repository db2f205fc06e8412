"""The raw header text (YAML, TOML or JSON) with syntax highlighting and an error marker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pygments.token import Comment, Keyword, Literal, Name, Number, Punctuation, String, _TokenType
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPalette,
    QShowEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from postpad.core.text.textdiff import line_edit
from postpad.gui.editor.mirror import raw_text
from postpad.gui.editor.toml_strings import in_string, opened_after, string_end
from postpad.gui.editor.yaml_blocks import block_line, opened_state
from postpad.gui.frontmatter.document_header import utf16_len

if TYPE_CHECKING:  # Pygments' lexer machinery loads when the Raw tab is first shown (0100)
    from pygments.lexer import Lexer

_LIGHT = {
    Name.Tag: "#1f5fa8",
    Name.Attribute: "#1f5fa8",
    Keyword: "#8a3ab9",
    Keyword.Constant: "#8a3ab9",
    Literal.Scalar: "#24292f",
    String: "#1a7f37",
    Number: "#b35900",
    Literal.Date: "#b35900",
    Comment: "#6e7781",
    Punctuation: "#6e7781",
}
_DARK = {
    Name.Tag: "#79b8ff",
    Name.Attribute: "#79b8ff",
    Keyword: "#d2a8ff",
    Keyword.Constant: "#d2a8ff",
    Literal.Scalar: "#e6edf3",
    String: "#7ee787",
    Number: "#ffa657",
    Literal.Date: "#ffa657",
    Comment: "#8b949e",
    Punctuation: "#8b949e",
}


def lexer_for(header_format: str | None) -> Lexer:
    # Each lexer module loads with the first header in its format (TOML's module alone costs
    # ~6 ms of start-up, and most posts are YAML).
    if header_format == "toml":
        from pygments.lexers.configs import TOMLLexer

        return TOMLLexer()
    from pygments.lexers.data import JsonLexer, YamlLexer

    if header_format in ("json", "hexo-json"):
        return JsonLexer()
    return YamlLexer()


class HeaderHighlighter(QSyntaxHighlighter):
    """Colours one line at a time with Pygments (headers are short; lines rarely span tokens)."""

    def __init__(self, document: QTextDocument, dark: bool = False) -> None:
        super().__init__(document)
        self._format_name: str | None = "yaml"
        self._lexer: Lexer | None = None  # made at the first line to colour
        self._formats = self._make_formats(_DARK if dark else _LIGHT)

    @staticmethod
    def _make_formats(colours: dict[_TokenType, str]) -> dict[_TokenType, QTextCharFormat]:
        formats = {}
        for token, colour in colours.items():
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(colour))
            if token in (Name.Tag, Name.Attribute):
                fmt.setFontWeight(QFont.Weight.DemiBold)
            formats[token] = fmt
        return formats

    def set_format_name(self, header_format: str | None) -> None:
        previous, self._format_name = self._format_name, header_format
        if self._lexer is None:
            return
        lexer = lexer_for(header_format)
        if type(lexer) is not type(self._lexer) or previous != header_format:
            self._lexer = lexer
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        if self._lexer is None:
            self._lexer = lexer_for(self._format_name)
        if self._format_name == "toml":
            start = self._toml_string(text)
        elif self._format_name not in ("json", "hexo-json") and self._yaml_block(text):
            return
        else:
            start = 0
        if start is None:
            return
        for index, token, value in self._lexer.get_tokens_unprocessed(text[start:]):
            fmt = self._format_for(token)
            if fmt is not None:
                self.setFormat(start + index, len(value), fmt)

    def _toml_string(self, text: str) -> int | None:
        """Colour the part of a line inside a TOML multi-line string as a string and return
        where the rest (for the lexer) starts, None when the whole line is in it; note whether
        the line leaves a string open, for the next line."""
        previous = self.previousBlockState()
        start = 0
        if in_string(previous):
            end = string_end(text, previous)
            fmt = self._format_for(String)
            if fmt is not None:
                self.setFormat(0, len(text) if end is None else end, fmt)
            if end is None:
                self.setCurrentBlockState(previous)
                return None
            start = end
        opened = opened_after(text, start)
        self.setCurrentBlockState(-1 if opened is None else opened)
        return start

    def _yaml_block(self, text: str) -> bool:
        """Colour a line inside a YAML block scalar as text (True); otherwise note whether the
        line opens one, for the next line, and let the lexer colour it (False)."""
        after = block_line(text, self.previousBlockState())
        if after is not None:
            fmt = self._format_for(Literal.Scalar)
            if fmt is not None:
                self.setFormat(0, len(text), fmt)
            self.setCurrentBlockState(after)
            return True
        opened = opened_state(text)
        self.setCurrentBlockState(-1 if opened is None else opened)
        return False

    def _format_for(self, token: _TokenType) -> QTextCharFormat | None:
        current: _TokenType | None = token
        while current is not None:
            if current in self._formats:
                return self._formats[current]
            current = current.parent
        return None


class RawHeaderView(QPlainTextEdit):
    """Plain-text view of the header's inner text; the panel keeps it in sync with the document."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rawHeaderView")
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        # Coupled to the document when the view is first shown (the Raw tab is not the default):
        # Pygments stays out of start-up (decision 0100).
        self.highlighter = HeaderHighlighter(QTextDocument(self), dark=dark)

    def showEvent(self, event: QShowEvent) -> None:
        if self.highlighter.document() is not self.document():
            self.highlighter.setDocument(self.document())
        super().showEvent(event)

    def text(self) -> str:
        """The shown text exactly: ``toPlainText`` turns a no-break space into a space, which
        an edit in this view would then write into the post."""
        return raw_text(self.document())

    def show_text(self, text: str) -> None:
        """Replace the shown text when it differs, keeping the cursor where it was."""
        current = self.text()
        if current == text:
            return
        # Replace only the changed lines: the rest keeps its highlighting and the cursor stays.
        edit = line_edit(current, text)
        document = self.document()
        document.setUndoRedoEnabled(False)  # a change from outside is not the view's own edit
        cursor = QTextCursor(document)
        start = utf16_len(current[: edit.start])
        cursor.setPosition(start)
        cursor.setPosition(
            start + utf16_len(current[edit.start : edit.end]), QTextCursor.MoveMode.KeepAnchor
        )
        cursor.insertText(edit.replacement)
        document.setUndoRedoEnabled(True)

    def mark_error(self, line: int | None, column: int | None) -> None:
        """Underline the line (1-based, in this view) where the header stops parsing."""
        if line is None or line < 1 or line > self.blockCount():
            if self.extraSelections():
                self.setExtraSelections([])
            return
        selection = QTextEdit.ExtraSelection()
        selection.format.setBackground(QColor(255, 80, 80, 60))
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        cursor = QTextCursor(self.document().findBlockByNumber(line - 1))
        if column is not None:
            cursor.movePosition(
                QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.MoveAnchor, max(column - 1, 0)
            )
        selection.cursor = cursor
        self.setExtraSelections([selection])
