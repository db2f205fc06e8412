"""English spell checking that never marks Han text (optional: pyenchant + a dictionary).

Without pyenchant or an English system dictionary, ``attach`` adds nothing: no menu entry,
no message, no error.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from postpad.core.settings_registry import SPELLING_ENABLED
from postpad.gui.editor.context_menu import context_menu_for
from postpad.gui.protocols import DocumentTabView, FeatureKey, FeatureWindow
from postpad.gui.spelling.controller import SpellingController, spelling_controller
from postpad.gui.spelling.speller import Speller, load_speller
from postpad.gui.worker_signals import GuardedEmitter

__all__ = ["SpellingController", "SpellingFeature", "load_speller"]


class SpellingFeature(QObject):
    """Window-wide on/off state applied to each tab's editor."""

    def __init__(self, window: FeatureWindow, speller: Speller) -> None:
        super().__init__(window)
        self._window = window
        self._speller = speller
        self.enabled = window.settings.get(SPELLING_ENABLED)
        window.current_tab_changed.connect(self.prepare)

    def prepare(self, tab: DocumentTabView | None = None) -> None:
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
        self._window.settings.set(SPELLING_ENABLED, on)
        tabs = self._window.tabs()
        for tab in tabs:
            self.prepare(tab)


SPELLING: FeatureKey[SpellingFeature] = FeatureKey("spelling")


class _SpellerLoader(QObject):
    """Runs ``load_speller`` on a worker thread; ``loaded`` arrives on the GUI thread."""

    loaded = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.emitter = GuardedEmitter()  # the window (and this loader) may close meanwhile
        self.destroyed.connect(self.emitter.close)

    def start(self) -> None:
        threading.Thread(target=self._run, name="postpad-speller", daemon=True).start()

    def _run(self) -> None:
        speller = load_speller()
        self.emitter.send(lambda: self.loaded.emit(speller))
