"""The public front-matter contract on the shapes our first user writes."""

from __future__ import annotations

import datetime as dt

import pytest

from postpad.core.errors import FrontMatterError
from postpad.core.frontmatter import (
    WrittenDate,
    read_fields,
    set_field,
    split_front_matter,
    unset_field,
)

BUTTERFLY = (
    "---\n"
    "title: 2023年回顾 写在冬至\n"
    "date: 2024/6/1\n"
    "categories: 随笔\n"
    "top_img: 'linear-gradient(20deg, #0062be, #925696)'\n"
    "comments: true\n"
    "cover: \n"
    "copyright_author: 作者\n"
    "---\n"
    "\n"
    "&ensp;&ensp;&ensp;&ensp;正文第一段。"
)


def test_split_reports_header_body_and_lines() -> None:
    split = split_front_matter(BUTTERFLY)
    assert split.format == "yaml"
    assert split.has_opening_delimiter
    assert split.header + split.body == BUTTERFLY
    assert split.header.startswith("---\n")
    assert split.header.endswith("---\n")
    assert split.inner.startswith("title:")
    assert split.inner.endswith("作者\n")
    assert split.body_line == 10
    assert BUTTERFLY.split("\n")[split.body_line - 1] == ""


def test_read_fields_like_hexo() -> None:
    fields = read_fields(BUTTERFLY)
    assert list(fields) == [
        "title",
        "date",
        "categories",
        "top_img",
        "comments",
        "cover",
        "copyright_author",
    ]
    assert fields["top_img"] == "linear-gradient(20deg, #0062be, #925696)"
    assert fields["cover"] is None
    assert fields["comments"] is True
    date = fields["date"]
    assert isinstance(date, WrittenDate)
    assert date == "2024/6/1"
    assert date.value == dt.date(2024, 6, 1)


def test_set_changes_only_that_line_and_keeps_cover_space() -> None:
    result = set_field(BUTTERFLY, "title", "新标题: 副标题")
    before, after = BUTTERFLY.split("\n"), result.split("\n")
    changed = [n for n, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    assert changed == [1]
    assert after[1] == "title: '新标题: 副标题'"
    assert "cover: \n" in result
    assert read_fields(result)["title"] == "新标题: 副标题"


def test_setting_the_same_value_returns_identical_text() -> None:
    assert set_field(BUTTERFLY, "cover", None) == BUTTERFLY
    assert set_field(BUTTERFLY, "date", dt.date(2024, 6, 1)) == BUTTERFLY
    assert set_field(BUTTERFLY, "comments", True) == BUTTERFLY
    assert set_field(BUTTERFLY, "top_img", "linear-gradient(20deg, #0062be, #925696)") == BUTTERFLY


def test_new_date_keeps_written_layout() -> None:
    result = set_field(BUTTERFLY, "date", dt.date(2024, 10, 3))
    assert "\ndate: 2024/10/3\n" in result
    timed = "---\ndate: 2023-01-05 10:20:30\n---\n"
    assert set_field(timed, "date", dt.date(2023, 2, 1)) == "---\ndate: 2023-02-01 10:20:30\n---\n"
    new = set_field("---\ntitle: a\n---\n", "date", dt.datetime(2024, 6, 1, 9, 5, 0))
    assert new == "---\ntitle: a\ndate: 2024-06-01 09:05:00\n---\n"


def test_new_key_goes_at_end_in_block_list_style_and_unset_removes_only_it() -> None:
    result = set_field(BUTTERFLY, "tags", ["生活", "2024", "yes"])
    assert result.endswith(
        "copyright_author: 作者\ntags:\n  - 生活\n  - '2024'\n  - 'yes'\n---\n\n"
        "&ensp;&ensp;&ensp;&ensp;正文第一段。"
    )
    assert unset_field(result, "tags") == BUTTERFLY
    assert unset_field(BUTTERFLY, "missing") == BUTTERFLY


def test_creates_front_matter_when_absent() -> None:
    assert set_field("正文\n", "title", "标题") == "---\ntitle: 标题\n---\n正文\n"
    assert set_field("", "draft", False) == "---\ndraft: false\n---\n"
    assert read_fields("正文\n") == {}


def test_invalid_yaml_reports_file_line_and_column_and_refuses_edits() -> None:
    broken = "---\ntitle: ok\nsubtitle: 标题: 副标题\n---\nbody\n"
    with pytest.raises(FrontMatterError) as caught:
        read_fields(broken)
    assert (caught.value.line, caught.value.column) == (3, 13)
    with pytest.raises(FrontMatterError):
        set_field(broken, "title", "x")
    assert split_front_matter(broken).body == "body\n"


def test_toml_and_json_forms() -> None:
    toml = (
        '+++\ntitle = "x"  # keep\ndate = 2024-06-01T13:05:09+08:00\n\n[params]\na = 1\n+++\nbody'
    )
    fields = read_fields(toml)
    assert fields["title"] == "x"
    assert fields["date"] == "2024-06-01T13:05:09+08:00"
    result = set_field(toml, "draft", True)
    assert result == toml.replace("+08:00\n", "+08:00\ndraft = true\n")
    assert unset_field(result, "draft") == toml
    hugo_json = '{\n  "title": "x",\n  "tags": ["a", "b"]\n}\n\nbody'
    assert read_fields(hugo_json) == {"title": "x", "tags": ["a", "b"]}
    assert set_field(hugo_json, "title", "y") == hugo_json.replace('"x"', '"y"')
    hexo_json = ';;;\n"title": "x",\n"date": "2024/6/1"\n;;;\nbody'
    assert read_fields(hexo_json) == {"title": "x", "date": "2024/6/1"}
    assert unset_field(hexo_json, "date") == ';;;\n"title": "x"\n;;;\nbody'


def test_edits_never_move_the_end_of_the_header() -> None:
    headless = "title: x\n---\ntitle: body line\n\n---\n"
    with pytest.raises(FrontMatterError):
        unset_field(headless, "title")  # the body would become the header
    assert set_field(headless, "title", "新") == "title: 新\n---\ntitle: body line\n\n---\n"


def test_merged_keys_can_be_overridden_but_not_removed() -> None:
    text = "---\nbase: &b\n  toc: true\n<<: *b\ntitle: x\n---\n"
    assert read_fields(text)["toc"] is True
    with pytest.raises(FrontMatterError):
        unset_field(text, "toc")
    assert read_fields(set_field(text, "toc", False))["toc"] is False
