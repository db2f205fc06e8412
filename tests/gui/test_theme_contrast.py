"""Both themes meet WCAG AA: text 4.5:1 on its background, controls 3:1 (issue 12)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QRadioButton, QWidget

from postpad.gui.dialogs.compare import diff_tints
from postpad.gui.theme import DARK, EDITOR_COLORS, LIGHT, ThemeManager, contrast_ratio

pytestmark = pytest.mark.gui
R = QPalette.ColorRole
TEXT_PAIRS = [
    (R.Text, R.Base),
    (R.WindowText, R.Window),
    (R.ButtonText, R.Button),
    (R.ToolTipText, R.ToolTipBase),
    (R.HighlightedText, R.Highlight),
    (R.PlaceholderText, R.Base),
    (R.Link, R.Base),
]


@pytest.fixture(params=[LIGHT, DARK])
def window(request, qtbot):
    """A window themed like Postpad's main window (the sheet lives on the window)."""
    host = QWidget()
    qtbot.addWidget(host)
    manager = ThemeManager(request.param, host)
    host.setProperty("theme", request.param)
    yield host
    manager.set_appearance(LIGHT)


@pytest.fixture
def theme(window) -> str:
    return str(window.property("theme"))


def test_palette_text_is_readable(theme) -> None:
    palette = QApplication.palette()
    for foreground, background in TEXT_PAIRS:
        ratio = contrast_ratio(palette.color(foreground), palette.color(background))
        assert ratio >= 4.5, (theme, foreground.name, background.name, round(ratio, 2))


def test_editor_colours_are_readable_on_the_editor_background(theme) -> None:
    base = QApplication.palette().color(R.Base)
    for name, colour in EDITOR_COLORS[theme].items():
        assert contrast_ratio(QColor(colour), base) >= 4.5, (theme, name, colour)


def test_diff_lines_keep_the_text_readable(theme) -> None:
    palette = QApplication.palette()
    for tint in diff_tints(palette.color(R.Base)):
        assert contrast_ratio(palette.color(R.Text), tint) >= 4.5, (theme, tint.name())


def test_form_hints_are_readable(window, theme) -> None:
    hint = QLabel("拼写可能有误", window)
    hint.setProperty("postpadRole", "hint")
    hint.ensurePolished()
    colour = hint.palette().color(R.WindowText)
    window = QApplication.palette().color(R.Window)
    assert contrast_ratio(colour, window) >= 4.5, (theme, colour.name())


def _indicator_pixels(qtbot, window: QWidget, checked: bool) -> tuple[QColor, QColor, QColor]:
    """(centre of the indicator, a point on its ring's edge, the window behind it)."""
    holder = QWidget(window)
    button = QRadioButton("选项", holder)
    button.setChecked(checked)
    holder.resize(120, 40)
    window.resize(120, 40)
    window.show()
    qtbot.waitExposed(window)
    image = holder.grab().toImage()
    rect = button.style().subElementRect(
        button.style().SubElement.SE_RadioButtonIndicator, _option(button), button
    )
    centre = rect.center() + button.pos()
    ring = QPoint(rect.left(), rect.center().y()) + button.pos()
    return (
        image.pixelColor(centre),
        image.pixelColor(ring),
        image.pixelColor(QPoint(holder.width() - 2, holder.height() - 2)),
    )


def _option(button: QRadioButton):
    from PySide6.QtWidgets import QStyleOptionButton

    option = QStyleOptionButton()
    option.initFrom(button)
    return option


def test_radio_buttons_show_their_state(qtbot, window, theme) -> None:
    checked_centre, ring, behind = _indicator_pixels(qtbot, window, True)
    unchecked_centre, _ring, _behind = _indicator_pixels(qtbot, window, False)
    assert contrast_ratio(checked_centre, unchecked_centre) >= 3, theme  # checked ≠ unchecked
    if theme == DARK:  # our indicator style; the light theme is Fusion's own
        assert contrast_ratio(ring, behind) >= 3, (ring.name(), behind.name())


def test_compare_and_recovery_panes_tint_changed_lines_readably(window, theme) -> None:
    """The panes the compare and recovery dialogs show: their own text colour on their tints."""
    from postpad.core.text.hunks import diff_hunks
    from postpad.gui.dialogs.compare import SideBySideDiff

    theirs, mine = "同一行\n磁盘上的一行\n", "同一行\n恢复的一行\n"
    diff = SideBySideDiff("On disk", "Recovered text", window)
    diff.show_texts(theirs, mine, diff_hunks(mine, theirs))
    for pane in (diff.left, diff.right):
        [tinted] = pane.extraSelections()  # the changed line only
        assert tinted.cursor.block().blockNumber() == 1
        background = tinted.format.background().color()
        assert background != pane.palette().color(R.Base)  # the line is marked at all
        text = pane.palette().color(R.Text)
        assert contrast_ratio(text, background) >= 4.5, (theme, text.name(), background.name())
