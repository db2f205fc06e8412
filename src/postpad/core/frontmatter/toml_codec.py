"""TOML front matter (Hugo, Zola) through tomlkit, which keeps comments, order and layout.

tomlkit is imported by the functions that use it: most posts are YAML, and the editor's start-up
does not wait for it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from postpad.core.errors import FrontMatterError
from postpad.core.frontmatter.dates import RFC3339, WrittenDate, date_text_for, parse_date_text
from postpad.core.frontmatter.toml_arrays import changed_array
from postpad.core.frontmatter.toml_tables import changed_in_place, is_table
from postpad.core.frontmatter.values import same_value

if TYPE_CHECKING:
    import tomlkit
    from tomlkit.exceptions import ParseError


def _parse(inner: str, line_offset: int) -> tomlkit.TOMLDocument:
    import tomlkit
    from tomlkit.exceptions import ParseError, TOMLKitError

    try:
        return tomlkit.parse(inner)
    except ParseError as exc:
        raise _parse_error(exc, inner, line_offset) from exc
    except TOMLKitError as exc:
        raise FrontMatterError(str(exc), line_offset + 1, 1) from exc


_TOMLKIT_PLACE = re.compile(r" at line [0-9]+ col [0-9]+$")
#: tomlkit's words for the end of its input ("\x00") and of a line, in the header's terms
_ENDS = {
    "Unexpected character: '\\x00'": "unexpected end of the header",
    "Unexpected end of file": "unexpected end of the header",
    "Unexpected character: '\\n'": "unexpected end of the line",
}


def _parse_error(exc: ParseError, inner: str, line_offset: int) -> FrontMatterError:
    """tomlkit's error with one 1-based file position: its message repeats its own place
    (line 1-based, column 0-based), which goes; its end-of-input marker ``'\x00'`` is named."""
    message = _TOMLKIT_PLACE.sub("", str(exc))
    words = _ENDS.get(message, message)
    if words == "unexpected end of the header":  # tomlkit's place for the end is not the end
        last = inner.rsplit("\n", 1)[-1]
        return FrontMatterError(words, line_offset + inner.count("\n") + 1, len(last) + 1)
    return FrontMatterError(words, exc.line + line_offset, exc.col + 1)  # col is 0-based


def load_toml(inner: str, *, line_offset: int = 0) -> dict[str, object]:
    document = _parse(inner, line_offset)
    return {str(key): _plain(item) for key, item in document.items()}


def _plain(item: Any) -> object:
    import tomlkit.items

    if isinstance(item, tomlkit.items.Date | tomlkit.items.DateTime):
        return WrittenDate(item.as_string().strip(), item.unwrap())
    if isinstance(item, tomlkit.items.Time):
        return item.as_string().strip()
    if isinstance(item, dict):
        return {str(key): _plain(value) for key, value in item.items()}
    if isinstance(item, list):
        return [_plain(value) for value in item]
    return item.unwrap() if hasattr(item, "unwrap") else item


def set_toml(
    inner: str, key: str, value: object, *, line_offset: int = 0, engine: str | None = None
) -> str:
    """Set ``key``; ``None`` removes it (TOML has no empty value). A date is written in the
    layout of the key's old date (``dates.date_text_for``, as in YAML), a date given for a key
    that holds a string stays a string in its own quotes (decision 0263)."""
    if value is None:
        return unset_toml(inner, key, line_offset=line_offset)
    import tomlkit

    document = _parse(inner, line_offset)
    new = _new_date(value, document.get(key), engine) if _is_date(value) else _tomlable(value)
    old = {str(name): _plain(item) for name, item in document.items()}
    if key in old and same_value(old[key], _plain(tomlkit.item(new))):
        return inner
    expected = {**old, key: _plain(tomlkit.item(new))}
    in_place = _parse(inner, line_offset) if is_table(document.get(key)) else None
    if in_place is not None and changed_in_place(in_place.get(key), new, _plain):
        result = tomlkit.dumps(in_place)
        with contextlib.suppress(FrontMatterError):  # then written anew below
            _verify(result, expected, line_offset)
            return result
    array = changed_array(document.get(key), new)
    if array is None:
        document[key] = new
    elif array is not document.get(key):
        document[key] = array
    result = tomlkit.dumps(document)
    _verify(result, expected, line_offset)
    return result


def unset_toml(inner: str, key: str, *, line_offset: int = 0) -> str:
    import tomlkit

    document = _parse(inner, line_offset)
    if key not in document:
        return inner
    expected = {str(name): _plain(item) for name, item in document.items() if name != key}
    del document[key]
    result = tomlkit.dumps(document)
    _verify(result, expected, line_offset)
    return result


def _verify(result: str, expected: dict[str, object], line_offset: int) -> None:
    """The edited table must read back as exactly the intended mapping."""
    actual = load_toml(result, line_offset=line_offset)
    # order may differ: tomlkit puts a new plain key before the first [table], as TOML requires
    if set(actual) != set(expected) or not all(same_value(actual[k], expected[k]) for k in actual):
        raise FrontMatterError("the TOML front matter could not be changed safely")


def _is_date(value: object) -> bool:
    return isinstance(value, dt.date) or (
        isinstance(value, WrittenDate) and value.value is not None
    )


def _new_date(value: object, previous: object, engine: str | None) -> object:
    """The TOML item for a new date ``value`` replacing ``previous`` (a tomlkit item or None)."""
    import tomlkit.items

    moment = value.value if isinstance(value, WrittenDate) else value
    if not isinstance(moment, dt.date):
        raise TypeError(f"not a date: {value!r}")
    old_text = previous.as_string().strip() if isinstance(previous, tomlkit.items.Item) else None
    if isinstance(previous, tomlkit.items.String):
        # a quoted date is text to every reader: it stays text, in its own quotes
        return (
            str(value)
            if isinstance(value, WrittenDate)
            else date_text_for(moment, str(previous), engine, unknown=RFC3339)
        )
    if isinstance(value, WrittenDate):
        return _date_item(str(value)) or _new_date(moment, previous, engine)
    is_date = isinstance(previous, tomlkit.items.Date | tomlkit.items.DateTime)
    text = date_text_for(moment, old_text if is_date else None, engine, unknown=RFC3339)
    return _date_item(text) or moment


def _date_item(text: str) -> object | None:
    """``text`` as a TOML date item that writes ``text`` as is; None when TOML has no such
    date (``2024/6/1``, an offset without colon)."""
    import tomlkit
    import tomlkit.items
    from tomlkit.exceptions import TOMLKitError

    try:
        item = tomlkit.parse(f"v = {text}\n")["v"]
    except TOMLKitError:
        return None
    dates = tomlkit.items.Date | tomlkit.items.DateTime
    return item if isinstance(item, dates) and item.as_string() == text else None


def _tomlable(value: object) -> object:
    if isinstance(value, WrittenDate):
        parsed = value.value or parse_date_text(value)
        return parsed if parsed is not None else str(value)
    if isinstance(value, dt.date | str | bool | int | float):
        return value
    if isinstance(value, dict):
        return {str(key): _tomlable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_tomlable(item) for item in value]
    raise TypeError(f"cannot write a {type(value).__name__} as TOML")
