"""A changed TOML array of scalars, written as the author wrote it (decisions 0264, 0268).

tomlkit writes a new array in its own style (``["a", "b"]``): ``tags = ["a","b"]`` or
``tags = [ 'a', 'b' ]`` came back respaced and requoted when one tag was added. Here the old
and new items are matched as a diff matches lines (``list_diff``): matched items keep their
text (and, on several lines, their lines and comments), a changed item takes the old one's
place, an added one goes where it belongs, written in the array's quote style with its
separator. Anything else (an emptied array, nested values) is left to tomlkit.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from postpad.core.frontmatter.list_diff import OneLine, classes, opcodes

if TYPE_CHECKING:
    from tomlkit.items import Array, Item

_SCALARS = str | bool | int | float
#: what a literal ('...') string cannot hold
_NOT_LITERAL = re.compile(r"['\x00-\x08\x0a-\x1f\x7f]")


def changed_array(array: object, new: object) -> Item | None:
    """The array item to store for ``new``: ``array`` itself, changed in place, or a new one;
    None when tomlkit should write ``new`` itself."""
    from tomlkit.items import Array

    if not isinstance(array, Array) or not isinstance(new, list) or not new:
        return None
    if not all(isinstance(item, _SCALARS) for item in [*new, *_values(array)]):
        return None
    if not all(_is_scalar_item(item) for item in array):
        return None
    literal = _literal_style(array)
    if "\n" in array.as_string():
        _edit_lines(array, new, literal)
        return array
    return _one_line(array, new, literal)


def _values(array: Array) -> list[object]:
    return [item.unwrap() for item in array]


def _is_scalar_item(item: object) -> bool:
    from tomlkit.items import Bool, Float, Integer, String

    return isinstance(item, String | Integer | Float | Bool)


def _literal_style(array: Array) -> bool:
    """Whether the array writes its strings in single quotes (each one of them does)."""
    from tomlkit.items import String

    quotes = {item.as_string()[:1] for item in array if isinstance(item, String)}
    return quotes == {"'"}


def _item(value: object, literal: bool) -> Item:
    """``value`` as a tomlkit item written in the array's quote style."""
    import tomlkit

    if isinstance(value, str) and literal and not _NOT_LITERAL.search(value):
        item: Item = tomlkit.parse(f"v = '{value}'\n")["v"]
        return item
    return tomlkit.item(value)


def _edit_lines(array: Array, new: list[object], literal: bool) -> None:
    """A multi-line array changed in place: tomlkit keeps the lines and comments of the items
    left alone and lays out what it adds like the last item."""
    old_ids, new_ids = classes(_values(array), new)
    for tag, i1, i2, j1, j2 in reversed(opcodes(old_ids, new_ids)):
        if tag == "equal":
            continue
        pairs = min(i2 - i1, j2 - j1)
        for offset in range(pairs):
            array[i1 + offset] = _item(new[j1 + offset], literal)
        for index in range(i2 - 1, i1 + pairs - 1, -1):
            del array[index]
        for offset, value in enumerate(new[j1 + pairs : j2]):
            array.insert(i1 + pairs + offset, _item(value, literal))


def _one_line(array: Array, new: list[object], literal: bool) -> Item | None:
    """A one-line array written anew with its own blanks, separators and quotes."""
    import tomlkit

    layout = OneLine.parse(array.as_string(), [item.as_string() for item in array])
    if layout is None:
        return None
    texts = [_item(value, literal).as_string() for value in new]
    written = layout.changed(_values(array), new, texts)
    item: Item = tomlkit.parse(f"v = {written}\n")["v"]
    return item if item.as_string() == written else None
