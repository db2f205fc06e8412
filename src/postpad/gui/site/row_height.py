"""Rows of the site list as tall as a Chinese title needs.

The list has uniform row heights (thousands of posts), and Qt takes them from the first row: a
post with an English title sorted first (a new post is the newest) gave every row the Latin
font's height and cramped the Chinese titles below it, whose fallback font is taller (14 px
rows instead of 18). Every row's hint is at least that of a Chinese title.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

#: a Chinese character with Latin ascender and descender: the tallest line a title has
_TALL_TEXT = "图Ag"


class TallRowDelegate(QStyledItemDelegate):
    """The default delegate, with each row at least as tall as a line of Chinese text."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        probe = QStyleOptionViewItem(option)
        self.initStyleOption(probe, index)
        probe.text = _TALL_TEXT
        widget = probe.widget
        style = widget.style() if widget is not None else QApplication.style()
        tall = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, probe, QSize(), widget)
        return QSize(hint.width(), max(hint.height(), tall.height()))
