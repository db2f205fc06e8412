"""Focus mode, typewriter scrolling, full screen and zoom: View menu actions."""

from __future__ import annotations

from PySide6.QtCore import QObject

from postpad.gui.focus.controller import FocusController, FocusMode, focus_controller
from postpad.gui.focus.zoom import apply_zoom, clamp_step
from postpad.gui.protocols import DocumentTabView, FeatureKey, FeatureWindow

__all__ = ["FocusController", "FocusMode", "ViewComfort", "focus_controller"]


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


FOCUS: FeatureKey[ViewComfort] = FeatureKey("focus")
