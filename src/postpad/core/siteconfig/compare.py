"""Comparing config values as the engine reads them: a mapping's key order does not matter."""

from __future__ import annotations

from collections.abc import Mapping

from postpad.core.frontmatter.values import same_value


def same_tree(left: object, right: object) -> bool:
    """``same_value`` (True is not 1), but mappings are equal whatever their key order."""
    if isinstance(left, Mapping) and isinstance(right, Mapping):
        return set(left) == set(right) and all(same_tree(left[k], right[k]) for k in left)
    if isinstance(left, list | tuple) and isinstance(right, list | tuple):
        return len(left) == len(right) and all(map(same_tree, left, right))
    return same_value(left, right)
