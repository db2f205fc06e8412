"""The config tree's rows: which key a row is, and the search filter over them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from postpad.core.siteconfig.paths import KeyPath, dotted

PATH_ROLE = Qt.ItemDataRole.UserRole
HELP_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_COLUMN, VALUE_COLUMN, RESET_COLUMN, DEFAULT_COLUMN = range(4)


def path_of(item: QTreeWidgetItem) -> KeyPath | None:
    """The key path of a leaf row, None for a group or section row."""
    path = item.data(KEY_COLUMN, PATH_ROLE)
    return tuple(str(part) for part in path) if isinstance(path, list) else None


def filter_rows(
    item: QTreeWidgetItem | None, needle: str, show_missing: bool, present: set[KeyPath]
) -> bool:
    """Hide the rows whose key and help do not hold ``needle`` (and the keys the file lacks
    unless ``show_missing``); a group or section shows when a row under it does."""
    if item is None:
        return False
    keys = path_of(item)
    if keys is None:
        visible = False
        for index in range(item.childCount()):
            visible = filter_rows(item.child(index), needle, show_missing, present) or visible
    else:
        help_text = str(item.data(KEY_COLUMN, HELP_ROLE) or "").lower()
        matches = not needle or needle in dotted(keys).lower() or needle in help_text
        visible = matches and (show_missing or keys in present)
    item.setHidden(not visible)
    return visible
