"""The preview's context menu has no browser navigation: a right-click in the preview of a
real Jekyll post offered Back, Forward, Reload, Save page and View page source (Chromium's
default menu, in English in the Chinese interface). Copy and Select All stay."""

from __future__ import annotations

from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWidgets import QMenu

from postpad.gui.preview.webview import PreviewWebView, without_navigation

Action = QWebEnginePage.WebAction


def test_the_menu_keeps_copy_and_drops_navigation(qtbot) -> None:
    view = PreviewWebView("light")
    qtbot.addWidget(view)
    menu = QMenu()
    for action in (Action.Back, Action.Forward, Action.Reload, Action.SavePage):
        menu.addAction(view.pageAction(action))
    menu.addSeparator()
    menu.addAction(view.pageAction(Action.ViewSource))
    menu.addAction(view.pageAction(Action.Copy))
    menu.addAction(view.pageAction(Action.SelectAll))
    kept = without_navigation(menu, view)
    assert [a for a in kept.actions() if not a.isSeparator()] == [
        view.pageAction(Action.Copy),
        view.pageAction(Action.SelectAll),
    ]
    assert not kept.actions()[0].isSeparator()  # no separator left at the top
