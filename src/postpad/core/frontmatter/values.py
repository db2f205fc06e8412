"""Comparing front-matter values the way a reader sees them."""

from __future__ import annotations

import math
from collections.abc import Mapping


def same_value(left: object, right: object) -> bool:
    """Type-aware equality as a front-matter reader sees it (True is not 1, 1 is not 1.0)."""
    if isinstance(left, bool) or isinstance(right, bool):
        return type(left) is type(right) and left == right
    if isinstance(left, str) and isinstance(right, str):
        return str(left) == str(right)
    if isinstance(left, float) or isinstance(right, float):
        if not (isinstance(left, float) and isinstance(right, float)):
            return False
        return left == right or (math.isnan(left) and math.isnan(right))
    if isinstance(left, Mapping) and isinstance(right, Mapping):
        return list(left) == list(right) and all(same_value(left[k], right[k]) for k in left)
    if isinstance(left, list | tuple) and isinstance(right, list | tuple):
        return len(left) == len(right) and all(map(same_value, left, right))
    return type(left) is type(right) and left == right
