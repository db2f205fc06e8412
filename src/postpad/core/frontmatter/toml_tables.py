"""A changed TOML table or array of tables, changed in place key by key (decision 0287).

The form's tree editor changes one leaf of ``[params]`` or of one ``[[resources]]`` table;
tomlkit wrote the whole value anew when it was assigned: every table of an array of tables
lost its indentation, comments and quotes (``title = 'First'`` became ``"First"``), a table
its blank lines. Set key by key in the parsed document, tomlkit keeps every other key's text
and a changed string's own quotes. Only when each table keeps its keys' order (new keys
last) and an array of tables keeps its number of tables; otherwise the caller writes it anew.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from postpad.core.frontmatter.toml_arrays import changed_array
from postpad.core.frontmatter.values import same_value

#: a tomlkit item as the plain value a reader sees
Plain = Callable[[Any], object]


def is_table(item: object) -> bool:
    """Whether ``item`` is a tomlkit table, inline table or array of tables."""
    from tomlkit.items import AoT, InlineTable, Table

    return isinstance(item, AoT | InlineTable | Table)


def changed_in_place(container: object, new: object, plain: Plain) -> bool:
    """Whether ``container`` (a tomlkit table or array of tables) now holds ``new``, changed in
    place; False when it cannot be (part may be changed: the caller drops that document)."""
    from tomlkit.items import AoT, InlineTable, Table

    if isinstance(container, AoT) and isinstance(new, list):
        tables = list(container)
        if len(tables) != len(new) or not all(isinstance(item, dict) for item in new):
            return False
        return all(changed_in_place(t, item, plain) for t, item in zip(tables, new, strict=True))
    if not isinstance(container, Table | InlineTable) or not isinstance(new, dict):
        return False
    old = list(container.keys())
    if [key for key in old if key in new] + [key for key in new if key not in old] != list(new):
        return False
    for key in old:
        if key not in new:
            del container[key]
    return all(_set(container, key, value, plain) for key, value in new.items())


def _set(container: Any, key: str, value: object, plain: Plain) -> bool:
    """``container[key] = value``, in place where it holds a table or an array."""
    import tomlkit

    item = container.get(key)
    if item is not None and same_value(plain(item), plain(tomlkit.item(value))):
        return True
    if item is not None and changed_in_place(item, value, plain):
        return True
    array = changed_array(item, value)
    if array is None:
        container[key] = value
    elif array is not item:
        container[key] = array
    return True
