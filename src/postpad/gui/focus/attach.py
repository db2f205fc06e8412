"""The focus feature's entry point: what it adds to the window (``attach``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from postpad.gui.focus import FOCUS, ViewComfort
from postpad.gui.focus.controller import FocusMode
from postpad.gui.i18n import keep_translated
from postpad.gui.named import named
from postpad.gui.protocols import FeatureWindow


def _action(
    window: FeatureWindow,
    text: Callable[[], str],
    name: str,
    shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
) -> QAction:
    action = named(QAction(window), name)
    keep_translated(window, lambda: action.setText(text()))
    if shortcut is not None:
        action.setShortcut(shortcut)
    return action


def attach(window: FeatureWindow) -> None:
    """Add focus, typewriter, full screen and zoom actions to the View menu."""
    comfort = ViewComfort(window)
    menu = window.menu("view")
    menu.addSeparator()
    _add_focus_modes(window, menu, comfort)
    _add_typewriter_and_full_screen(window, menu, comfort)
    menu.addSeparator()
    _add_zoom(window, menu, comfort)
    window.features.add(FOCUS, comfort)


def _add_focus_modes(window: FeatureWindow, menu: QMenu, comfort: ViewComfort) -> None:
    focus_menu = menu.addMenu("")
    keep_translated(
        window,
        lambda: focus_menu.setTitle(QCoreApplication.translate("FocusFeature", "Focus &Mode")),
    )
    focus_menu.setObjectName("menuFocusMode")
    group = QActionGroup(window)
    labels = {
        FocusMode.OFF: lambda: QCoreApplication.translate("FocusFeature", "&Off"),
        FocusMode.PARAGRAPH: lambda: QCoreApplication.translate("FocusFeature", "&Paragraph"),
        FocusMode.SENTENCE: lambda: QCoreApplication.translate("FocusFeature", "&Sentence"),
    }
    for mode, label in labels.items():
        action = _action(window, label, f"actionFocus{mode.value.title()}")
        action.setCheckable(True)
        action.setChecked(mode is FocusMode.OFF)
        action.triggered.connect(lambda _=False, m=mode: comfort.set_mode(m))
        group.addAction(action)
        focus_menu.addAction(action)


def _add_typewriter_and_full_screen(
    window: FeatureWindow, menu: QMenu, comfort: ViewComfort
) -> None:
    typewriter = _action(
        window,
        lambda: QCoreApplication.translate("FocusFeature", "&Typewriter Scrolling"),
        "actionTypewriter",
    )
    typewriter.setCheckable(True)
    typewriter.toggled.connect(comfort.set_typewriter)
    full = _action(
        window,
        lambda: QCoreApplication.translate("FocusFeature", "F&ull Screen"),
        "actionFullScreen",
        QKeySequence("F11"),
    )
    full.setCheckable(True)
    full.toggled.connect(comfort.toggle_full_screen)
    menu.addAction(typewriter)
    menu.addAction(full)


def _add_zoom(window: FeatureWindow, menu: QMenu, comfort: ViewComfort) -> None:
    zooms: list[
        tuple[Callable[[], str], str, QKeySequence | QKeySequence.StandardKey, int | None]
    ] = [
        (
            lambda: QCoreApplication.translate("FocusFeature", "Zoom &In"),
            "actionZoomIn",
            QKeySequence.StandardKey.ZoomIn,
            1,
        ),
        (
            lambda: QCoreApplication.translate("FocusFeature", "&Zoom Out"),
            "actionZoomOut",
            QKeySequence.StandardKey.ZoomOut,
            -1,
        ),
        (
            lambda: QCoreApplication.translate("FocusFeature", "&Reset Zoom"),
            "actionZoomReset",
            QKeySequence("Ctrl+0"),
            None,
        ),
    ]
    for text, name, shortcut, delta in zooms:
        action = _action(window, text, name, shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _=False, d=delta: comfort.zoom(d))
        menu.addAction(action)
