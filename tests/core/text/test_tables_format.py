"""The table formatter: fixture cases (input → expected, markdown-it-py style) and properties."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it.utils import read_fixture_file

from postpad.core.text.tables import (
    Table,
    display_width,
    find_tables,
    format_table,
    format_tables,
    parse_table,
    sorted_by,
    split_cells,
    with_alignment,
    with_column,
    with_row,
)

FIXTURES = Path(__file__).parents[2] / "fixtures" / "text" / "tables.md"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param(src, exp, id=f"{line}:{title[:50]}")
        for line, title, src, exp in read_fixture_file(FIXTURES)
    ],
)
def test_fixture(source: str, expected: str) -> None:
    assert format_tables(source) == expected


def test_display_width_counts_east_asian_wide_as_two() -> None:
    assert display_width("中文") == 4
    assert display_width("ＡＢ") == 4  # full-width Latin
    assert display_width("e\u0301") == 1  # e + combining acute
    assert display_width("ab") == 2


def test_formatted_columns_line_up_in_display_columns() -> None:
    lines = format_tables("|名|b|\n|-|-|\n|一二三四|x|\n").split("\n")[:3]
    pipes = [[display_width(line[:i]) for i, c in enumerate(line) if c == "|"] for line in lines]
    assert pipes[0] == pipes[1] == pipes[2]


def test_find_tables_reports_file_lines_after_front_matter() -> None:
    text = "---\ntitle: x\n---\n\n| a |\n|---|\n| 1 |\n"
    [span] = find_tables(text)
    assert (span.start, span.end) == (4, 7)


def _table(text: str) -> Table:
    table = parse_table(text.split("\n"))
    assert table is not None
    return table


def test_sort_numbers_by_value_and_chinese_by_pinyin() -> None:
    table = _table("| 城市 | 人口 |\n|---|---|\n| 上海 | 2487 |\n| 北京 | 2189 |\n| 广州 | 1882 |")
    by_name = sorted_by(table, 0)
    assert [row[0] for row in by_name.body] == ["北京", "广州", "上海"]  # bei, guang, shang
    by_count = sorted_by(table, 1, descending=True)
    assert [row[1] for row in by_count.body] == ["2487", "2189", "1882"]
    assert sorted_by(table, 1).body == tuple(reversed(by_count.body))


def test_add_row_column_and_alignment() -> None:
    table = _table("| a | b |\n|---|---|\n| 1 | 2 |")
    grown = with_column(with_row(table, 0), 0)
    assert format_table(with_alignment(grown, 1, "center")) == [
        "| a   |     | b   |",
        "| --- | :-: | --- |",
        "|     |     |     |",
        "| 1   |     | 2   |",
    ]


# --- properties ----------------------------------------------------------------------------------

_cell_text = st.text(
    alphabet=st.sampled_from(list("ab 1-:*_`\\|中文字ＡＢé😀\u0301.")), max_size=8
).map(str.strip)


def _safe(cell: str) -> str:
    """A cell as someone writes it: pipes escaped, no unpaired trailing backslash."""
    cell = cell.replace("\\", "").replace("|", "\\|").replace("`", "")
    return cell.strip()


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[str], list[list[str]]]:
    columns = draw(st.integers(1, 4))
    rows = draw(st.integers(1, 5))
    cells = [[_safe(draw(_cell_text)) for _ in range(columns)] for _ in range(rows)]
    cells[0] = [cell or f"h{i}" for i, cell in enumerate(cells[0])]  # a header cell is not empty
    marks = [draw(st.sampled_from(["-", "--", ":-", "-:", ":-:", "---"])) for _ in range(columns)]
    return marks, cells


def _loose(marks: list[str], cells: list[list[str]], spaces: list[int]) -> str:
    def row(values: list[str]) -> str:
        gap = " " * (spaces[len(values) % len(spaces)] if spaces else 0)
        return "|" + "|".join(gap + v + gap for v in values) + "|"

    return "\n".join([row(cells[0]), row(marks), *(row(r) for r in cells[1:])])


@settings(max_examples=200, deadline=None)
@given(tables(), st.lists(st.integers(0, 3), min_size=1, max_size=3))
def test_formatting_is_idempotent_and_keeps_every_cell(
    table: tuple[list[str], list[list[str]]], spaces: list[int]
) -> None:
    marks, cells = table
    source = _loose(marks, cells, spaces)
    once = format_tables(source)
    assert format_tables(once) == once
    formatted_lines = once.split("\n")
    kept = [split_cells(line) for i, line in enumerate(formatted_lines) if i != 1]
    assert kept == cells
    parsed = parse_table(formatted_lines)
    assert parsed is not None
    assert parsed.aligns == _table(source).aligns


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab|-:` \n#>*中")), max_size=80))
def test_lines_outside_tables_never_change(text: str) -> None:
    result = format_tables(text)
    spans = find_tables(text)
    inside = {n for span in spans for n in range(span.start, span.end)}
    old, new = text.split("\n"), result.split("\n")
    assert len(old) == len(new)
    assert all(old[n] == new[n] for n in range(len(old)) if n not in inside)
    assert format_tables(result) == result


def test_kramdown_flavour_formats_only_what_kramdown_reads_as_a_table() -> None:
    not_tables = [
        "## Ports\n|a|b|\n|-|-|\n|1|2|\n",  # straight after a heading
        "|a|b|\n|-|-|\n|1|2|\nafter\n",  # a line without a pipe follows
        "|a|b|\n|-|-|\n",  # no body row
        "|a|b|\n|-|-|\n|\\`|`x`|\n",  # an escaped backtick
    ]
    for text in not_tables:
        assert format_tables(text, "kramdown") == text, text
        assert format_tables(text, "gfm") != text, text
    table = "intro\n\n|a|b|\n|-|-|\n|1|2|\n\nafter\n"
    assert format_tables(table, "kramdown") == format_tables(table, "gfm") != table
