"""gui/settings: the registry's QSettings adapter and the window's SettingsStore (decision 0141).

Settings saved by earlier versions must load unchanged, and what the store writes must be what
the old code wrote (the same INI text), so going back and forth between versions loses nothing.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from postpad.core.settings import Preferences, load_preferences
from postpad.core.settings_registry import (
    AUTOSAVE,
    GIT_BACKUP_ON_SAVE,
    PANE_VISIBLE,
    PREFERENCES,
    RECENT_FILES,
    SITE_DOCK_CLOSED,
    SPELLING_ENABLED,
    TYPOGRAPHY_CHECK,
    TYPOGRAPHY_SPACING,
    UI_LANGUAGE,
    WINDOW_GEOMETRY,
)
from postpad.gui.settings import SettingsStore, read, remove, write

GUI = Path(__file__).resolve().parents[2] / "src" / "postpad" / "gui"

#: a Postpad.conf as the versions before the registry wrote it (QSettings INI format)
OLD_INI = r"""[documents]
recent=/blog/source/_posts/only-one.md

[git]
backupOnSave=true

[panes]
form=false
preview=true

[recovery]
autosave=true

[site]
dockClosedByUser=true

[spelling]
enabled=false

[typography]
check=false
spacing=require

[ui]
language=zh_CN

[window]
geometry=@ByteArray(\x1\xd9\xd0\xcb\0\x3)
"""


def _ini(tmp_path: Path, name: str, text: str = "") -> QSettings:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return QSettings(str(path), QSettings.Format.IniFormat)


def test_an_old_settings_file_loads_with_its_values(qapp, tmp_path: Path) -> None:
    old = _ini(tmp_path, "old.conf", OLD_INI)
    assert read(RECENT_FILES, old) == ("/blog/source/_posts/only-one.md",)
    assert read(GIT_BACKUP_ON_SAVE, old) is True
    assert read(PANE_VISIBLE["form"], old) is False
    assert read(PANE_VISIBLE["preview"], old) is True
    assert read(PANE_VISIBLE["editor"], old) is True  # missing: the default
    assert read(AUTOSAVE, old) is True
    assert read(SITE_DOCK_CLOSED, old) is True
    assert read(SPELLING_ENABLED, old) is False
    assert read(TYPOGRAPHY_CHECK, old) is False
    assert read(TYPOGRAPHY_SPACING, old) == "require"
    assert read(UI_LANGUAGE, old) == "zh_CN"
    assert read(WINDOW_GEOMETRY, old) == b"\x01\xd9\xd0\xcb\x00\x03"


def _old_writes(settings: QSettings) -> None:
    """What the modules wrote before the registry, call for call."""
    settings.setValue("documents/recent", ["/blog/a.md", "/blog/b.md"])
    settings.setValue("git/backupOnSave", True)
    settings.setValue("panes/editor", False)
    settings.setValue("typography/spacing", "forbid")
    settings.setValue("window/splitter", QByteArray(b"\x00\xffsplit"))
    settings.setValue("ui/language", "")


def _new_writes(settings: QSettings) -> None:
    from postpad.core.settings_registry import WINDOW_SPLITTER

    write(RECENT_FILES, ("/blog/a.md", "/blog/b.md"), settings)
    write(GIT_BACKUP_ON_SAVE, True, settings)
    write(PANE_VISIBLE["editor"], False, settings)
    write(TYPOGRAPHY_SPACING, "forbid", settings)
    write(WINDOW_SPLITTER, b"\x00\xffsplit", settings)
    write(UI_LANGUAGE, "", settings)


def test_the_store_writes_what_the_old_code_wrote(qapp, tmp_path: Path) -> None:
    old, new = _ini(tmp_path, "old.conf"), _ini(tmp_path, "new.conf")
    _old_writes(old)
    _new_writes(new)
    old.sync()
    new.sync()
    old_text = (tmp_path / "old.conf").read_text(encoding="utf-8")
    assert old_text == (tmp_path / "new.conf").read_text(encoding="utf-8")
    assert "recent=/blog/a.md, /blog/b.md" in old_text
    remove(RECENT_FILES, new)
    assert read(RECENT_FILES, new) == ()


def test_an_old_preferences_file_loads_and_saves_in_its_format(qapp, tmp_path: Path) -> None:
    path = tmp_path / "preferences.json"
    old = {"version": 1, "editor_font_size": 15, "appearance": "dark", "soft_wrap": False}
    path.write_text(json.dumps(old, indent=2) + "\n", encoding="utf-8")
    store = SettingsStore(load_preferences(path), path)
    assert store.get(PREFERENCES["editor_font_size"]) == 15
    assert store.get(PREFERENCES["appearance"]) == "dark"
    assert store.get(PREFERENCES["soft_wrap"]) is False
    assert store.get(PREFERENCES["sync_scroll"]) is True
    store.set(PREFERENCES["editor_font_size"], 15)  # unchanged: the file is rewritten the same
    assert json.loads(path.read_text(encoding="utf-8")) == old


def test_changes_are_announced_once_with_their_key(qapp, qtbot, tmp_path: Path) -> None:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
    store = SettingsStore(Preferences(), tmp_path / "preferences.json")
    seen: list[tuple[str, object]] = []
    store.changed.connect(lambda key, value: seen.append((key, value)))
    store.set(AUTOSAVE, True)
    store.set(AUTOSAVE, True)  # no change, no signal
    store.set(PREFERENCES["editor_font_size"], 18)
    store.set_preferences(store.preferences)
    assert seen == [("recovery/autosave", True), ("editor_font_size", 18)]
    assert store.get(AUTOSAVE) is True
    assert load_preferences(tmp_path / "preferences.json").editor_font_size == 18


def test_only_the_adapter_reads_or_writes_qsettings_keys() -> None:
    offenders = []
    for source in sorted(GUI.rglob("*.py")):
        text = source.read_text(encoding="utf-8")
        if source == GUI / "settings.py" or "QSettings" not in text:
            continue
        if re.search(r"\.(value|setValue|remove)\(\s*[\"'A-Z_]", text):
            offenders.append(source.relative_to(GUI).as_posix())
    assert offenders == [], "read and write settings through gui/settings.py and the registry"


def test_the_real_window_announces_toggled_settings_of_both_stores(main_window) -> None:
    from PySide6.QtGui import QAction

    seen: list[tuple[str, object]] = []
    main_window.settings.changed.connect(lambda key, value: seen.append((key, value)))
    autosave = main_window.findChild(QAction, "autosaveToFile")
    autosave.trigger()
    main_window.window_actions["sync_scroll"].setChecked(False)
    assert seen == [("recovery/autosave", autosave.isChecked()), ("sync_scroll", False)]
    assert main_window.preferences.sync_scroll is False
