"""A Python copy of the editor's text, kept up to date from Qt's change notifications.

Reading a 5 MB document out of ``QTextDocument`` costs about 25 ms, too much to do on every key
press for the preview. The mirror splices each change (``contentsChange``) into its copy instead.
It is only used where a stale byte would show, never lose data (the preview); saving always reads
the document itself. Positions are UTF-16 units in Qt and code points in Python, so the mirror
switches itself off while the text holds characters outside the Basic Multilingual Plane, and it
rebuilds whenever its length disagrees with the document's.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QTextCursor, QTextDocument

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
PARAGRAPH_SEPARATOR = "\u2029"


def raw_text(document: QTextDocument) -> str:
    """The document's text exactly (no-break spaces and U+2028 kept), blocks joined by "\\n"."""
    return document.toRawText().replace(PARAGRAPH_SEPARATOR, "\n")


class TextMirror:
    def __init__(self, document: QTextDocument) -> None:
        self._document = document
        self._text: str | None = None
        self.rebuilds = 0
        document.contentsChange.connect(self._on_change)

    def text(self) -> str:
        if self._text is None:
            return self._rebuild()
        return self._text

    def _rebuild(self) -> str:
        text = raw_text(self._document)
        self.rebuilds += 1
        self._text = None if _ASTRAL.search(text) else text
        return text

    def _on_change(self, position: int, removed: int, added: int) -> None:
        old = self._text
        if old is None:
            return
        length = self._document.characterCount() - 1  # without the final block separator
        end = min(position + added, length)
        cursor = QTextCursor(self._document)
        cursor.setPosition(min(position, length))
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        fragment = cursor.selectedText().replace(PARAGRAPH_SEPARATOR, "\n")
        if _ASTRAL.search(fragment):
            self._text = None
            return
        new = old[:position] + fragment + old[position + removed :]
        self._text = new if len(new) == length else None
