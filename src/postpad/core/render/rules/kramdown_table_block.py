"""kramdown's tables (parser/kramdown/table.rb ``parse_table``, decision 0274).

kramdown does not read GFM's tables: any run of lines that each hold an unescaped ``|`` outside
code, after a blank line (or at a container's start) and followed by one (or the end), is a
table. A separator line (``|---|:--:|``) is optional: before it the rows are the header, later
ones start a new body; ``=`` lines start the footer. So ``a | b`` alone is a one-row table, and a
header whose separator has fewer columns is still one, where GFM wants a separator as wide as
the header and lets a table follow a paragraph line. Each row's cells are cut by
``kramdown_tables.kramdown_row_split``; a leading empty cell goes when the table's first line
starts with ``|``, a trailing empty one always; short rows are padded to the widest. A ``|``
inside Liquid (``{{ x | filter }}``, ``{% … %}``) is no border: Jekyll runs Liquid first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

from postpad.core.render.rules.kramdown_tables import kramdown_row_split

_PIPE_LINE = re.compile(r"(?:\||.*?[^\\\n]\|)")  # TABLE_PIPE_CHECK (TABLE_LINE)
_SEPARATOR = re.compile(r"([+|: \t-]*?-[+|: \t-]*?)[ \t]*")
_ALIGN = re.compile(r"[ \t]?(:?)-+(:?)[ \t]?")
_FOOTER = re.compile(r"[+|: \t=]*?=[+|: \t=]*?[ \t]*")
_IAL_OR_EOB = re.compile(r"\{:(?![:/])[^}\n]*\}\s*|\^\s*")
_ASCII_BLANKS = " \t\n\r\f\v\0"  # Ruby's strip
_LIQUID = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")
_HIDDEN_PIPE = "\ue000"  # a private-use character stands for a pipe inside Liquid


def _line(state: StateBlock, line: int) -> str:
    """The line's text, a pipe inside Liquid hidden."""
    text = state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]]
    if "{" not in text:
        return text
    return _LIQUID.sub(lambda m: m[0].replace("|", _HIDDEN_PIPE), text)


@dataclass
class _Table:
    leading_pipe: bool
    sections: list[tuple[str, list[list[str]]]] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    alignment: list[str] = field(default_factory=list)
    footer: bool = False

    def close(self, kind: str, force: bool = False) -> None:
        """``add_container``: the rows so far become a section (a body after the footer line
        only when forced)."""
        if not self.footer or kind != "tbody" or force:
            self.sections.append((kind, self.rows))
            self.rows = []

    def add_line(self, text: str) -> None:
        if _SEPARATOR.fullmatch(text):
            if self.rows and not self.alignment and not self.footer:
                self.close("thead")
                self.alignment = [_align(*m) for m in _ALIGN.findall(text)] or ["default"]
            elif self.rows:
                self.close("tbody")
        elif _FOOTER.fullmatch(text):
            if self.rows:
                self.close("tbody", force=True)
            self.footer = True
        else:
            self.rows.append(self._cells(text.rstrip(" \t")))

    def _cells(self, row: str) -> list[str]:
        cells = kramdown_row_split(row)
        if self.leading_pipe and not cells[0].strip(_ASCII_BLANKS):
            cells.pop(0)
        if cells and not cells[-1].strip(_ASCII_BLANKS):
            cells.pop()
        return [cell.strip(_ASCII_BLANKS).replace(_HIDDEN_PIPE, "|") for cell in cells]


def _align(left: str, right: str) -> str:
    if not left and not right:
        return "default"
    return "left" if not right else "right" if not left else "center"


def after_block_boundary(state: StateBlock, start: int) -> bool:
    """``after_block_boundary?``: the first block of its container, or after a blank line."""
    if start == 0 or state.isEmpty(start - 1) or state.sCount[start - 1] < state.blkIndent:
        return True
    return bool(state.tokens) and state.tokens[-1].nesting == 1


def before_block_boundary(state: StateBlock, line: int, end: int) -> bool:
    """``before_block_boundary?``: a blank line, an attribute list, ``^`` or the end."""
    if line >= end or state.isEmpty(line) or state.sCount[line] < state.blkIndent:
        return True
    return _IAL_OR_EOB.fullmatch(_line(state, line)) is not None


def _table(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    if state.sCount[start] - state.blkIndent >= 4 or not after_block_boundary(state, start):
        return False
    first = _line(state, start)
    if not _PIPE_LINE.match(first):
        return False
    table = _Table(leading_pipe=first.startswith("|"))
    line = start + 1 if _SEPARATOR.fullmatch(first) else start  # a leading separator is skipped
    while line < end and state.sCount[line] >= state.blkIndent:
        text = _line(state, line)
        if not _PIPE_LINE.match(text) or len(kramdown_row_split(text)) < 2:
            break  # no table line, or its pipes are all in code (the pipe check)
        table.add_line(text)
        line += 1
    if line == start or not before_block_boundary(state, line, end):
        return False
    if table.rows:
        table.close("tfoot" if table.footer else "tbody")
    if not any(kind == "tbody" for kind, _rows in table.sections):
        return False  # "table without body"
    if not silent:
        _push(state, table, start, line)
    state.line = line
    return True


def _push(state: StateBlock, table: _Table, start: int, stop: int) -> None:
    columns = max(len(row) for _kind, rows in table.sections for row in rows)
    alignment = (table.alignment + ["default"] * columns)[:columns]
    token = state.push("table_open", "table", 1)
    token.map = [start, stop]
    for kind, rows in table.sections:
        state.push(f"{kind}_open", kind, 1)
        cell = "th" if kind == "thead" else "td"
        for row in rows:
            state.push("tr_open", "tr", 1)
            for index, text in enumerate(row + [""] * (columns - len(row))):
                opening = state.push(f"{cell}_open", cell, 1)
                if alignment[index] != "default":
                    opening.attrSet("style", f"text-align: {alignment[index]}")
                inline = state.push("inline", "", 0)
                inline.content, inline.children = text, []
                state.push(f"{cell}_close", cell, -1)
            state.push("tr_close", "tr", -1)
        state.push(f"{kind}_close", kind, -1)
    state.push("table_close", "table", -1)


def kramdown_table_plugin(md: MarkdownIt) -> None:
    """kramdown's table rule in place of GFM's, where kramdown tries it: after lists, quotes,
    headings and HTML blocks, before the paragraph; it never breaks a paragraph."""
    md.block.ruler.disable("table")
    md.block.ruler.before("paragraph", "kramdown_table", _table)
