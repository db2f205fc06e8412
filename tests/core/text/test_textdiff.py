"""core/text/textdiff: the changed-lines span used to patch the editor's document."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from postpad.core.text.textdiff import LineEdit, apply_line_edit, line_edit


def test_only_the_changed_line_is_replaced() -> None:
    old = "---\ntitle: a\ncover: \n---\nbody"
    new = "---\ntitle: b\ncover: \n---\nbody"
    assert line_edit(old, new) == LineEdit(4, 13, "title: b\n")


def test_identical_texts_give_no_edit() -> None:
    assert line_edit("same\n", "same\n").is_noop


def test_inserted_lines() -> None:
    edit = line_edit("a\nc\n", "a\nb\nc\n")
    assert (edit.start, edit.end, edit.replacement) == (2, 2, "b\n")


@given(st.text(alphabet="ab\n\u2028\r𠀀"), st.text(alphabet="ab\n\u2028\r𠀀"))
def test_applying_the_edit_gives_the_new_text(old: str, new: str) -> None:
    edit = line_edit(old, new)
    assert apply_line_edit(old, edit) == new
    assert edit.start == 0 or old[edit.start - 1] == "\n"
    assert edit.end == len(old) or old[edit.end - 1] == "\n" or edit.end == edit.start
