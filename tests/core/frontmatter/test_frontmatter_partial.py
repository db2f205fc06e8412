"""The readable part of a header that does not parse: only entries above the broken one."""

from __future__ import annotations

import pytest

from postpad.core.errors import FrontMatterError
from postpad.core.frontmatter import read_fields, split_front_matter
from postpad.core.frontmatter.partial import readable_part


def _part(text: str) -> tuple[dict[str, object], int | None]:
    split = split_front_matter(text)
    with pytest.raises(FrontMatterError) as caught:
        read_fields(split)
    part = readable_part(split, caught.value)
    return part.fields, part.first_unread_line


def test_a_half_typed_key_is_not_read() -> None:
    text = "---\ntitle: 笔记\ndate: 2025/3/9\nx: categories: 随笔\ncover: a.png\n---\n正文\n"
    fields, line = _part(text)
    assert list(fields) == ["title", "date"]
    assert fields["title"] == "笔记"
    assert line == 4


def test_a_tab_indented_line_hides_its_whole_entry() -> None:
    fields, line = _part("---\ndate: 2024-01-01\ntitle: ok\n\ttags: a\ncategories: x\n---\n")
    assert list(fields) == ["date"]
    assert line == 3


def test_a_block_list_at_column_zero_belongs_to_its_key() -> None:
    text = "---\ntitle: t\ntags:\n- a\n- b: c: d\nlayout: post\n---\n"
    fields, line = _part(text)
    assert fields == {"title": "t"}
    assert line == 3


def test_an_unclosed_quote_is_never_cut_into_keys() -> None:
    text = '---\ntitle: t\nsummary: "one\nauthor: x\ndate: [\n---\n'
    fields, _line = _part(text)
    assert "author" not in fields
    assert set(fields) <= {"title"}


def test_a_duplicate_key_keeps_the_first_entries() -> None:
    fields, line = _part("---\ntitle: a\ndate: 2024-01-01\ntitle: b\n---\n")
    assert list(fields) == ["title", "date"]
    assert fields["title"] == "a"
    assert line == 4


def test_toml_stops_at_the_table_holding_the_error() -> None:
    text = "+++\ntitle = 'a'\n[params]\nx = 1\ny = = 2\n+++\n"
    fields, line = _part(text)
    assert fields == {"title": "a"}
    assert line == 3


def test_json_headers_show_nothing() -> None:
    fields, line = _part('{\n"title": "a",\n"date": \n}\n正文\n')
    assert fields == {}
    assert line == 1
