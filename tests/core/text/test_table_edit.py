"""Editor commands on the table under the cursor (pure: lines in, new lines and cursor out)."""

from __future__ import annotations

from postpad.core.text.table_edit import (
    align_column,
    insert_column,
    insert_row,
    locate,
    move,
    sort_by_column,
)

LINES = ["intro", "", "|a|名字|", "|-|--:|", "|1|甲|", "", "after"]


def test_locate_finds_the_cell_under_the_cursor() -> None:
    place = locate(LINES, 4, 3)
    assert place is not None
    assert (place.span.start, place.span.end, place.row, place.column) == (2, 5, 1, 1)
    assert locate(LINES, 0, 0) is None
    assert locate(LINES, 6, 2) is None


def test_tab_formats_and_moves_to_the_next_cell() -> None:
    edit = move(LINES, 2, 1, "next")
    assert edit is not None
    assert edit.lines == ("| a   | 名字 |", "| --- | ---: |", "| 1   |   甲 |")
    assert (edit.line, edit.column) == (2, len("| a   | 名字"))


def test_tab_in_the_last_cell_adds_a_row() -> None:
    edit = move(LINES, 4, len(LINES[4]) - 1, "next")
    assert edit is not None
    assert edit.lines[-1] == "|     |      |"
    assert (edit.line, edit.column) == (5, 2)


def test_shift_tab_goes_back_across_rows() -> None:
    edit = move(LINES, 4, 1, "previous")
    assert edit is not None
    assert (edit.line, edit.column) == (2, len("| a   | 名字"))


def test_enter_adds_a_row_only_at_the_end_of_a_row() -> None:
    edit = move(LINES, 2, len(LINES[2]), "new_row")
    assert edit is not None
    assert edit.lines[2] == "|     |      |"
    assert edit.line == 4
    assert move(LINES, 2, 1, "new_row") is None


def test_quoted_table_keeps_its_markers() -> None:
    lines = ["> |a|b|", "> |-|-|", "> |1|2|"]
    edit = move(lines, 2, 5, "next")
    assert edit is not None
    assert all(line.startswith("> | ") for line in edit.lines)
    assert edit.lines[-1] == ">" + " |     |     |"


def test_align_sort_and_insert() -> None:
    edit = align_column(LINES, 4, 1, "center")
    assert edit is not None
    assert edit.lines[1] == "| :-: | ---: |"
    lines = ["|n|", "|-|", "|b|", "|a|", "|c|"]
    edit = sort_by_column(lines, 2, 1)
    assert edit is not None
    assert [line.strip("| ") for line in edit.lines[2:]] == ["a", "b", "c"]
    row = insert_row(LINES, 4, 1, above=True)
    assert row is not None
    assert row.lines[2].strip("| ") == ""
    column = insert_column(LINES, 4, 1, left=True)
    assert column is not None
    assert column.lines[0] == "|     | a   | 名字 |"


def test_tab_through_a_short_row_pads_it_instead_of_sticking() -> None:
    lines = ["| a | b | c |", "|---|---|---|", "| 1 |"]
    edit = move(lines, 2, 3, "next")
    assert edit is not None
    assert edit.lines[2] == "| 1   |     |     |"
    assert (edit.line, edit.column) == (2, len("| 1   | "))


def test_enter_in_an_empty_last_row_leaves_the_table() -> None:
    lines = ["|a|b|", "|-|-|", "|1|2|", "|  |  |", "", "after"]
    edit = move(lines, 3, len(lines[3]), "new_row")
    assert edit is not None
    assert edit.lines == ("| a   | b   |", "| --- | --- |", "| 1   | 2   |", "", "")
    assert (edit.start, edit.end, edit.line, edit.column) == (0, 4, 4, 0)
