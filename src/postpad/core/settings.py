"""User preferences: one typed dataclass, stored as JSON holding only non-default values.

Preferences (what the user chose in the dialog) are kept apart from UI state (window geometry,
splitter sizes), which the GUI stores with ``QSettings``. The path is always passed in, so this
module reads no environment and touches no home folder by itself.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from postpad.core.atomic import write_atomic
from postpad.core.engines import DEFAULT_ENGINE

SCHEMA_VERSION = 1

APPEARANCES = ("system", "light", "dark")


@dataclass(frozen=True)
class Preferences:
    """Everything the Preferences dialog edits. Defaults live here and nowhere else."""

    editor_font_family: str = ""
    """Empty means the built-in stack (a monospace font with CJK fallback)."""
    editor_font_size: int = 12
    appearance: str = "system"
    """``"system"`` follows the desktop colour scheme; ``"light"``/``"dark"`` override it."""
    default_profile: str = DEFAULT_ENGINE
    """Engine profile for posts outside any detected site."""
    preview_dialect: str = ""
    """Empty means the detected site's engine; otherwise this profile renders the preview."""
    remote_images: bool = False
    auto_pair: bool = True
    soft_wrap: bool = True
    sync_scroll: bool = True


def _coerce(default: Any, value: Any) -> Any:
    """Return ``value`` when it has the default's type, else the default (bad files never crash)."""
    if isinstance(default, bool):
        return value if isinstance(value, bool) else default
    if isinstance(default, int):
        ok = isinstance(value, int) and not isinstance(value, bool)
        return value if ok else default
    return value if isinstance(value, type(default)) else default


def _validated(prefs: Preferences) -> Preferences:
    changes: dict[str, Any] = {}
    if prefs.appearance not in APPEARANCES:
        changes["appearance"] = Preferences.appearance
    if not 4 <= prefs.editor_font_size <= 96:
        changes["editor_font_size"] = Preferences.editor_font_size
    return replace(prefs, **changes) if changes else prefs


def preferences_from_dict(data: dict[str, Any]) -> Preferences:
    """Build preferences from decoded JSON, ignoring unknown keys and ill-typed values."""
    defaults = Preferences()
    values = {
        f.name: _coerce(getattr(defaults, f.name), data[f.name])
        for f in fields(Preferences)
        if f.name in data
    }
    return _validated(Preferences(**values))


def non_default_values(prefs: Preferences) -> dict[str, Any]:
    """The values that differ from their defaults, in field order."""
    defaults = asdict(Preferences())
    return {key: value for key, value in asdict(prefs).items() if defaults[key] != value}


def load_preferences(path: Path) -> Preferences:
    """Read preferences; a missing, unreadable or malformed file gives the defaults."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return Preferences()
    if not isinstance(data, dict):
        return Preferences()
    return preferences_from_dict(data)


def save_preferences(path: Path, prefs: Preferences) -> None:
    """Write only non-default values (plus the schema version), atomically."""
    payload = {"version": SCHEMA_VERSION, **non_default_values(prefs)}
    text = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8")
    write_atomic(path, data, fsync=True, prefix=".preferences-", new_mode=0o600)
