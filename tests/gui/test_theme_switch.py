"""Switching appearance while the window is open repaints every pane in the new theme.

Found under Xvfb (issue 12 audit): View › Dark Appearance turned the preview, the status bar and
the editor's syntax colours dark, but the editor kept its white background and black text and
the form its light grey, so the dark syntax colours sat on white and the dark radio indicators
on a light form. The window's style sheet was swapped before the application palette: the
re-polish under the new sheet fixed each widget's palette to the old one.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from postpad.gui.theme import DARK, EDITOR_COLORS, LIGHT, ThemeManager, contrast_ratio

pytestmark = pytest.mark.gui
R = QPalette.ColorRole


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _painted(widget: QWidget) -> QColor:
    """The colour the widget paints near its bottom-right corner (its background)."""
    image = widget.grab().toImage()
    return image.pixelColor(QPoint(image.width() - 4, image.height() - 4))


def _is_dark(colour: QColor) -> bool:
    return colour.lightnessF() < 0.5


@pytest.mark.parametrize(("first", "then"), [(LIGHT, DARK), (DARK, LIGHT)])
def test_widgets_take_the_new_palette(qtbot, first: str, then: str) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    editor = QPlainTextEdit("正文", host)
    label = QLabel("标题", host)
    layout = QVBoxLayout(host)
    layout.addWidget(label)
    layout.addWidget(editor)
    manager = ThemeManager(first, host)
    try:
        host.show()
        qtbot.waitExposed(host)
        manager.set_appearance(then)
        _settle()
        app_palette = QApplication.palette()
        for role in (R.Base, R.Text):
            assert editor.palette().color(role) == app_palette.color(role), role.name
        assert label.palette().color(R.Window) == app_palette.color(R.Window)
        assert _is_dark(_painted(editor.viewport())) is (then == DARK)
    finally:
        manager.set_appearance(LIGHT)


def test_dark_appearance_toggled_in_the_window_reaches_editor_and_form(
    qtbot, main_window, post_file
) -> None:
    tab = main_window.open_paths([post_file])[0]
    action = main_window.window_actions["dark_mode"]
    try:
        for dark in (True, False, True):
            action.setChecked(dark)
            _settle()
            theme = DARK if dark else LIGHT
            background = _painted(tab.editor.viewport())
            assert _is_dark(background) is dark, (theme, background.name())
            assert _is_dark(_painted(tab.form)) is dark, theme
            assert _is_dark(main_window.menuBar().palette().color(R.Window)) is dark, theme
            text = tab.editor.palette().color(R.Text)
            assert contrast_ratio(text, background) >= 4.5, (theme, text.name())
            heading = QColor(EDITOR_COLORS[theme]["heading"])
            assert contrast_ratio(heading, background) >= 4.5, (theme, heading.name())
    finally:
        action.setChecked(False)
