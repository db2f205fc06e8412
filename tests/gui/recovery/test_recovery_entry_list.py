"""The recovery dialog's list fits long paths: file name whole, folder elided in the middle,
the full path as tooltip, no sideways scroll bar."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRect
from PySide6.QtGui import QFont, QFontMetricsF, QImage
from PySide6.QtWidgets import QStyleOptionViewItem

from postpad.core.recovery import JournalEntry
from postpad.gui import i18n
from postpad.gui.recovery.dialog import RecoveryDialog
from postpad.gui.recovery.entry_delegate import LINE_SEPARATOR, elided_path

DEEP = Path("/home/writer/Documents/blogs/my-hexo-blog-with-a-long-name/source/_posts/2025/03")
NAME = "2025-03-09-reading-notes.md"
CJK_NAME = "2025年第1季度读书笔记-关于长期主义.md"


def _entry(path: Path | None, title: str) -> JournalEntry:
    return JournalEntry("k" + title, path, title, "正文\n", time.time(), None, 1, "s")


@pytest.fixture(params=["en_US", "zh_CN"])
def dialog(request, qapp, qtbot):
    i18n.install_translators(qapp, QLocale(request.param))
    entries = [
        _entry(DEEP / NAME, "读书笔记"),
        _entry(None, "未命名"),
        _entry(DEEP / CJK_NAME, "长期"),
    ]
    shown = RecoveryDialog(entries, lambda _e: False, lambda _e, _p: False, lambda _e: None)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    i18n.install_translators(qapp, QLocale("en_US"))


def _shown_lines(dialog: RecoveryDialog, row: int) -> list[str]:
    view = dialog.list
    index = view.model().index(row, 0)
    option = QStyleOptionViewItem()
    option.initFrom(view.viewport())
    option.widget = view
    option.rect = view.visualRect(index)
    view.itemDelegate().initStyleOption(option, index)
    return option.text.split(LINE_SEPARATOR)


def test_the_list_never_scrolls_sideways(dialog) -> None:
    bar = dialog.list.horizontalScrollBar()
    assert not bar.isVisible()
    assert bar.maximum() == 0


def test_the_file_name_stays_whole_and_the_folder_is_elided(dialog) -> None:
    full = str(DEEP / NAME)
    item = dialog.list.item(0)
    assert item.toolTip() == full
    line = _shown_lines(dialog, 0)[1]
    assert line.endswith(NAME)
    assert line.startswith("/home/")
    assert "…" in line
    assert dialog.list.fontMetrics().horizontalAdvance(line) <= dialog.list.viewport().width()
    assert _shown_lines(dialog, 1)[0] == "未命名"  # an untitled entry keeps its own lines


def _text_bands(image: QImage, rect: QRect) -> int:
    """How many separate runs of rows in ``rect`` hold ink (one per drawn text line)."""
    background = image.pixelColor(rect.right() - 1, rect.top() + 1)
    bands, inked_before = 0, False
    for y in range(rect.top(), rect.bottom() + 1):
        inked = any(
            abs(image.pixelColor(x, y).lightness() - background.lightness()) > 60
            for x in range(rect.left(), rect.right() - 2)
        )
        bands += inked and not inked_before
        inked_before = inked
    return bands


def test_every_line_of_every_entry_is_drawn(dialog) -> None:
    """The style paints every line of an item as tall as its tallest: a Chinese file name
    (a taller fallback font) must not push the date line out of its entry."""
    view = dialog.list
    image = view.viewport().grab().toImage()
    for row in range(view.count()):
        rect = view.visualRect(view.model().index(row, 0))
        expected = view.item(row).text().count("\n") + 1
        assert _text_bands(image, rect) == expected, view.item(row).text()


def test_elided_path_keeps_what_fits() -> None:
    metrics = QFontMetricsF(QFont())
    full = str(DEEP / NAME)
    assert elided_path(full, metrics, metrics.horizontalAdvance(full)) == full
    narrow = metrics.horizontalAdvance(NAME) + metrics.horizontalAdvance("/ho…03/")
    short = elided_path(full, metrics, narrow)
    assert short.endswith("/" + NAME)
    assert metrics.horizontalAdvance(short) <= narrow
    tiny = elided_path(full, metrics, metrics.horizontalAdvance(NAME) // 2)
    assert tiny.endswith(".md")
    assert "…" in tiny
