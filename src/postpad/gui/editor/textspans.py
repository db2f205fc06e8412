"""Glue between Python string offsets and a QPlainTextEdit.

Python counts code points, Qt counts UTF-16 units: Han characters outside the BMP (extension B
and later) and emoji take two units. ``Utf16Index`` converts in both directions. ``Layers`` lets
several features (find, typography, spelling, focus) share the editor's ExtraSelections without
clobbering each other: each owns a named layer and the editor shows their union.
"""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

ExtraSelection = QTextEdit.ExtraSelection


class Utf16Index:
    """Maps code-point offsets of ``text`` to UTF-16 offsets (what QTextCursor uses) and back."""

    def __init__(self, text: str) -> None:
        # Offsets (code points) of characters above U+FFFF; empty for almost every post.
        astral = [] if text.isascii() else [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self._astral: list[int] = astral

    def to_qt(self, offset: int) -> int:
        """UTF-16 position of code-point ``offset``."""
        return offset + bisect_right(self._astral, offset - 1)

    def from_qt(self, position: int) -> int:
        """Code-point offset of UTF-16 ``position`` (rounds a split pair down)."""
        low, high = 0, len(self._astral)
        while low < high:  # number of astral characters before the code point at ``position``
            middle = (low + high) // 2
            if self._astral[middle] + middle + 1 < position:
                low = middle + 1
            else:
                high = middle
        return position - low


def cursor_for(editor: QPlainTextEdit, start: int, end: int) -> QTextCursor:
    """A cursor selecting Qt positions ``start``..``end`` (clamped to the document)."""
    cursor = QTextCursor(editor.document())
    last = max(editor.document().characterCount() - 1, 0)
    cursor.setPosition(min(max(start, 0), last))
    cursor.setPosition(min(max(end, 0), last), QTextCursor.MoveMode.KeepAnchor)
    return cursor


class Layers(QObject):
    """Named groups of ExtraSelections on one editor; ``layers_for(editor)`` gives the instance."""

    ORDER = ("focus", "find", "spelling", "typography")
    """Later layers are drawn over earlier ones."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self.setObjectName("extraSelectionLayers")
        self._editor = editor
        self._layers: dict[str, list[ExtraSelection]] = {}

    def set(self, name: str, selections: list[ExtraSelection]) -> None:
        """Replace layer ``name`` and refresh the editor."""
        self._layers[name] = selections
        self._apply()

    def get(self, name: str) -> list[ExtraSelection]:
        return list(self._layers.get(name, []))

    def clear(self, name: str) -> None:
        if self._layers.pop(name, None) is not None:
            self._apply()

    def _apply(self) -> None:
        ordered = sorted(self._layers, key=lambda n: self.ORDER.index(n) if n in self.ORDER else 99)
        merged: list[ExtraSelection] = []
        for name in ordered:
            merged.extend(self._layers[name])
        self._editor.setExtraSelections(merged)


def layers_for(editor: QPlainTextEdit) -> Layers:
    """The editor's shared ``Layers`` (created on first use, owned by the editor)."""
    found = editor.findChild(Layers, "extraSelectionLayers")
    return found if found is not None else Layers(editor)
