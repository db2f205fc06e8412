"""JSON front matter: Hugo's bare ``{...}`` object and Hexo's ``;;;`` members without braces.

Values are read with key order kept. Editing replaces only the text of one member's value (or
inserts/removes one member), found with the standard library's own scanner, so every other byte
(indentation, spacing, key order) stays as written.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from json.decoder import scanstring  # type: ignore[attr-defined]

from postpad.core.errors import FrontMatterError
from postpad.core.frontmatter.dates import (
    RFC3339,
    WrittenDate,
    date_text_for,
    default_date_text,
)
from postpad.core.frontmatter.values import same_value

_DECODER = json.JSONDecoder()
_SPACE = " \t\n\r"


@dataclass(frozen=True)
class Member:
    key: str
    key_start: int
    value_start: int
    value_end: int


def object_text(inner: str, hexo: bool) -> str:
    return "{" + inner + "}" if hexo else inner


def load_json(inner: str, *, hexo: bool, line_offset: int = 0) -> dict[str, object]:
    text = object_text(inner, hexo)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        column = exc.colno - (1 if hexo and exc.lineno == 1 else 0)
        raise FrontMatterError(exc.msg, exc.lineno + line_offset, max(column, 1)) from exc
    if not isinstance(data, dict):
        raise FrontMatterError("front matter is not a JSON object", line_offset + 1, 1)
    return data


def members(text: str) -> list[Member]:
    """The top-level members of the JSON object ``text`` (already known to be valid)."""
    index = _skip(text, text.index("{") + 1)
    found: list[Member] = []
    while text[index] != "}":
        key, after_key = scanstring(text, index + 1)
        value_start = _skip(text, _skip(text, after_key) + 1)  # past the ':'
        _, value_end = _DECODER.raw_decode(text, value_start)
        found.append(Member(key, index, value_start, value_end))
        index = _skip(text, value_end)
        if text[index] == ",":
            index = _skip(text, index + 1)
    return found


def _skip(text: str, index: int) -> int:
    while index < len(text) and text[index] in _SPACE:
        index += 1
    return index


def set_json(
    inner: str,
    key: str,
    value: object,
    *,
    hexo: bool,
    line_offset: int = 0,
    engine: str | None = None,
) -> str:
    old = load_json(inner, hexo=hexo, line_offset=line_offset)
    text = object_text(inner, hexo)
    found = members(text)
    value = _jsonable(value, old.get(key), engine)
    if key in old and same_value(old[key], value):
        return inner
    encoded = json.dumps(value, ensure_ascii=False)
    member = next((item for item in found if item.key == key), None)
    if member is not None:
        text = text[: member.value_start] + encoded + text[member.value_end :]
    elif found:
        last = found[-1]
        newline_at = text.rfind("\n", 0, last.key_start)
        line_start = newline_at + 1 if newline_at >= 0 else (1 if hexo else 0)
        prefix = text[line_start : last.key_start]
        indent = prefix if prefix.isspace() else ""
        separator = "\n" + indent if newline_at >= 0 or hexo else " "
        addition = f",{separator}{json.dumps(key, ensure_ascii=False)}: {encoded}"
        text = text[: last.value_end] + addition + text[last.value_end :]
    else:
        close = text.rindex("}")
        inside = text[text.index("{") + 1 : close]
        addition = f"{json.dumps(key, ensure_ascii=False)}: {encoded}"
        text = (
            text[: close - len(inside)]
            + ("\n  " + addition + "\n" if not hexo else addition + "\n")
            + text[close:]
        )
    return _finish(text, hexo, {**old, key: value}, line_offset)


def unset_json(inner: str, key: str, *, hexo: bool, line_offset: int = 0) -> str:
    old = load_json(inner, hexo=hexo, line_offset=line_offset)
    if key not in old:
        return inner
    text = object_text(inner, hexo)
    found = members(text)
    position = next(number for number, item in enumerate(found) if item.key == key)
    member = found[position]
    if position + 1 < len(found):
        text = text[: member.key_start] + text[found[position + 1].key_start :]
    elif position > 0:
        text = text[: found[position - 1].value_end] + text[member.value_end :]
    else:  # the only member: leave an empty object ("{}" or Hugo's "{\n}"), no stray spaces
        text = "{}" if hexo or "\n" not in text else "{\n}"
    expected = {name: item for name, item in old.items() if name != key}
    return _finish(text, hexo, expected, line_offset)


def _finish(text: str, hexo: bool, expected: dict[str, object], line_offset: int) -> str:
    inner = text[1:-1] if hexo else text
    if not same_value(load_json(inner, hexo=hexo, line_offset=line_offset), expected):
        raise FrontMatterError("the JSON front matter could not be changed safely")
    return inner


def _jsonable(value: object, previous: object, engine: str | None) -> object:
    if isinstance(value, WrittenDate):
        return str(value)
    if isinstance(value, dt.date):
        if isinstance(previous, str):
            return date_text_for(value, previous, engine, unknown=RFC3339)
        return default_date_text(value, engine, RFC3339)
    if isinstance(value, dict):
        return {str(name): _jsonable(item, None, engine) for name, item in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(item, None, engine) for item in value]
    return value
