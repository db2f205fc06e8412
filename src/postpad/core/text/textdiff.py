"""The smallest whole-line span that turns one text into another (no Qt, unit-tested alone)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LineEdit:
    """Replace ``old[start:end]`` with ``replacement``; start and end sit on line boundaries."""

    start: int
    end: int
    replacement: str

    @property
    def is_noop(self) -> bool:
        return self.start == self.end and not self.replacement


def line_edit(old: str, new: str) -> LineEdit:
    """The changed lines' span: common leading and trailing whole lines are left out."""
    if old == new:
        return LineEdit(0, 0, "")
    old_lines = _lines(old)
    new_lines = _lines(new)
    head = 0
    limit = min(len(old_lines), len(new_lines))
    while head < limit and old_lines[head] == new_lines[head]:
        head += 1
    tail = 0
    while (
        tail < limit - head
        and old_lines[len(old_lines) - 1 - tail] == new_lines[len(new_lines) - 1 - tail]
    ):
        tail += 1
    start = sum(len(line) for line in old_lines[:head])
    end = len(old) - sum(len(line) for line in old_lines[len(old_lines) - tail :])
    new_end = len(new) - sum(len(line) for line in new_lines[len(new_lines) - tail :])
    return LineEdit(start, end, new[start:new_end])


def _lines(text: str) -> list[str]:
    """Lines with their ``\\n``; only ``\\n`` breaks lines (as in the editor's document)."""
    parts = text.split("\n")
    lines = [part + "\n" for part in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def apply_line_edit(text: str, edit: LineEdit) -> str:
    return text[: edit.start] + edit.replacement + text[edit.end :]
