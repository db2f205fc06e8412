"""The user's preferences in the open window: the Preferences dialog and the View menu's
toggles that are preferences (sync scroll, dark mode) store them in the one settings store
(decision 0141), and every tab and the theme follow at once."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from postpad.core.settings import Preferences
from postpad.gui.theme import DARK

if TYPE_CHECKING:
    from postpad.gui.documents.tab import DocumentTab
    from postpad.gui.mainwindow import MainWindow


class WindowPreferences:
    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def show_dialog(self) -> None:
        from postpad.gui.dialogs.preferences import PreferencesDialog  # on use (decision 0181)

        dialog = PreferencesDialog(self._window.preferences, self._window)
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted:
            self.save(dialog.preferences())

    def save(self, prefs: Preferences) -> None:
        """Apply new preferences to every tab and store them."""
        window = self._window
        window.settings.set_preferences(prefs)
        window.theme.set_appearance(prefs.appearance)
        for tab in window.tabs():
            self.apply_to_editor(tab)
            tab.configure(
                default_profile=prefs.default_profile,
                dialect=prefs.preview_dialect,
                remote_images=prefs.remote_images,
            )
        window.status_bar().show_tab(window.current_tab())

    def apply_to_editor(self, tab: DocumentTab) -> None:
        prefs = self._window.preferences
        tab.editor.set_editor_font(prefs.editor_font_family, prefs.editor_font_size)
        tab.editor.set_soft_wrap(prefs.soft_wrap)
        tab.editor.auto_pair_enabled = prefs.auto_pair
        tab.sync_scroll = prefs.sync_scroll

    def set_sync_scroll(self, on: bool) -> None:
        self.save(replace(self._window.preferences, sync_scroll=on))

    def set_dark(self, on: bool) -> None:
        window = self._window
        if on != (window.theme.name == DARK):
            self.save(replace(window.preferences, appearance="dark" if on else "light"))

    def follow_theme(self, name: str) -> None:
        """The theme changed (here or by the system): the toggle, editors and previews follow."""
        window = self._window
        window.window_actions["dark_mode"].setChecked(name == DARK)
        for tab in window.tabs():
            tab.editor.set_colors(window.theme.editor_colors())
            tab.preview.set_theme(name)
