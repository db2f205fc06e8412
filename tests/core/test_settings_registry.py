"""core/settings_registry: one typed list of every stored setting (decision 0141)."""

from __future__ import annotations

from dataclasses import asdict, fields

import pytest

from postpad.core.settings import Preferences
from postpad.core.settings_registry import (
    ALL_SETTINGS,
    PANE_VISIBLE,
    PREFERENCES,
    RECENT_FILES,
    SPELLING_ENABLED,
    TYPOGRAPHY_SPACING,
    UI_LANGUAGE,
    WINDOW_STATE,
    Setting,
    setting_for,
)


def test_keys_are_unique_and_found_by_key() -> None:
    keys = [setting.key for setting in ALL_SETTINGS]
    assert len(keys) == len(set(keys))
    for setting in ALL_SETTINGS:
        assert setting_for(setting.key) is setting
    with pytest.raises(LookupError):
        setting_for("no/such")


def test_every_preference_field_is_a_setting_with_its_default() -> None:
    assert list(PREFERENCES) == [f.name for f in fields(Preferences)]
    for name, default in asdict(Preferences()).items():
        assert PREFERENCES[name].default == default
        assert PREFERENCES[name].store == "preferences"
    assert PREFERENCES["appearance"].coerce("sepia") == "system"
    assert PREFERENCES["appearance"].coerce("dark") == "dark"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(True, True), ("true", True), ("1", True), (1, True), (False, False), ("false", False),
     ("0", False), (0, False), (None, True), ("maybe", True), (2, True)],
)  # fmt: skip
def test_booleans_as_every_qsettings_backend_returns_them(raw: object, expected: bool) -> None:
    assert SPELLING_ENABLED.coerce(raw) is expected
    assert PANE_VISIBLE["form"].coerce(raw) is expected


def test_strings_choices_lists_and_bytes() -> None:
    assert UI_LANGUAGE.coerce(None) == ""
    assert UI_LANGUAGE.coerce("zh_CN") == "zh_CN"
    assert UI_LANGUAGE.coerce(3) == ""
    assert TYPOGRAPHY_SPACING.coerce("forbid") == "forbid"
    assert TYPOGRAPHY_SPACING.coerce("sideways") == "ignore"
    # QSettings gives a one-item list back as a plain string, and an empty one as nothing
    assert RECENT_FILES.coerce("/blog/a.md") == ("/blog/a.md",)
    assert RECENT_FILES.coerce(["/blog/a.md", "", "/blog/b.md"]) == ("/blog/a.md", "/blog/b.md")
    assert RECENT_FILES.coerce("") == ()
    assert RECENT_FILES.coerce(None) == ()
    assert RECENT_FILES.encode(("/a.md",)) == ["/a.md"]
    assert WINDOW_STATE.coerce(bytearray(b"\x00\xff")) == b"\x00\xff"
    assert WINDOW_STATE.coerce("junk") == b""


def test_integers_accept_their_text() -> None:
    size = Setting("editor/size", 12)
    assert size.coerce("17") == 17
    assert size.coerce(-3) == -3
    assert size.coerce(True) == 12
    assert size.coerce("big") == 12
