"""The recovery dialog's entry list: a long path fits the list's width without a sideways
scroll bar. The file name stays whole and its folder is elided in the middle (the item's
tooltip holds the full path)."""

from __future__ import annotations

import os

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

#: The item data role holding the entry's full path ("" for a document never saved).
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
#: The line of the item's text that shows the path (the title is line 0).
PATH_LINE = 1
#: What the item's "\n" becomes in the text a delegate draws (QStyledItemDelegate.displayText).
LINE_SEPARATOR = "\u2028"


#: Pixels kept free: the style lays the line out as one run, which can come out a fraction wider
#: than the sum of its measured parts (then it would elide the end of the name itself).
SLACK = 2.0


def elided_path(path: str, metrics: QFontMetricsF, width: float) -> str:
    """``path`` in ``width`` pixels: whole when it fits, else the folder elided in the middle
    before the whole file name, else the file name alone elided in the middle."""
    if metrics.horizontalAdvance(path) <= width:
        return path
    folder, name = os.path.split(path)
    folder += os.sep
    room = width - metrics.horizontalAdvance(name)
    short = metrics.elidedText(folder, Qt.TextElideMode.ElideMiddle, room) if room > 0 else ""
    if len(short) > 2:  # more than the ellipsis and the separator
        return short + name
    return metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, width)


class EntryDelegate(QStyledItemDelegate):
    """Draws each entry with its path line fitted to the item's width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._measuring = False  # sizeHint: the full text sets the height (CJK lines are taller)

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        path = index.data(PATH_ROLE)
        if not path or self._measuring:
            return
        lines = option.text.split(LINE_SEPARATOR)
        if len(lines) > PATH_LINE:
            metrics = QFontMetricsF(option.font)
            width = self._text_width(option) - SLACK
            lines[PATH_LINE] = elided_path(str(path), metrics, width)
            option.text = LINE_SEPARATOR.join(lines)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """As tall as the whole text, no wider than the list: the path is fitted when painted."""
        self._measuring = True
        try:
            hint = super().sizeHint(option, index)
        finally:
            self._measuring = False
        height = hint.height() + _room_for_even_lines(str(index.data() or ""), option.font)
        view = option.widget
        if isinstance(view, QAbstractItemView):
            return QSize(min(hint.width(), view.viewport().width()), height)
        return QSize(hint.width(), height)

    @staticmethod
    def _text_width(option: QStyleOptionViewItem) -> int:
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return int(option.rect.width())
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option, widget) + 1
        return max(text_rect.width() - 2 * margin, 1)


def _room_for_even_lines(text: str, font: QFont) -> int:
    """Extra pixels so that every line can be as tall as the tallest: the style paints a
    multi-line item that way, and a file name in Chinese (a taller fallback font) above a date
    line otherwise pushes the date out of the item."""
    layout = QTextLayout(text.replace("\n", LINE_SEPARATOR), font)
    layout.beginLayout()
    heights: list[float] = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(1_000_000)  # lay out the line (whole: one entry line each)
        heights.append(line.height())
    layout.endLayout()
    if not heights:
        return 0
    return max(0, round(max(heights) * len(heights) - sum(heights)))
