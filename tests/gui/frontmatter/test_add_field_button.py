"""The form's "Add field" button is a drop-down button: its arrow beside the text, not in the
corner under it, at every font size and in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

from postpad.gui import i18n


class RecordingStyle(QProxyStyle):
    """The app's style, noting where the down arrow and the button's text are drawn."""

    def __init__(self) -> None:
        super().__init__()
        self.arrows: list[QRect] = []
        self.texts: list[tuple[QRect, int, str]] = []

    def drawPrimitive(self, element, option: QStyleOption, painter, widget=None) -> None:
        if element is QStyle.PrimitiveElement.PE_IndicatorArrowDown:
            self.arrows.append(QRect(option.rect))
        super().drawPrimitive(element, option, painter, widget)

    def drawItemText(
        self, painter, rect, flags, palette: QPalette, enabled, text, role=QPalette.ColorRole.NoRole
    ) -> None:
        if text:
            self.texts.append((QRect(rect), int(flags), text))
        super().drawItemText(painter, rect, flags, palette, enabled, text, role)


@pytest.fixture(params=["en_US", "zh_CN"])
def language(request, qapp):
    i18n.install_translators(qapp, QLocale(request.param))
    yield request.param
    i18n.install_translators(qapp, QLocale("en_US"))


def _drawn(button: QWidget, style: RecordingStyle) -> tuple[QRect, QRect]:
    """The arrow's rectangle and the text's own bounding box in one paint of ``button``."""
    button.grab()
    assert len(style.arrows) == 1
    rect, flags, text = style.texts[-1]
    size = QSize(button.fontMetrics().horizontalAdvance(text), button.fontMetrics().height())
    alignment = Qt.AlignmentFlag(
        flags & int(Qt.AlignmentFlag.AlignHorizontal_Mask | Qt.AlignmentFlag.AlignVertical_Mask)
    )
    box = QStyle.alignedRect(Qt.LayoutDirection.LeftToRight, alignment, size, rect)
    return style.arrows[0], box


@pytest.mark.parametrize("points", [7, 10, 14, 22])
def test_the_arrow_sits_beside_the_text(make_panel, language, points) -> None:
    _editor, panel = make_panel("---\ntitle: 标题\n---\n")
    button = panel.add_button
    assert button.text() == ("添加字段" if language == "zh_CN" else "Add field")
    style = RecordingStyle()
    style.setParent(button)  # lives as long as the button that uses it
    button.setStyle(style)
    font = button.font()
    font.setPointSize(points)
    button.setFont(font)
    panel.resize(400, 600)
    panel.show()
    assert button.width() >= button.sizeHint().width()  # the layout gives it what it asks
    arrow, text = _drawn(button, style)
    assert arrow.left() > text.right(), (arrow, text)  # beside the text, not over it
    assert arrow.top() <= text.center().y() <= arrow.bottom(), (arrow, text)  # on its line
    assert arrow.right() < button.width()


def test_clicking_the_button_opens_the_add_menu(make_panel, qtbot) -> None:
    _editor, panel = make_panel("---\ntitle: 标题\n---\n")
    panel.show()
    shown: list[bool] = []

    def close_when_shown() -> None:
        shown.append(True)
        QTimer.singleShot(0, panel.add_button.menu().close)

    panel.add_button.menu().aboutToShow.connect(close_when_shown)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown))
    assert any(action.text() == "date" for action in panel.add_button.menu().actions())
