"""English spell checking that never marks Han text (optional: pyenchant + a dictionary).

Without pyenchant or an English system dictionary, ``attach`` adds nothing: no menu entry,
no message, no error.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction

from postpad.gui.spelling.controller import SpellingController, spelling_controller
from postpad.gui.spelling.speller import Speller, load_speller
from postpad.gui.typography.context_menu import context_menu_for

__all__ = ["SpellingController", "SpellingFeature", "attach", "load_speller"]

KEY_ENABLED = "spelling/enabled"


class SpellingFeature(QObject):
    """Window-wide on/off state applied to each tab's editor."""

    def __init__(self, window: Any, speller: Speller) -> None:
        super().__init__(window)
        self._window = window
        self._speller = speller
        self.enabled = QSettings().value(KEY_ENABLED, True) in (True, "true", "1", 1)
        window.current_tab_changed.connect(self.prepare)

    def prepare(self, tab: Any = None) -> None:
        tab = tab if tab is not None else self._window.current_tab()
        if tab is None:
            return
        controller = spelling_controller(tab.editor, self._speller)
        if controller.property("postpadPrepared") is None:
            controller.setProperty("postpadPrepared", True)
            context_menu_for(tab.editor).register("spelling", controller.actions_at)
        if controller.enabled() != self.enabled:
            controller.set_enabled(self.enabled)

    def set_enabled(self, on: bool) -> None:
        self.enabled = on
        QSettings().setValue(KEY_ENABLED, on)
        tabs = self._window.tabs() if hasattr(self._window, "tabs") else []
        for tab in tabs:
            self.prepare(tab)


def attach(window: Any, speller: Speller | None = None) -> None:
    """Add Tools > Check Spelling when a dictionary is available; otherwise do nothing.

    Loading the system dictionary waits for the window's first frame (``after_shown``; at once
    for a window without it). Meanwhile the menu entry holds its place, hidden.
    """
    if speller is not None:
        _enable(window, speller, _spelling_action(window))
        return
    after_shown = getattr(window, "after_shown", None)
    if after_shown is None:
        _load_and_enable(window, None)
        return
    placeholder = _spelling_action(window)
    placeholder.setVisible(False)
    after_shown(lambda: _load_and_enable(window, placeholder))


def _spelling_action(window: Any) -> QAction:
    action = QAction(
        QCoreApplication.translate("SpellingFeature", "Check &Spelling (English)"),
        window,
        objectName="actionCheckSpelling",
    )
    action.setCheckable(True)
    window.menu("tools").addAction(action)
    return action


def _load_and_enable(window: Any, action: QAction | None) -> None:
    speller = load_speller()
    if speller is None:
        if action is not None:
            window.menu("tools").removeAction(action)
            action.setParent(None)  # no longer the window's: findChild must not see it
            action.deleteLater()
        return
    _enable(window, speller, action or _spelling_action(window))


def _enable(window: Any, speller: Speller, action: QAction) -> None:
    feature = SpellingFeature(window, speller)
    action.setChecked(feature.enabled)
    action.toggled.connect(feature.set_enabled)
    action.setVisible(True)
    window.spelling = feature
    feature.prepare()
