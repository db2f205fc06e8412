"""Scrolling the form with the mouse wheel never edits a field the pointer passes over: a spin
box, a date or a choice takes the wheel only once the author has clicked into it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

pytestmark = pytest.mark.gui

POST = (
    "---\ntitle: 秋夜\ndate: 2024-09-01 20:00:00\nsticky: 1\npriority: 0.5\ncover: false\n"
    "top_img: false\n" + "".join(f"k{n}: v{n}\n" for n in range(30)) + "---\n正文\n"
)


def _wheel(widget: QWidget, down: bool = True) -> None:
    centre = QPointF(widget.rect().center())
    delta = QPoint(0, -120 if down else 120)
    event = QWheelEvent(
        centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(), delta,
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )  # fmt: skip
    QApplication.sendEvent(widget, event)


def _wheeled(panel) -> list[QWidget]:
    rows = {row.key: row for row in panel.rows()}
    return [
        rows["date"].editor.picker, rows["sticky"].editor.spin, rows["priority"].editor.spin,
        rows["cover"].editor.mode, rows["top_img"].editor.mode,
    ]  # fmt: skip


def test_the_wheel_over_a_field_scrolls_the_form_and_changes_nothing(make_panel, qtbot) -> None:
    editor, panel = make_panel(POST)
    panel.resize(300, 400)
    panel.show()
    qtbot.waitExposed(panel)
    bar = panel.form_scroll.verticalScrollBar()
    assert bar.maximum() > 0
    for widget in _wheeled(panel):
        before = bar.value()
        _wheel(widget)
        assert editor.toPlainText() == POST, type(widget).__name__
        assert bar.value() > before or bar.value() == bar.maximum(), type(widget).__name__
        bar.setValue(0)


def test_a_focused_field_still_takes_the_wheel(make_panel, qtbot) -> None:
    editor, panel = make_panel(POST)
    panel.show()
    qtbot.waitExposed(panel)
    spin = next(row for row in panel.rows() if row.key == "sticky").editor.spin
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    _wheel(spin, down=False)
    assert "\nsticky: 2\n" in editor.toPlainText()
