"""The GUI side of the settings registry (``core/settings_registry.py``, decision 0141).

``read``/``write``/``remove`` are the only code that touches ``QSettings`` for a registered
setting, with the registry's types and defaults. ``SettingsStore`` is the window's view of both
stores — the JSON preferences and the QSettings keys — and emits ``changed(key, value)`` when a
value changes through it, so a feature can follow a setting instead of polling it.
"""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from postpad.core.settings import Preferences, save_preferences
from postpad.core.settings_registry import PREFERENCES, Setting

T = TypeVar("T")


def read(setting: Setting[T], backend: QSettings | None = None) -> T:
    """A QSettings-stored setting's value, typed; its default when missing or unusable."""
    raw = (backend or QSettings()).value(setting.key)
    if isinstance(raw, QByteArray):
        raw = bytes(raw.data())
    return setting.coerce(raw)


def write(setting: Setting[T], value: T, backend: QSettings | None = None) -> None:
    stored = setting.encode(value)
    if isinstance(stored, bytes):
        stored = QByteArray(stored)  # window layouts stay QByteArray values, as Qt writes them
    (backend or QSettings()).setValue(setting.key, stored)


def remove(setting: Setting[Any], backend: QSettings | None = None) -> None:
    (backend or QSettings()).remove(setting.key)


class SettingsStore(QObject):
    """One window's settings: the preferences (saved to ``preferences_path`` when given) and the
    QSettings keys. ``changed(key, value)`` follows every change made through the store."""

    changed = Signal(str, object)

    def __init__(
        self,
        preferences: Preferences | None = None,
        preferences_path: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._preferences = preferences or Preferences()
        self._path = preferences_path

    @property
    def preferences(self) -> Preferences:
        return self._preferences

    def get(self, setting: Setting[T]) -> T:
        if setting.store == "preferences":
            return setting.coerce(getattr(self._preferences, setting.key))
        return read(setting)

    def set(self, setting: Setting[T], value: T) -> None:
        if setting.store == "preferences":
            changes: dict[str, Any] = {setting.key: setting.coerce(value)}
            self.set_preferences(replace(self._preferences, **changes))
            return
        old = read(setting)
        write(setting, value)
        new = read(setting)
        if new != old:
            self.changed.emit(setting.key, new)

    def set_preferences(self, preferences: Preferences) -> None:
        """Keep and save new preferences (only non-default values, as before), then announce
        each field that changed."""
        old, self._preferences = self._preferences, preferences
        if self._path is not None:
            save_preferences(self._path, preferences)
        for field in fields(Preferences):
            value = getattr(preferences, field.name)
            if getattr(old, field.name) != value:
                self.changed.emit(PREFERENCES[field.name].key, value)
