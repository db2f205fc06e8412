"""Change one nested key of a TOML config (Hugo ``hugo.toml``/``config.toml``) minimally.

An existing key is changed through tomlkit, which keeps each item's own spacing and trailing
comment and every other byte. A missing key is written by Postpad as one line: after the last
key of its ``[table]`` (with that key's indentation), or after the last top-level key, or, when
its table has no header of its own, under a new ``[table]`` header at the end of the file
(decision 0136). Each result is read back with ``tomllib`` and must hold exactly the old
values with that one key changed; otherwise tomlkit's own insertion is tried, and then the edit
is refused.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from typing import Any

from postpad.core.errors import FrontMatterError
from postpad.core.frontmatter.toml_codec import _plain, _tomlable
from postpad.core.siteconfig.compare import same_tree
from postpad.core.siteconfig.paths import KeyPath, dotted, lookup, with_value, without

_HEADER = re.compile(r"^\s*\[(?!\[)(?P<name>[^\]]+)\]\s*(?:#.*)?$")
_ANY_HEADER = re.compile(r"^\s*\[")
_BARE = re.compile(r"^[A-Za-z0-9_-]+$")


def load(text: str) -> dict[str, object]:
    """The config's values, dates as the front-matter reader gives them."""
    from postpad.core.frontmatter.toml_codec import _parse

    return {str(key): _plain(item) for key, item in _parse(text, 0).items()}


def set_path(text: str, path: KeyPath, value: object, *, after: str | None = None) -> str:
    """``text`` with ``path`` set to ``value``; ``None`` removes the key (TOML has no null)."""
    del after  # a new TOML key goes after its table's last key (order is not meaning)
    if value is None:
        return unset_path(text, path)
    old = load(text)
    exists, previous = lookup(old, path)
    if exists and same_tree(previous, value):
        return text
    expected = with_value(old, path, value)
    if exists:
        return _checked(_with_tomlkit(text, path, value), expected, path)
    try:
        return _checked(_inserted(text, path, value, old), expected, path)
    except FrontMatterError:
        return _checked(_with_tomlkit(text, path, value), expected, path)


def unset_path(text: str, path: KeyPath) -> str:
    old = load(text)
    if not lookup(old, path)[0]:
        return text
    import tomlkit

    document = tomlkit.parse(text)
    container: Any = document
    for key in path[:-1]:
        container = container[key]
    del container[path[-1]]
    return _checked(tomlkit.dumps(document), without(old, path), path)


def _with_tomlkit(text: str, path: KeyPath, value: object) -> str:
    import tomlkit

    document = tomlkit.parse(text)
    container: Any = document
    for key in path[:-1]:
        if key not in container:
            container[key] = tomlkit.table()
        container = container[key]
    container[path[-1]] = _tomlable(value)
    return tomlkit.dumps(document)


def _checked(result: str, expected: Mapping[str, object], path: KeyPath) -> str:
    try:
        tomllib.loads(result)
        actual = load(result)
    except (tomllib.TOMLDecodeError, FrontMatterError) as exc:
        raise FrontMatterError(f"changing {dotted(path)!r} would break the file: {exc}") from exc
    if not same_tree(actual, expected):
        raise FrontMatterError(f"{dotted(path)!r} could not be changed safely")
    return result


def _inserted(text: str, path: KeyPath, value: object, old: Mapping[str, object]) -> str:
    """A new ``key = value`` line in the deepest table of ``path`` that has a header."""
    del old
    lines = text.split("\n")
    headers = _headers(lines)
    depth = len(path) - 1
    while depth > 0 and path[:depth] not in headers:
        depth -= 1
    if len(path) - depth > 1:
        return _new_table(text, path[:-1], path[-1], value)
    start = headers[path[:depth]] + 1 if depth else 0
    end = next((n for n in range(start, len(lines)) if _ANY_HEADER.match(lines[n])), len(lines))
    keys = [n for n in range(start, end) if _is_key_line(lines[n])]
    if keys:
        at, indent = keys[-1] + 1, _indent(lines[keys[-1]])
    else:
        at, indent = end, ""
        if at == len(lines) and lines[-1] == "":
            at -= 1  # before the final line break's empty line
    new = f"{indent}{_key(path[-1])} = {_value_text(value)}"
    return "\n".join([*lines[:at], new, *lines[at:]])


def _new_table(text: str, table: KeyPath, key: str, value: object) -> str:
    header = "[" + ".".join(_key(part) for part in table) + "]"
    block = f"{header}\n{_key(key)} = {_value_text(value)}\n"
    if not text:
        return block
    body = text if text.endswith("\n") else text + "\n"
    return body + ("\n" if body.strip() else "") + block


def _headers(lines: list[str]) -> dict[KeyPath, int]:
    found: dict[KeyPath, int] = {}
    for number, line in enumerate(lines):
        match = _HEADER.match(line)
        if match:
            found[_split_dotted(match.group("name"))] = number
    return found


def _split_dotted(name: str) -> KeyPath:
    parts = re.findall(r'"(?:[^"\\]|\\.)*"|\'[^\']*\'|[^.\s]+', name)
    return tuple(part[1:-1] if part[:1] in "\"'" else part for part in parts)


def _is_key_line(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#") and "=" in stripped


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip(" \t"))]


def _key(key: str) -> str:
    if _BARE.match(key):
        return key
    import tomlkit

    return tomlkit.key(key).as_string()


def _value_text(value: object) -> str:
    import tomlkit

    plain = _tomlable(value)
    item = _inline(plain) if isinstance(plain, dict) else tomlkit.item(plain)
    return str(item.as_string())


def _inline(value: Mapping[str, object]) -> Any:
    import tomlkit

    table = tomlkit.inline_table()
    for key, item in value.items():
        table[key] = _inline(item) if isinstance(item, Mapping) else item
    return table
