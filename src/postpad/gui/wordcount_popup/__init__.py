"""Word count details: a popup with the blog's 字数 broken down, for the post and the selection.

Counts come from ``postpad.core.stats.count_text`` over the body (front matter excluded), by
the status bar's rule, which the first row names (decision 0276); the popup opens from the status
bar's count or Tools > Word Count.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPlainTextEdit, QWidget

from postpad.core.frontmatter import split_front_matter
from postpad.gui.i18n.numbers import grouped
from postpad.gui.protocols import FeatureKey

if TYPE_CHECKING:  # the counter (markdown-it) loads when the popup first counts (decision 0100)
    from postpad.core.count_rules import CountRule
    from postpad.core.stats import TextStats


def post_stats(text: str) -> TextStats:
    """Counts for a whole post (front matter excluded)."""
    from postpad.core.stats import count_text

    return count_text(split_front_matter(text).body)


def selection_stats(editor: QPlainTextEdit) -> TextStats | None:
    """Counts for the selected text, or ``None`` when nothing is selected."""
    cursor = editor.textCursor()
    if not cursor.hasSelection():
        return None
    from postpad.core.stats import count_text

    return count_text(cursor.selectedText().replace("\u2029", "\n"))


def rows(stats: TextStats, rule: CountRule | None = None) -> list[tuple[str, str]]:
    """(label, value) rows shown for ``stats``, counted by ``rule`` (hexo-wordcount's if None)."""
    from postpad.core.count_rules import HEXO

    rule = (rule or HEXO).for_stats(stats)
    minutes = rule.minutes(stats)
    reading = (
        QCoreApplication.translate("WordCountPopup", "%1 min").replace("%1", grouped(minutes))
        if minutes is not None
        else QCoreApplication.translate("WordCountPopup", "not shown by the blog")
    )
    return [
        (QCoreApplication.translate("WordCountPopup", "Counted as"), rule.label),
        (
            QCoreApplication.translate("WordCountPopup", "Word count (字数)"),
            grouped(rule.words(stats)),
        ),
        (QCoreApplication.translate("WordCountPopup", "Chinese characters"), grouped(stats.han)),
        (QCoreApplication.translate("WordCountPopup", "Latin words"), grouped(stats.latin_words)),
        (
            QCoreApplication.translate("WordCountPopup", "Characters (with spaces)"),
            grouped(stats.chars),
        ),
        (
            QCoreApplication.translate("WordCountPopup", "Characters (no spaces)"),
            grouped(stats.chars_no_spaces),
        ),
        (QCoreApplication.translate("WordCountPopup", "Paragraphs"), grouped(stats.paragraphs)),
        (QCoreApplication.translate("WordCountPopup", "Reading time"), reading),
    ]


class WordCountPopup(QFrame):
    """A small popup table: one column for the post, one for the selection when there is one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("wordCountPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(12, 10, 12, 10)
        self._grid.setHorizontalSpacing(18)
        self._values: dict[str, list[str]] = {}

    def show_counts(
        self, post: TextStats, selection: TextStats | None, rule: CountRule | None = None
    ) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        headers = [QCoreApplication.translate("WordCountPopup", "Post")] + (
            [QCoreApplication.translate("WordCountPopup", "Selection")]
            if selection is not None
            else []
        )
        for column, header in enumerate(headers, start=1):
            label = QLabel(f"<b>{header}</b>", self)
            self._grid.addWidget(label, 0, column, Qt.AlignmentFlag.AlignRight)
        selected_rows = rows(selection, rule) if selection is not None else []
        self._values = {name: [value] for name, value in rows(post, rule)}
        for name, value in selected_rows:
            self._values[name].append(value)
        for row, (name, value) in enumerate(rows(post, rule), start=1):
            self._grid.addWidget(QLabel(name, self), row, 0)
            self._grid.addWidget(QLabel(value, self), row, 1, Qt.AlignmentFlag.AlignRight)
            if selected_rows:
                cell = QLabel(selected_rows[row - 1][1], self)
                self._grid.addWidget(cell, row, 2, Qt.AlignmentFlag.AlignRight)

    def values(self) -> dict[str, list[str]]:
        """Row label -> values shown (post, then selection)."""
        return {name: list(values) for name, values in self._values.items()}

    def popup_at(self, anchor: QPoint) -> None:
        self.adjustSize()
        self.move(anchor - QPoint(0, self.sizeHint().height()))
        self.show()


class _ClickOpens(QObject):
    def __init__(self, target: QWidget, open_popup: Any) -> None:
        super().__init__(target)
        self._open = open_popup
        target.installEventFilter(self)
        target.setCursor(Qt.CursorShape.PointingHandCursor)
        target.setToolTip(
            QCoreApplication.translate("WordCountPopup", "Click for word count details")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease:
            self._open()
            return True
        return False


WORD_COUNT: FeatureKey[WordCountPopup] = FeatureKey("word count")
