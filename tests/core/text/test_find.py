"""core/text/find: the find bar's patterns and replacements, without the bar."""

from __future__ import annotations

import re

import pytest

from postpad.core.text.find import FindOptions, compile_pattern, find_all, replace_all


def _spans(options: FindOptions, text: str) -> list[tuple[int, int]]:
    pattern = compile_pattern(options)
    assert pattern is not None
    return [m.span() for m in find_all(pattern, text)]


def test_plain_text_is_literal_and_case_folds() -> None:
    assert _spans(FindOptions("a.b"), "a.b axb A.B") == [(0, 3), (8, 11)]
    assert _spans(FindOptions("a.b", case_sensitive=True), "a.b A.B") == [(0, 3)]


def test_whole_word_treats_han_as_word_characters() -> None:
    assert _spans(FindOptions("cat", whole_word=True), "cat cats 中cat cat") == [(0, 3), (14, 17)]


def test_empty_search_and_empty_matches() -> None:
    assert compile_pattern(FindOptions("")) is None
    pattern = compile_pattern(FindOptions("x*", regex=True))
    assert pattern is not None
    assert [m.group() for m in find_all(pattern, "ab xx c")] == ["xx"]


def test_bad_regex_raises() -> None:
    with pytest.raises(re.error):
        compile_pattern(FindOptions("(", regex=True))


def test_replacements_accept_both_group_styles() -> None:
    pattern = compile_pattern(FindOptions(r"(\w+)@(?P<host>\w+)", regex=True))
    assert pattern is not None
    edits = replace_all(pattern, "me@home", r"$2/${host}/\1/$$", regex=True)
    assert edits == [(0, 7, "home/home/me/$")]
    literal = compile_pattern(FindOptions("me"))
    assert literal is not None
    assert replace_all(literal, "me me", r"\1", regex=False) == [(0, 2, r"\1"), (3, 5, r"\1")]
