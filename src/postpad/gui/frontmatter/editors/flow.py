"""A layout that wraps its items like words in a line (Qt's FlowLayout example, trimmed)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLayout, QLayoutItem, QLineEdit, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def insertWidget(self, index: int, widget: QWidget) -> None:
        self.addWidget(widget)  # appends an item; move it into place
        self._items.insert(index, self._items.pop())
        self.invalidate()

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line_height > 0:
                x, y = rect.x(), y + line_height + self._spacing
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()


def flow_policy() -> QSizePolicy:
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    return policy


_FIELD_PADDING = 16  # a line edit's frame and margins around its text


class ReflowRow(QWidget):
    """Widgets side by side while they fit, one under another when the pane is narrower.

    Its minimum width is its widest single widget, never their sum, so a narrow form pane never
    needs a horizontal scrollbar (decision 0096). Stacked widgets keep their natural width, except
    the stretching one (the text field), which takes the whole line.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._stretching: set[int] = set()

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        self._box.addWidget(widget, stretch)
        if stretch:
            self._stretching.add(id(widget))
        if stretch and isinstance(widget, QLineEdit):  # its text decides whether all fit
            widget.textChanged.connect(lambda _text: self.reflow(self.width()))

    def is_stacked(self) -> bool:
        return self._box.direction() == QBoxLayout.Direction.TopToBottom

    def _widgets(self) -> list[QWidget]:
        found = []
        for index in range(self._box.count()):
            item = self._box.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None and not widget.isHidden():
                found.append(widget)
        return found

    def wide_width(self) -> int:
        """The width the widgets need side by side."""
        widgets = self._widgets()
        spacing = max(self._box.spacing(), 0) * max(len(widgets) - 1, 0)
        return sum(self._wanted(widget) for widget in widgets) + spacing

    def _wanted(self, widget: QWidget) -> int:
        """A stretching text field wants its whole value: a CSS gradient beside a short mode
        box was cut to "linear-gradient(135" where the stacked field shows it all."""
        hint = widget.sizeHint().width()
        if id(widget) not in self._stretching or not isinstance(widget, QLineEdit):
            return hint
        text = widget.fontMetrics().horizontalAdvance(widget.text())
        return max(hint, text + _FIELD_PADDING)

    def minimumSizeHint(self) -> QSize:
        items = [self._box.itemAt(i) for i in range(self._box.count())]
        width = max((item.minimumSize().width() for item in items if item), default=0)
        return QSize(width, self._box.minimumSize().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.reflow(event.size().width())
        super().resizeEvent(event)

    def reflow(self, width: int) -> None:
        stacked = width < self.wide_width()
        if stacked == self.is_stacked():
            return
        down, across = QBoxLayout.Direction.TopToBottom, QBoxLayout.Direction.LeftToRight
        self._box.setDirection(down if stacked else across)
        for widget in self._widgets():
            keep_width = stacked and id(widget) not in self._stretching
            self._box.setAlignment(
                widget, Qt.AlignmentFlag.AlignLeft if keep_width else Qt.AlignmentFlag(0)
            )
        self.updateGeometry()
