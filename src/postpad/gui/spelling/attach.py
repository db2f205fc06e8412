"""The spelling feature's entry point: what it adds to the window (``attach``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction

from postpad.gui.i18n import keep_text
from postpad.gui.protocols import FeatureWindow
from postpad.gui.spelling import SPELLING, SpellingFeature, _SpellerLoader
from postpad.gui.spelling.speller import Speller


def attach(window: FeatureWindow, speller: Speller | None = None) -> None:
    """Add Tools > Check Spelling when a dictionary is available; otherwise do nothing.

    Loading the system dictionary (~0.3 s: pyenchant's import and the C library) starts after
    the window's first frame (``after_shown``) on a worker thread, so it delays neither the window
    nor the first preview. Meanwhile the menu entry holds its place, hidden.
    """
    if speller is not None:
        _enable(window, speller, _spelling_action(window))
        return
    placeholder = _spelling_action(window)
    placeholder.setVisible(False)
    loader = _SpellerLoader(window)
    loader.loaded.connect(
        lambda found: _enable_or_remove(window, found, placeholder),
        Qt.ConnectionType.QueuedConnection,
    )
    window.after_shown(loader.start)


def _spelling_action(window: FeatureWindow) -> QAction:
    action = QAction(window)
    keep_text(
        window,
        action,
        lambda: QCoreApplication.translate("SpellingFeature", "Check S&pelling (English)"),
    )
    action.setObjectName("actionCheckSpelling")
    action.setCheckable(True)
    window.menu("tools").addAction(action)
    return action


def _enable_or_remove(
    window: FeatureWindow, speller: Speller | None, action: QAction | None
) -> None:
    if speller is None:
        if action is not None:
            window.menu("tools").removeAction(action)
            action.setParent(None)  # no longer the window's: findChild must not see it
            action.deleteLater()
        return
    _enable(window, speller, action or _spelling_action(window))


def _enable(window: FeatureWindow, speller: Speller, action: QAction) -> None:
    feature = SpellingFeature(window, speller)
    action.setChecked(feature.enabled)
    action.toggled.connect(feature.set_enabled)
    action.setVisible(True)
    window.features.add(SPELLING, feature)
    feature.prepare()
