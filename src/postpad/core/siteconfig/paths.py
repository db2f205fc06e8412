"""Key paths into a nested config mapping: ``theme_config.nav.fixed``, ``markup.goldmark``.

A path is a tuple of keys. Typed paths are split on ``.``; a key that itself holds dots
(Butterfly's ``fab fa-github``-style keys never do, but a URL key may) is found by trying the
longest run of parts that names an existing key first. Hugo reads keys case-insensitively, so
for Hugo a part matches an existing key in any letter case (decision 0136).
"""

from __future__ import annotations

from collections.abc import Mapping

from postpad.core.errors import FrontMatterError

KeyPath = tuple[str, ...]


def parse_path(text: str) -> tuple[str, ...]:
    """``"a.b.c"`` as its parts; empty parts (``a..b``) are an error."""
    parts = tuple(text.split("."))
    if not text or any(part == "" for part in parts):
        raise FrontMatterError(f"{text!r} is not a key path (write keys like nav.fixed)")
    return parts


def match_key(mapping: Mapping[str, object], key: str, *, fold_case: bool) -> str | None:
    """The existing key of ``mapping`` that ``key`` names (exact first, then any case)."""
    if key in mapping:
        return key
    if fold_case:
        lowered = key.lower()
        return next((name for name in mapping if name.lower() == lowered), None)
    return None


def resolve(data: Mapping[str, object], text: str, *, fold_case: bool = False) -> KeyPath:
    """The key path ``text`` names in ``data``, with keys spelled as the file spells them.

    Parts past the deepest existing mapping are kept as typed (they are new keys)."""
    parts = parse_path(text)
    resolved: list[str] = []
    node: object = data
    index = 0
    while index < len(parts):
        if not isinstance(node, Mapping):
            resolved.extend(parts[index:])
            break
        step, found = _longest_match(node, parts, index, fold_case)
        if found is None:
            resolved.extend(parts[index:])
            break
        resolved.append(found)
        node = node[found]
        index += step
    return tuple(resolved)


def _longest_match(
    node: Mapping[str, object], parts: tuple[str, ...], index: int, fold_case: bool
) -> tuple[int, str | None]:
    for end in range(len(parts), index, -1):
        found = match_key(node, ".".join(parts[index:end]), fold_case=fold_case)
        if found is not None:
            return end - index, found
    return 1, None


def lookup(data: Mapping[str, object], path: KeyPath) -> tuple[bool, object]:
    """``(True, value)`` at ``path``, ``(False, None)`` when some part is missing."""
    node: object = data
    for key in path:
        if not isinstance(node, Mapping) or key not in node:
            return False, None
        node = node[key]
    return True, node


def with_value(data: Mapping[str, object], path: KeyPath, value: object) -> dict[str, object]:
    """A copy of ``data`` with ``path`` set to ``value`` (missing mappings are created, a
    null on the way becomes a mapping, as the patchers do)."""
    result = dict(data)
    head, rest = path[0], path[1:]
    if not rest:
        result[head] = value
        return result
    inner = result.get(head)
    result[head] = with_value(inner if isinstance(inner, Mapping) else {}, rest, value)
    return result


def without(data: Mapping[str, object], path: KeyPath) -> dict[str, object]:
    """A copy of ``data`` without the key at ``path`` (unchanged when it is missing)."""
    result = dict(data)
    head, rest = path[0], path[1:]
    if not rest:
        result.pop(head, None)
        return result
    inner = result.get(head)
    if isinstance(inner, Mapping):
        result[head] = without(inner, rest)
    return result


def dotted(path: KeyPath) -> str:
    return ".".join(path)
