"""Hunks and merging of the compare dialog (plain functions, checked with hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from postpad.gui.dialogs.compare import diff_hunks, hunk_summary, merge

pytestmark = pytest.mark.gui

lines = st.lists(st.sampled_from(["a\n", "b\n", "c\n", "日本\n", "\n", "x"]), max_size=12)


def test_hunks_in_buffer_line_numbers() -> None:
    hunks = diff_hunks("a\nB\nc\nD\n", "a\nb\nc\nd\ne\n")
    assert [h.tag for h in hunks] == ["replace", "replace"]
    assert [hunk_summary(h) for h in hunks] == ["2", "4"]


def test_merge_takes_only_chosen_hunks() -> None:
    mine, theirs = "title\nmine 1\nsame\nmine 2\n", "title\ntheirs 1\nsame\ntheirs 2\nextra\n"
    assert merge(mine, theirs, set()) == mine
    assert merge(mine, theirs, {0}) == "title\ntheirs 1\nsame\nmine 2\n"
    assert merge(mine, theirs, {1}) == "title\nmine 1\nsame\ntheirs 2\nextra\n"


def test_no_final_newline_is_kept() -> None:
    assert merge("a\nb", "a\nc", {0}) == "a\nc"
    assert merge("a\nb", "a\nc", set()) == "a\nb"


@given(lines, lines)
def test_taking_nothing_or_everything(mine_lines: list[str], their_lines: list[str]) -> None:
    mine, theirs = "".join(mine_lines), "".join(their_lines)
    every = {h.index for h in diff_hunks(mine, theirs)}
    assert merge(mine, theirs, set()) == mine
    assert merge(mine, theirs, every) == theirs
