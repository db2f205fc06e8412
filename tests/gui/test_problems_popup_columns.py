"""The Problems list keeps every line number in view whatever the messages' length: a long
message is elided and its full text is in the tooltip (decision 0198)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from postpad.core.site.check.context import Finding
from postpad.gui.render_warnings.panel import ProblemsPopup

pytestmark = pytest.mark.gui

LONG = "front matter does not parse: " + "a very long reason, " * 30 + "the end"


def _finding(line: int, message: str) -> Finding:
    return Finding(Path("post.md"), line, 1, "error", "no-such-code", message)


def _column_of(popup: ProblemsPopup, text: str) -> int:
    item = popup.tree.topLevelItem(0)
    return next(c for c in range(popup.tree.columnCount()) if item.text(c) == text)


def test_the_line_stays_in_view_and_the_message_is_elided(qtbot) -> None:
    window = QWidget()
    window.resize(900, 600)
    qtbot.addWidget(window)
    window.show()
    popup = ProblemsPopup(window)
    findings = [_finding(12345, LONG), _finding(7, "short")]
    popup.show_findings(findings, [12345, 7])
    popup.popup_above(window)
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    tree = popup.tree
    viewport = tree.viewport().rect()
    line_column = _column_of(popup, "12345")
    message_column = _column_of(popup, LONG)
    for row in range(2):
        rect = tree.visualRect(tree.model().index(row, line_column))
        assert viewport.contains(rect), (rect, viewport)  # the whole cell is visible
        metrics = tree.fontMetrics()
        assert rect.width() >= metrics.horizontalAdvance("12345")
    assert tree.horizontalScrollBar().maximum() == 0  # nothing to scroll to
    message_width = tree.columnWidth(message_column)
    assert message_width < tree.fontMetrics().horizontalAdvance(LONG)  # elided, not cut off
    assert LONG in tree.topLevelItem(0).toolTip(message_column)
    assert LONG in tree.topLevelItem(0).toolTip(line_column)
    assert popup.entries() == [(LONG, 12345), ("short", 7)]
    popup.hide()


def test_choosing_by_the_line_cell_emits_its_index(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    popup = ProblemsPopup(window)
    popup.show_findings([_finding(3, LONG), _finding(9, "short")], [3, 9])
    popup.popup_above(window)
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    tree = popup.tree
    rect = tree.visualRect(tree.model().index(1, _column_of(popup, "3")))
    with qtbot.waitSignal(popup.chosen, timeout=5000) as blocker:
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [1]
