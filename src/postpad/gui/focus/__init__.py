"""Focus mode, typewriter scrolling, full screen and zoom: View menu actions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from postpad.gui.focus.controller import FocusController, FocusMode, focus_controller
from postpad.gui.focus.zoom import apply_zoom, clamp_step
from postpad.gui.i18n import keep_translated
from postpad.gui.named import named
from postpad.gui.protocols import DocumentTabView, FeatureKey, FeatureWindow

__all__ = ["FocusController", "FocusMode", "ViewComfort", "attach", "focus_controller"]


class ViewComfort(QObject):
    """Window-wide state (focus mode, typewriter, zoom step) applied to whichever tab is current."""

    def __init__(self, window: FeatureWindow) -> None:
        super().__init__(window)
        self.setObjectName("viewComfort")
        self._window = window
        self.mode = FocusMode.OFF
        self.typewriter = False
        self.zoom_step = 0
        window.current_tab_changed.connect(self.apply)

    def _tabs(self) -> list[DocumentTabView]:
        return list(self._window.tabs())

    def apply(self, tab: DocumentTabView | None = None) -> None:
        tab = tab if tab is not None else self._window.current_tab()
        if tab is None:
            return
        controller = focus_controller(tab.editor)
        controller.set_mode(self.mode)
        controller.set_typewriter(self.typewriter)
        if tab.editor.property("postpadZoomStep") != self.zoom_step:
            apply_zoom(tab.editor, getattr(tab, "preview", None), self.zoom_step)

    def set_mode(self, mode: FocusMode) -> None:
        self.mode = mode
        for tab in self._tabs():
            focus_controller(tab.editor).set_mode(mode)

    def set_typewriter(self, enabled: bool) -> None:
        self.typewriter = enabled
        for tab in self._tabs():
            focus_controller(tab.editor).set_typewriter(enabled)

    def zoom(self, delta: int | None) -> None:
        """``delta`` steps in or out; ``None`` resets."""
        self.zoom_step = 0 if delta is None else clamp_step(self.zoom_step + delta)
        for tab in self._tabs():
            apply_zoom(tab.editor, getattr(tab, "preview", None), self.zoom_step)

    def toggle_full_screen(self, on: bool) -> None:
        if on:
            self._window.showFullScreen()
        else:
            self._window.showNormal()


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


FOCUS: FeatureKey[ViewComfort] = FeatureKey("focus")


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
        lambda: focus_menu.setTitle(QCoreApplication.translate("FocusFeature", "&Focus Mode")),
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
            lambda: QCoreApplication.translate("FocusFeature", "Zoom &Out"),
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
