"""The Preferences dialog edits every Preferences field it shows and nothing else."""

from __future__ import annotations

from dataclasses import replace

from postpad.core.settings import Preferences
from postpad.gui.dialogs.preferences import PreferencesDialog


def test_dialog_round_trips_and_edits(qtbot) -> None:
    start = replace(Preferences(), sync_scroll=False, editor_font_size=14)
    dialog = PreferencesDialog(start)
    qtbot.addWidget(dialog)
    assert dialog.preferences() == start  # opening and accepting changes nothing
    dialog.font_size.setValue(18)
    dialog.appearance.setCurrentIndex(dialog.appearance.findData("dark"))
    dialog.default_profile.setCurrentIndex(dialog.default_profile.findData("hugo"))
    dialog.dialect.setCurrentIndex(dialog.dialect.findData("jekyll"))
    dialog.remote_images.setChecked(True)
    dialog.auto_pair.setChecked(False)
    dialog.default_font.setChecked(False)
    edited = dialog.preferences()
    assert edited.editor_font_size == 18
    assert edited.appearance == "dark"
    assert edited.default_profile == "hugo"
    assert edited.preview_dialect == "jekyll"
    assert edited.remote_images is True
    assert edited.auto_pair is False
    assert edited.editor_font_family == dialog.font_family.currentFont().family()
    assert edited.sync_scroll is False  # not in the dialog: kept as it was


def test_dialect_override_changes_the_tab_profile(qtbot, main_window, post_file) -> None:
    tab = main_window.open_paths([post_file])[0]
    assert tab.profile == "hexo"
    main_window.preferences_ui.save(replace(main_window.preferences, preview_dialect="hugo"))
    assert tab.profile == "hugo"
    assert tab.preview_settings().profile == "hugo"
