"""GFM pipe tables: find them, line up their pipes, sort rows, add rows and columns (Qt-free).

A table is read from its lines (header, delimiter row, body rows) into cells; formatting writes
it back with one space inside each pipe and every column padded to its widest cell, counting
East Asian Wide and Fullwidth characters as two columns and combining marks as none, so the pipes
line up in a CJK monospace font. Only whitespace next to the cell delimiters changes: the text of
a cell is never touched, so the engine renders the same table (docs/decisions/0120-tables.md).

Cells split at pipes that are neither escaped (``\\|``) nor inside a code span: an engine that
splits ``a|b`` inside backticks still gets the same cells, because formatting never adds or
removes a byte between those backticks.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # markdown-it loads with the first table search, not at the editor's start
    from markdown_it import MarkdownIt

Align = Literal["left", "center", "right"] | None
#: "gfm": marked (Hexo), goldmark (Hugo), markdown-it; "kramdown": Jekyll's default parser
Flavour = Literal["gfm", "kramdown"]

MIN_WIDTH = 3
"""The narrowest column: room for ``---`` / ``:-:`` in the delimiter row."""

_DELIMITER_CELL = re.compile(r":?-+:?")
_LEADING_QUOTES = re.compile(r"(?:[ \t]*>)*")


@dataclass(frozen=True)
class TableSpan:
    """Lines ``start`` (inclusive) to ``end`` (exclusive), 0-based, of one table in a text."""

    start: int
    end: int


@dataclass(frozen=True)
class Table:
    """A table's cells. ``rows[0]`` is the header; ``prefixes`` has one entry per line
    (header, delimiter row, body rows): the indentation or ``>`` markers before the row."""

    rows: tuple[tuple[str, ...], ...]
    aligns: tuple[Align, ...]
    prefixes: tuple[str, ...] = field(default=())

    @property
    def columns(self) -> int:
        return max(len(self.aligns), *(len(row) for row in self.rows))

    @property
    def body(self) -> tuple[tuple[str, ...], ...]:
        return self.rows[1:]

    def cell(self, row: int, column: int) -> str:
        cells = self.rows[row]
        return cells[column] if column < len(cells) else ""


# --- reading -----------------------------------------------------------------------------------


def display_width(text: str) -> int:
    """Columns ``text`` takes in a monospace font: Wide/Fullwidth 2, combining and format 0."""
    width = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def _code_span_end(text: str, start: int) -> int:
    """Index after the code span opening at ``start``; ``start + run`` when it never closes."""
    rest = text[start:]
    run = len(rest) - len(rest.lstrip("`"))
    closer = re.compile(r"(?<!`)" + "`" * run + r"(?!`)")
    match = closer.search(text, start + run)
    return match.end() if match else start + run


def delimiters(text: str) -> list[int]:
    """Positions of the pipes that separate cells in ``text``."""
    found: list[int] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
        elif char == "`":
            index = _code_span_end(text, index)
        else:
            if char == "|":
                found.append(index)
            index += 1
    return found


def cell_ranges(row: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each cell's text in ``row`` (no prefix), surrounding spaces excluded."""
    pipes = delimiters(row)
    edges = [-1, *pipes, len(row)]
    ranges = []
    for left, right in itertools.pairwise(edges):
        start, end = left + 1, right
        while start < end and row[start] in " \t":
            start += 1
        while end > start and row[end - 1] in " \t":
            end -= 1
        if start == end == right and left >= 0:  # an empty cell: its place is after "| "
            start = end = min(left + 2, right)
        ranges.append((start, end))
    if pipes and not row[: pipes[0]].strip():
        ranges.pop(0)  # a leading pipe
    if pipes and not row[pipes[-1] + 1 :].strip() and len(ranges) > 1:
        ranges.pop()  # a trailing pipe
    return ranges


def split_cells(row: str) -> list[str]:
    """The cells of one row, stripped of the spaces around them."""
    return [row[start:end] for start, end in cell_ranges(row)]


def _align(cell: str) -> Align:
    left, right = cell.startswith(":"), cell.endswith(":")
    if left and right:
        return "center"
    return "right" if right else "left" if left else None


def _prefix_pattern(quotes: int) -> re.Pattern[str]:
    return re.compile(r"(?:[ \t]*>[ \t]?){0," + str(quotes) + r"}[ \t]*")


def split_prefix(line: str, quotes: int) -> tuple[str, str]:
    """``line`` cut into its container prefix (indentation, up to ``quotes`` ``>``) and row."""
    match = _prefix_pattern(quotes).match(line)
    end = match.end() if match else 0
    return line[:end], line[end:]


def quote_depth(line: str) -> int:
    """How many ``>`` markers stand before the row on ``line``."""
    match = _LEADING_QUOTES.match(line)
    return match.group(0).count(">") if match else 0


def parse_table(lines: Sequence[str]) -> Table | None:
    """Read a table from its lines, or None when they do not start with a GFM table head."""
    if len(lines) < 2:
        return None
    quotes = quote_depth(lines[0])
    parts = [split_prefix(line, quotes) for line in lines]
    header = split_cells(parts[0][1])
    marks = split_cells(parts[1][1])
    if not header or len(header) != len(marks):
        return None
    if not all(_DELIMITER_CELL.fullmatch(mark) for mark in marks):
        return None
    rows = [tuple(header)] + [tuple(split_cells(row)) for _, row in parts[2:]]
    return Table(tuple(rows), tuple(_align(mark) for mark in marks), tuple(p for p, _ in parts))


# --- writing -----------------------------------------------------------------------------------


def _pad(text: str, width: int, align: Align) -> str:
    gap = width - display_width(text)
    if align == "right":
        return " " * gap + text
    if align == "center":
        return " " * (gap // 2) + text + " " * (gap - gap // 2)
    return text + " " * gap


def _delimiter(width: int, align: Align) -> str:
    if align == "center":
        return ":" + "-" * (width - 2) + ":"
    if align == "right":
        return "-" * (width - 1) + ":"
    if align == "left":
        return ":" + "-" * (width - 1)
    return "-" * width


def column_widths(table: Table) -> list[int]:
    widths = [MIN_WIDTH] * table.columns
    for row in table.rows:
        for index, cell in enumerate(row):
            widths[index] = max(widths[index], display_width(cell))
    return widths


def _row_line(cells: Sequence[str], widths: Sequence[int], aligns: Sequence[Align]) -> str:
    padded = [
        _pad(cells[i] if i < len(cells) else "", width, aligns[i] if i < len(aligns) else None)
        for i, width in enumerate(widths)
    ]
    return "| " + " | ".join(padded) + " |"


def format_table(table: Table) -> list[str]:
    """The table's lines with its pipes lined up (one line per row, delimiter row second)."""
    widths = column_widths(table)
    header_columns = max(len(table.aligns), len(table.rows[0]))
    # cells past the header's width (the engine drops them) stay, lined up too
    lines = [_row_line(table.rows[0], widths[:header_columns], table.aligns)]
    marks = [_delimiter(widths[i], table.aligns[i]) for i in range(len(table.aligns))]
    lines.append("| " + " | ".join(marks) + " |")
    for row in table.body:  # a short row stays short: goldmark renders a padded cell unaligned
        lines.append(_row_line(row, widths[: max(len(row), 1)], table.aligns))
    prefixes = list(table.prefixes) or [""]
    while len(prefixes) < len(lines):
        prefixes.append(prefixes[-1] if len(prefixes) > 2 else prefixes[0])
    return [prefix + line for prefix, line in zip(prefixes, lines, strict=False)]


# --- finding -----------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def find_tables(text: str, flavour: Flavour = "gfm") -> list[TableSpan]:
    """Every table in the post ``text`` (front matter and code blocks skipped), by file line.

    ``kramdown`` keeps only the tables kramdown reads as tables too (see :func:`kramdown_sees`).
    """
    from postpad.core.frontmatter.split import split_front_matter

    split = split_front_matter(text)
    offset = split.body_line - 1
    spans = []
    for token in _parser().parse(split.body):
        if token.type == "table_open" and token.map is not None:
            spans.append(TableSpan(token.map[0] + offset, token.map[1] + offset))
    if flavour == "kramdown":
        lines = text.split("\n")
        spans = [span for span in spans if kramdown_sees(lines, span, offset)]
    return spans


def _blank(line: str) -> bool:
    return not line.replace(">", "").strip()


def kramdown_sees(lines: Sequence[str], span: TableSpan, body_start: int = 0) -> bool:
    """Whether kramdown (parser/kramdown/table.rb) reads ``span`` as the same table: a blank
    line (or the body's start) before it and after it, a pipe on every line and a body row, and
    no escaped backtick. Otherwise kramdown shows the lines as a paragraph (or splits the cells
    elsewhere), and formatting would change its text."""
    if span.end - span.start < 3:
        return False
    if span.start > body_start and not _blank(lines[span.start - 1]):
        return False
    if span.end < len(lines) and not _blank(lines[span.end]):
        return False
    rows = lines[span.start : span.end]
    if any("\\`" in line for line in rows):
        return False  # kramdown splits cells before escapes: "\`" may open a code span there
    quotes = quote_depth(lines[span.start])
    return all(delimiters(split_prefix(line, quotes)[1]) for line in rows)


def table_at(lines: Sequence[str], index: int, *, reach: int = 400) -> TableSpan | None:
    """The table holding line ``index``, looking only at the paragraph-like run around it.

    For the editor: cheap on a long post. The caller knows whether the line is inside a fence.
    """
    if not 0 <= index < len(lines) or not lines[index].strip():
        return None
    first = index
    while first > 0 and index - first < reach and lines[first - 1].strip():
        first -= 1
    last = index
    while last + 1 < len(lines) and last - index < reach and lines[last + 1].strip():
        last += 1
    chunk = "\n".join(lines[first : last + 1])
    for token in _parser().parse(chunk):
        if token.type == "table_open" and token.map is not None:
            start, end = token.map[0] + first, token.map[1] + first
            if start <= index < end:
                return TableSpan(start, end)
    return None


def format_tables(text: str, flavour: Flavour = "gfm") -> str:
    """``text`` with every table formatted; every other line stays exactly as it was."""
    lines = text.split("\n")
    for span in reversed(find_tables(text, flavour)):
        table = parse_table(lines[span.start : span.end])
        if table is not None:
            lines[span.start : span.end] = format_table(table)
    return "\n".join(lines)


# --- changing ----------------------------------------------------------------------------------


def _sort_key(text: str) -> tuple[int, float, str]:
    plain = text.replace(",", "").replace("，", "").strip().rstrip("%")
    try:
        return (0, float(plain), "")
    except ValueError:
        pass
    from pypinyin import lazy_pinyin  # 中文 sorts by its pinyin, as people expect

    return (1, 0.0, " ".join(lazy_pinyin(text)).casefold())


def sorted_by(table: Table, column: int, *, descending: bool = False) -> Table:
    """Body rows sorted by ``column`` (numbers by value, before text; text by pinyin/letters).

    The sort is stable; each row keeps its cells, and its line keeps its prefix."""

    def key(row: tuple[str, ...]) -> tuple[int, float, str]:
        return _sort_key(row[column] if column < len(row) else "")

    body = sorted(table.body, key=key, reverse=descending)
    return replace(table, rows=(table.rows[0], *body))


def with_alignment(table: Table, column: int, align: Align) -> Table:
    aligns = list(table.aligns)
    aligns[column] = align
    return replace(table, aligns=tuple(aligns))


def with_row(table: Table, after: int) -> Table:
    """An empty body row after row ``after`` (0 = the header: the new row comes first)."""
    rows = list(table.rows)
    rows.insert(after + 1, ("",) * len(table.aligns))
    prefixes = list(table.prefixes)
    if prefixes:
        prefixes.insert(after + 2, prefixes[min(after + 1, len(prefixes) - 1)])
    return replace(table, rows=tuple(rows), prefixes=tuple(prefixes))


def with_column(table: Table, after: int) -> Table:
    """An empty column after column ``after`` (-1: before the first)."""
    width = len(table.aligns)

    def widen(row: tuple[str, ...]) -> tuple[str, ...]:
        cells = list(row) + [""] * (width - len(row))
        cells.insert(after + 1, "")
        return tuple(cells)

    aligns = list(table.aligns)
    aligns.insert(after + 1, None)
    return replace(table, rows=tuple(widen(row) for row in table.rows), aligns=tuple(aligns))


def padded(table: Table) -> Table:
    """Every body row with as many cells as the header (what the editor's commands act on)."""
    width = len(table.aligns)
    rows = [table.rows[0], *(row + ("",) * (width - len(row)) for row in table.body)]
    return replace(table, rows=tuple(rows))


def new_table(columns: int, rows: int, header: Sequence[str] = ()) -> Table:
    """An empty table with the ``header`` cells given (the rest empty) and ``rows`` body rows."""
    names = tuple(list(header)[:columns] + ["" for _ in range(columns - len(header))])
    body = tuple(("",) * columns for _ in range(rows))
    return Table((names, *body), (None,) * columns)
