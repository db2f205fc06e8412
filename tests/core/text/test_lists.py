"""core/text/lists: the prefix Enter repeats (lists, ordered lists, tasks, quotes)."""

from __future__ import annotations

import pytest

from postpad.core.text.lists import line_prefix


@pytest.mark.parametrize(
    ("line", "current", "following"),
    [
        ("- item", "- ", "- "),
        ("  * nested", "  * ", "  * "),
        ("9. nine", "9. ", "10. "),
        ("3) three", "3) ", "4) "),
        ("- [x] done", "- [x] ", "- [ ] "),
        ("> quoted", "> ", "> "),
        ("> > - deep", "> > - ", "> > - "),
        ("> 1. 第一", "> 1. ", "> 2. "),
    ],
)
def test_prefix_and_next_prefix(line: str, current: str, following: str) -> None:
    prefix = line_prefix(line)
    assert prefix is not None
    assert prefix.text == current
    assert prefix.next_text == following


@pytest.mark.parametrize("line", ["plain text", "", "-no space", "1.5 is a number", "#heading"])
def test_no_prefix(line: str) -> None:
    assert line_prefix(line) is None
