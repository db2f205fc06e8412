"""Editor commands on the table under the cursor: move between cells, add rows and columns,
align and sort. Each returns a :class:`TableEdit`, the table's new lines and where the cursor goes;
the editor applies it as one undo step (docs/decisions/0120-tables.md)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from postpad.core.text.tables import (
    Align,
    Table,
    TableSpan,
    cell_ranges,
    delimiters,
    format_table,
    padded,
    parse_table,
    quote_depth,
    sorted_by,
    split_prefix,
    table_at,
    with_alignment,
    with_column,
    with_row,
)

Move = Literal["next", "previous", "new_row", "format"]


@dataclass(frozen=True)
class TableEdit:
    """Replace lines ``start``..``end`` (exclusive) by ``lines``; put the cursor at
    ``(line, column)`` (0-based, in the new text)."""

    start: int
    end: int
    lines: tuple[str, ...]
    line: int
    column: int


@dataclass(frozen=True)
class Place:
    """The table under the cursor and the cell the cursor is in (``row`` 0 is the header)."""

    span: TableSpan
    table: Table
    row: int
    column: int
    at_row_end: bool


def locate(lines: Sequence[str], line: int, column: int) -> Place | None:
    """The table and cell at ``(line, column)``, or None outside a table."""
    span = table_at(lines, line)
    if span is None:
        return None
    table = parse_table(lines[span.start : span.end])
    if table is None:
        return None
    table = padded(table)  # the cursor may move to a cell a short row leaves out
    offset = line - span.start
    prefix, row_text = split_prefix(lines[line], quote_depth(lines[span.start]))
    pipes = delimiters(row_text)
    leading = bool(pipes) and not row_text[: pipes[0]].strip()
    cell = sum(1 for pipe in pipes if pipe < column - len(prefix)) - int(leading)
    cell = max(0, min(cell, len(table.aligns) - 1))
    at_end = not lines[line][column:].strip().strip("|").strip()
    row = 0 if offset <= 1 else offset - 1
    return Place(span, table, row, cell, at_end)


def _cursor(table: Table, lines: Sequence[str], row: int, column: int) -> tuple[int, int]:
    """Line index (within the table) and column of the end of cell ``(row, column)``'s text."""
    index = 0 if row == 0 else row + 1
    prefix, row_text = split_prefix(lines[index], quote_depth(lines[0]))
    ranges = cell_ranges(row_text)
    column = min(column, len(ranges) - 1)
    return index, len(prefix) + ranges[column][1]


def _edit(place: Place, table: Table, row: int, column: int) -> TableEdit:
    new_lines = format_table(table)
    index, col = _cursor(table, new_lines, row, column)
    return TableEdit(
        place.span.start, place.span.end, tuple(new_lines), place.span.start + index, col
    )


def move(lines: Sequence[str], line: int, column: int, how: Move) -> TableEdit | None:
    """Tab (``next``), Shift+Tab (``previous``), Enter at a row's end (``new_row``) or just
    ``format``; None when the cursor is not in a table (or Enter is not at a row's end)."""
    place = locate(lines, line, column)
    if place is None:
        return None
    table, row, cell = place.table, place.row, place.column
    last_row, last_column = len(table.rows) - 1, len(table.aligns) - 1
    if how == "next":
        if cell < last_column:
            return _edit(place, table, row, cell + 1)
        if row == last_row:
            table = with_row(table, row)
        return _edit(place, table, row + 1, 0)
    if how == "previous":
        if cell > 0:
            return _edit(place, table, row, cell - 1)
        return _edit(place, table, max(row - 1, 0), last_column if row > 0 else 0)
    if how == "new_row":
        if not place.at_row_end:
            return None
        if row == last_row > 1 and not any(table.rows[row]):
            return _leave(place)
        return _edit(place, with_row(table, row), row + 1, 0)
    return _edit(place, table, row, cell)


def _leave(place: Place) -> TableEdit:
    """Enter in an empty last row: the row goes; the cursor lands below, after a blank line."""
    table = replace(place.table, rows=place.table.rows[:-1], prefixes=place.table.prefixes[:-1])
    blank = place.table.prefixes[-1].rstrip() if place.table.prefixes else ""
    # a blank line between: text right under a table would be read as one more row
    new_lines = (*format_table(table), blank, blank)
    line = place.span.start + len(new_lines) - 1
    return TableEdit(place.span.start, place.span.end, new_lines, line, len(new_lines[-1]))


def align_column(lines: Sequence[str], line: int, column: int, align: Align) -> TableEdit | None:
    """Set the alignment of the cursor's column."""
    place = locate(lines, line, column)
    if place is None:
        return None
    return _edit(place, with_alignment(place.table, place.column, align), place.row, place.column)


def sort_by_column(
    lines: Sequence[str], line: int, column: int, *, descending: bool = False
) -> TableEdit | None:
    """Sort the body rows by the cursor's column; the cursor stays in the same column."""
    place = locate(lines, line, column)
    if place is None:
        return None
    table = sorted_by(place.table, place.column, descending=descending)
    return _edit(place, table, place.row, place.column)


def insert_row(lines: Sequence[str], line: int, column: int, *, above: bool) -> TableEdit | None:
    place = locate(lines, line, column)
    if place is None:
        return None
    after = place.row - 1 if above and place.row > 0 else place.row
    return _edit(place, with_row(place.table, after), after + 1, place.column)


def insert_column(lines: Sequence[str], line: int, column: int, *, left: bool) -> TableEdit | None:
    place = locate(lines, line, column)
    if place is None:
        return None
    after = place.column - 1 if left else place.column
    return _edit(place, with_column(place.table, after), place.row, after + 1)
