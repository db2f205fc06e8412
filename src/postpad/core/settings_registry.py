"""Every setting Postpad stores, typed, with its key and default (decision 0141).

Two stores, one registry: ``"preferences"`` are the fields of ``core.settings.Preferences`` (the
JSON file the Preferences dialog edits); ``"ui"`` are the keys the GUI keeps with ``QSettings``
(feature toggles, recent files, window layout). Each ``Setting`` turns a stored value back into
its type (``coerce``), so a value written by an older Postpad, by another platform's QSettings
backend (INI files give every value back as a string) or by hand never crashes and keeps its
meaning; it writes values in the form the GUI always wrote (``encode``). This module is pure
Python: the GUI's adapter (``gui/settings.py``) reads and writes QSettings and emits changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any, Generic, Literal, TypeVar, cast

from postpad.core.settings import APPEARANCES, Preferences
from postpad.core.typography.options import SPACING_POLICIES

T = TypeVar("T")
Store = Literal["preferences", "ui"]

_TRUE = (True, 1, "true", "1")
_FALSE = (False, 0, "false", "0")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    store: Store = "ui"
    choices: tuple[T, ...] = ()

    def coerce(self, raw: object) -> T:
        """``raw`` as this setting's type; the default when it cannot be one."""
        value = _coerced(self.default, raw)
        if value is None or (self.choices and value not in self.choices):
            return self.default
        return cast(T, value)

    def encode(self, value: T) -> object:
        """The value as stored (a list for a sequence: QSettings keeps lists, not tuples)."""
        return list(value) if isinstance(value, tuple) else value


def _coerced(default: object, raw: object) -> object:
    if isinstance(default, bool):
        return True if _member(raw, _TRUE) else False if _member(raw, _FALSE) else None
    if isinstance(default, int):
        if isinstance(raw, str) and raw.strip().lstrip("-").isdigit():
            return int(raw)
        return raw if isinstance(raw, int) and not isinstance(raw, bool) else None
    if isinstance(default, str):
        return raw if isinstance(raw, str) else None
    if isinstance(default, bytes):
        return bytes(raw) if isinstance(raw, (bytes, bytearray)) else None
    if isinstance(default, tuple):
        return _strings(raw)
    return None


def _member(raw: object, tokens: tuple[object, ...]) -> bool:
    return any(type(raw) is type(token) and raw == token for token in tokens)


def _strings(raw: object) -> tuple[str, ...] | None:
    """A list of strings: QSettings gives a one-item list back as a plain string."""
    if isinstance(raw, str):
        return (raw,) if raw else ()
    if isinstance(raw, Sequence):
        return tuple(str(item) for item in raw if str(item))
    return None


# --- the "ui" store (QSettings keys) ---------------------------------------------------------
UI_LANGUAGE = Setting("ui/language", "")  # "" follows the system
TYPOGRAPHY_CHECK = Setting("typography/check", True)
TYPOGRAPHY_SPACING: Setting[str] = Setting(
    "typography/spacing", "ignore", choices=tuple(SPACING_POLICIES)
)
TYPOGRAPHY_AUTO_INDENT = Setting("typography/auto_indent", False)
TYPOGRAPHY_INDENT_FORM = Setting("typography/indent_form", "")  # last form used (written only)
SPELLING_ENABLED = Setting("spelling/enabled", True)
GIT_BACKUP_ON_SAVE = Setting("git/backupOnSave", False)
PASTE_DOWNLOAD_IMAGES = Setting("paste/downloadImages", False)  # web images into the post
AUTOSAVE = Setting("recovery/autosave", False)
SITE_DOCK_CLOSED = Setting("site/dockClosedByUser", False)
PREVIEW_POST_HEADER = Setting("preview/postHeader", True)  # View > Post Header (decision 0234)
RECENT_FILES: Setting[tuple[str, ...]] = Setting("documents/recent", ())
WINDOW_GEOMETRY = Setting("window/geometry", b"")
WINDOW_STATE = Setting("window/state", b"")  # dock places, after every feature added its docks
WINDOW_SPLITTER = Setting("window/splitter", b"")
PANES = ("form", "editor", "preview")
PANE_VISIBLE = {name: Setting(f"panes/{name}", True) for name in PANES}

UI_SETTINGS: tuple[Setting[Any], ...] = (
    UI_LANGUAGE,
    TYPOGRAPHY_CHECK,
    TYPOGRAPHY_SPACING,
    TYPOGRAPHY_AUTO_INDENT,
    TYPOGRAPHY_INDENT_FORM,
    SPELLING_ENABLED,
    GIT_BACKUP_ON_SAVE,
    PASTE_DOWNLOAD_IMAGES,
    AUTOSAVE,
    SITE_DOCK_CLOSED,
    PREVIEW_POST_HEADER,
    RECENT_FILES,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    WINDOW_SPLITTER,
    *PANE_VISIBLE.values(),
)


# --- the "preferences" store (the JSON file, core/settings.py) --------------------------------
def _preference_settings() -> dict[str, Setting[Any]]:
    defaults = Preferences()
    found: dict[str, Setting[Any]] = {}
    for field in fields(Preferences):
        default = getattr(defaults, field.name)
        choices = APPEARANCES if field.name == "appearance" else ()
        found[field.name] = Setting(field.name, default, "preferences", choices)
    return found


PREFERENCES: dict[str, Setting[Any]] = _preference_settings()
ALL_SETTINGS: tuple[Setting[Any], ...] = (*PREFERENCES.values(), *UI_SETTINGS)


def setting_for(key: str) -> Setting[Any]:
    """The registered setting with ``key`` (``LookupError`` for an unknown one)."""
    for setting in ALL_SETTINGS:
        if setting.key == key:
            return setting
    raise LookupError(f"no setting {key!r}")
