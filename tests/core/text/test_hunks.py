"""core/text/hunks: the compare dialog's hunks and merging (checked with hypothesis)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from postpad.core.text.hunks import diff_hunks, hunk_summary, merge

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


def test_hunks_on_a_long_post_with_repeated_lines_stay_local() -> None:
    """A 5 MB-like post (the same paragraph repeated) with edits far apart: the recovery dialog
    counts its changes at start-up; plain difflib took minutes here and the hunks must stay small.
    """
    paragraph = "&ensp;&ensp;&ensp;&ensp;重复的段落，重复的段落。\n\n"
    theirs = "".join(f"## 小节 {i}\n\n" + paragraph * 20 for i in range(2000))
    mine_lines = theirs.splitlines(keepends=True)
    mine_lines[10] = "改动的一行\n"
    mine_lines[-3:-3] = ["新增一行\n"]
    mine_lines[40_000] = "中间的改动\n"
    mine = "".join(mine_lines)
    hunks = diff_hunks(mine, theirs)
    assert merge(mine, theirs, {h.index for h in hunks}) == theirs
    assert merge(mine, theirs, set()) == mine
    changed = sum((h.m1 - h.m0) + (h.t1 - h.t0) for h in hunks)
    assert changed <= 30, hunks  # three local edits, not the whole post
    for line in (10, 40_000, len(mine_lines) - 4):
        assert any(h.m0 <= line < max(h.m1, h.m0 + 1) for h in hunks), line
