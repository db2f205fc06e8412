"""kramdown's table rows: a ``|`` inside a code span (or ``<code>…</code>``) is text, not a cell
border, where GFM (markdown-it) splits the row at every unescaped ``|``.

kramdown's ``parse_table`` (parser/kramdown/table.rb) first cuts each row at ``<code…>…</code>``,
then runs its code-span parser over the rest and splits only the plain text at ``|`` not preceded
by a backslash (``\\|`` becomes ``|``) (decision 0171). The table rule itself, which uses this
splitter, is ``kramdown_table_block`` (decision 0274).
"""

from __future__ import annotations

import re

_HTML_CODE = re.compile(r"(<code.*?>.*?</code>)")
_TICKS = re.compile(r"`+")
_SPACE = re.compile(r"\s")


def _code_span_end(text: str, start: int) -> int | None:
    """Where the code span opening at ``start`` ends (kramdown's ``parse_codespan``), or None
    when its backticks are plain text."""
    run = _TICKS.match(text, start)
    assert run is not None
    ticks = run[0]
    before, after = text[start - 1 : start], text[run.end() : run.end() + 1]
    if ticks == "`" and (not before or _SPACE.match(before)) and _SPACE.match(after):
        return None  # a lone ` between spaces
    close = text.find(ticks, run.end())
    return None if close < 0 else close + len(ticks)


def _split_text(text: str, cells: list[str]) -> None:
    """Add ``text`` to the row's cells: code spans whole, plain text split at unescaped pipes."""
    pos, plain = 0, ""
    while pos < len(text):
        tick = text.find("`", pos)
        if tick < 0:
            plain += text[pos:]
            break
        end = _code_span_end(text, tick)
        if end is None:
            skip = _TICKS.match(text, tick)
            end = skip.end() if skip else tick + 1
            plain += text[pos:end]
        else:
            _add_plain(plain + text[pos:tick], cells)
            plain = ""
            cells[-1] += text[tick:end]
        pos = end
    _add_plain(plain, cells)


def _add_plain(text: str, cells: list[str]) -> None:
    first, *rest = (part.replace("\\|", "|") for part in re.split(r"(?<!\\)\|", text))
    cells[-1] += first
    cells.extend(rest)


def kramdown_row_split(line: str) -> list[str]:
    """A table row's cells as kramdown cuts them (markdown-it's ``escapedSplit`` contract)."""
    cells = [""]
    for index, part in enumerate(_HTML_CODE.split(line)):
        if index % 2:
            cells[-1] += part
        else:
            _split_text(part, cells)
    return cells
