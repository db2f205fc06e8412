"""The form fits its pane at any reasonable width: rows reflow, nothing needs a sideways scroll,
and a long value (a CSS gradient) shows its start with its whole text in a tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea, QWidget

from postpad.gui.frontmatter.editors.categories import CategoriesEditor
from postpad.gui.frontmatter.editors.image import ImageEditor

GRADIENT = "linear-gradient(20deg, #0062be, #925696, #cc426e, #fb0347)"
POST = (
    "---\ntitle: 秋天的第一杯咖啡与一次长途旅行的回忆录\ndate: 2026/10/3\n"
    "categories:\n  - [生活, 旅行]\n  - 咖啡\ntags: [旅行, 咖啡]\n"
    f"top_img: '{GRADIENT}'\ncover: \n"
    "description: 从南京出发，沿着长江一路向西，写下路上遇见的人和风景。\n---\n正文\n"
)


def _laid_out(make_panel, qtbot, width: int):
    _editor, panel = make_panel(POST)
    panel.resize(width, 900)
    panel.show()
    qtbot.waitExposed(panel)
    for _ in range(3):  # reflowing rows change heights, which settles in a couple of passes
        QApplication.processEvents()
    return panel


@pytest.mark.parametrize("width", [260, 320, 420])
def test_no_row_needs_more_than_the_pane(make_panel, qtbot, width: int) -> None:
    panel = _laid_out(make_panel, qtbot, width)
    scroll = panel.findChild(QScrollArea)
    viewport = scroll.viewport()
    assert not scroll.horizontalScrollBar().isVisible()
    assert panel.form_body.width() <= viewport.width()
    assert panel.form_body.minimumSizeHint().width() <= viewport.width()
    right = viewport.width()
    for row in panel.rows():
        assert row.minimumSizeHint().width() <= right, row.key
        assert row.editor.minimumSizeHint().width() <= right, row.key
        for child in [row.editor, *row.editor.findChildren(QWidget)]:
            if child.isVisible() and child.width() > 0:
                edge = child.mapTo(viewport, QPoint(child.width(), 0)).x()
                assert edge <= right, (row.key, type(child).__name__, edge, right)


def test_categories_radios_stack_when_narrow_and_sit_side_by_side_when_wide(
    make_panel, qtbot
) -> None:
    narrow = _laid_out(make_panel, qtbot, 260).row("categories")
    assert narrow is not None
    assert isinstance(narrow.editor, CategoriesEditor)
    editor = narrow.editor
    assert editor.modes.is_stacked()
    several = editor.several
    assert several.width() >= several.sizeHint().width()  # "Several categories", not "Several ca"
    wide = _laid_out(make_panel, qtbot, 900).row("categories")
    assert wide is not None
    assert isinstance(wide.editor, CategoriesEditor)
    assert not wide.editor.modes.is_stacked()


def test_image_buttons_go_under_the_field_when_narrow(make_panel, qtbot) -> None:
    row = _laid_out(make_panel, qtbot, 260).row("top_img")
    assert row is not None
    assert isinstance(row.editor, ImageEditor)
    image = row.editor
    assert image.line.is_stacked()
    assert image.browse.width() >= image.browse.sizeHint().width()
    assert image.browse.y() > image.path.y()
    wide = _laid_out(make_panel, qtbot, 900).row("top_img")
    assert wide is not None
    assert isinstance(wide.editor, ImageEditor)
    assert not wide.editor.line.is_stacked()
    assert wide.editor.browse.y() == wide.editor.path.y()


@pytest.mark.parametrize("width", [260, 420])
def test_a_long_value_shows_its_start_and_its_whole_text_in_a_tooltip(
    make_panel, qtbot, width: int
) -> None:
    panel = _laid_out(make_panel, qtbot, width)
    row = panel.row("top_img")
    assert row is not None
    assert isinstance(row.editor, ImageEditor)
    field = row.editor.path
    assert field.text() == GRADIENT
    assert field.cursorPosition() == 0
    assert field.toolTip() == GRADIENT
    title = panel.row("title")
    assert title is not None
    line = title.editor.findChild(QLineEdit)
    assert line is not None
    assert line.toolTip() == line.text() != ""
    line.setText("新的标题")  # the tooltip follows edits
    assert line.toolTip() == "新的标题"


def test_a_long_value_stacks_the_row_so_the_field_shows_it_whole(qtbot) -> None:
    """A short mode box (简体中文's 颜色或渐变 / 图片) left the row side by side in a pane too
    narrow for the value: the gradient was cut to "linear-gradient(135". The field's text now
    counts in the row's wanted width: a long value stacks the row, a short one does not."""
    from PySide6.QtWidgets import QComboBox, QToolButton

    from postpad.gui.frontmatter.editors.flow import ReflowRow

    row = ReflowRow()
    qtbot.addWidget(row)
    mode, field, browse = QComboBox(), QLineEdit("a.png"), QToolButton(text="…")
    mode.addItem("图片")
    for widget, stretch in ((mode, 0), (field, 1), (browse, 0)):
        row.add(widget, stretch)
    width = mode.sizeHint().width() + field.sizeHint().width() + browse.sizeHint().width() + 40
    row.resize(width, 60)
    row.show()
    qtbot.waitExposed(row)
    assert not row.is_stacked()  # a short value: side by side
    field.setText(GRADIENT)  # typed or opened: the row reflows at once
    assert row.is_stacked()
    QApplication.processEvents()
    assert field.width() == row.width() > mode.width() + field.sizeHint().width()  # whole line
    field.setText("b.png")
    assert not row.is_stacked()
