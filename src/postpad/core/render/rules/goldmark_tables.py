"""Goldmark pads a short table row with cells that have no alignment (Hugo writes a bare
``<td>``); markdown-it gives the padding cells the column's ``text-align`` (decision 0098)."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_block.table import escapedSplit
from markdown_it.rules_core import StateCore


def _cells_written(line: str) -> int:
    columns = escapedSplit(line.strip())
    if columns and columns[0] == "":
        columns.pop(0)
    if columns and columns[-1] == "":
        columns.pop()
    return len(columns)


def _bare_padding(state: StateCore) -> None:
    lines: list[str] | None = None
    written, position = 0, 0
    for token in state.tokens:
        if token.type == "tr_open" and token.map:
            lines = lines if lines is not None else state.src.split("\n")
            row = token.map[0]
            written = _cells_written(lines[row]) if row < len(lines) else 0
            position = 0
        elif token.type in ("td_open", "th_open"):
            if position >= written and token.attrs:
                token.attrs.pop("style", None)
            position += 1


def goldmark_tables_plugin(md: MarkdownIt) -> None:
    md.core.ruler.push("pp_goldmark_table_padding", _bare_padding)
