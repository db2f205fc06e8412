"""Cheap text comparisons for the incremental renderer (C-speed slices, no per-char loops)."""

from __future__ import annotations

_CHUNK = 4096


def common_prefix(a: str, b: str) -> int:
    """Length of the longest common prefix of ``a`` and ``b``."""
    limit = min(len(a), len(b))
    pos = 0
    while pos < limit:
        end = min(pos + _CHUNK, limit)
        if a[pos:end] == b[pos:end]:
            pos = end
            continue
        while a[pos] == b[pos]:
            pos += 1
        return pos
    return limit


def common_suffix(a: str, b: str, limit: int) -> int:
    """Length of the longest common suffix, at most ``limit``."""
    la, lb = len(a), len(b)
    count = 0
    while count < limit:
        step = min(_CHUNK, limit - count)
        if a[la - count - step : la - count] == b[lb - count - step : lb - count]:
            count += step
            continue
        while count < limit and a[la - count - 1] == b[lb - count - 1]:
            count += 1
        return count
    return limit


def line_start(text: str, offset: int) -> int:
    """Offset of the start of the line holding ``offset``."""
    return text.rfind("\n", 0, offset) + 1


def offset_of_line(text: str, anchor_offset: int, anchor_line: int, line: int) -> int:
    """Offset where ``line`` starts, walking from a known line start (``anchor_offset``)."""
    pos = anchor_offset
    current = anchor_line
    while current > line:
        pos = text.rfind("\n", 0, pos - 1) + 1 if pos > 0 else 0
        current -= 1
    while current < line:
        found = text.find("\n", pos)
        if found < 0:
            return len(text)
        pos = found + 1
        current += 1
    return pos
