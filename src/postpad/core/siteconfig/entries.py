"""The form's rows for one config file: the file's own keys in file order, with the schema's
keys the file lacks placed after their neighbour in the defaults (decision 0137)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from postpad.core.siteconfig.comments import KeyNotes
from postpad.core.siteconfig.compare import same_tree
from postpad.core.siteconfig.paths import KeyPath, lookup
from postpad.core.siteconfig.schema import ConfigField, ConfigSchema, kind_of


@dataclass(frozen=True)
class Entry:
    """One editable key: the file's value (or the default when ``present`` is False)."""

    field: ConfigField
    present: bool
    value: object
    known: bool  # the schema knows this key (it has a default and help from there)

    @property
    def path(self) -> KeyPath:
        return self.field.path

    @property
    def is_default(self) -> bool:
        return self.field.has_default and same_tree(self.value, self.field.default)


def build_entries(
    data: Mapping[str, object], notes: list[KeyNotes], schema: ConfigSchema
) -> list[Entry]:
    """Rows for ``data`` (the file's values) and its comment ``notes``, merged with ``schema``."""
    entries = [_present(note, data, schema) for note in notes if _is_leaf(data, note.path)]
    present = {entry.path for entry in entries}
    after: dict[KeyPath | None, list[Entry]] = {}
    previous: KeyPath | None = None
    for item in schema:
        if item.path in present:
            previous = item.path
        elif _can_add(data, item.path):
            after.setdefault(previous if previous in present else None, []).append(
                Entry(item, False, item.default, True)
            )
    merged: list[Entry] = []
    for entry in entries:
        merged.append(entry)
        merged.extend(after.pop(entry.path, []))
    merged.extend(after.pop(None, []))
    return merged


def _is_leaf(data: Mapping[str, object], path: KeyPath) -> bool:
    found, value = lookup(data, path)
    return found and not (isinstance(value, Mapping) and value)


def _present(note: KeyNotes, data: Mapping[str, object], schema: ConfigSchema) -> Entry:
    value = lookup(data, note.path)[1]
    known = schema.get(note.path)
    if known is not None:
        return Entry(known, True, value, True)
    # a key of the user's own under a known section (a menu entry) joins that section's group
    group = next((item.group for item in schema if item.path[0] == note.path[0]), note.group)
    guessed = ConfigField(note.path, kind_of(value), None, False, note.help, note.help, group=group)
    return Entry(guessed, True, value, False)


def _can_add(data: Mapping[str, object], path: KeyPath) -> bool:
    """A missing key can be added when every existing key on its way holds keys or nothing."""
    node: object = data
    for key in path[:-1]:
        if not isinstance(node, Mapping) or key not in node:
            return isinstance(node, Mapping) or node is None
        node = node[key]
    if node is None:
        return True
    return isinstance(node, Mapping) and path[-1] not in node
