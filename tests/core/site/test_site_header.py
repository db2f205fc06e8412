from __future__ import annotations

import pytest

from postpad.core.site.header import decode_post_bytes, read_header

USER_SHAPE = (
    "---\ntitle: 2024年第2季度学习心得\ndate: 2024/6/1\ncategories: 不倦\n"
    "top_img: 'linear-gradient(20deg, #0062be, #925696)'\ncomments: true\ncover: \n"
    "copyright_author: Tester\n---\n\n&ensp;&ensp;正文"
)


def test_user_shape_reads_like_hexo() -> None:
    header = read_header(USER_SHAPE)
    assert header.format == "yaml"
    assert header.error is None
    assert header.fields == {
        "title": "2024年第2季度学习心得",
        "date": "2024/6/1",
        "categories": "不倦",
        "top_img": "linear-gradient(20deg, #0062be, #925696)",
        "comments": True,
        "cover": None,
        "copyright_author": "Tester",
    }
    assert header.key_lines["cover"] == 7
    assert header.body_line == 10


@pytest.mark.parametrize(
    ("value", "expected"),
    [("yes", "yes"), ("no", "no"), ("on", "on"), ("True", True), ("010", 10), ("1.10", 1.1),
     ("2024-06-01", "2024-06-01"), ("2024-06-01 13:05:09", "2024-06-01 13:05:09"), ("~", None),
     ("1e3", 1000.0), ("0x1F", 31)],
)  # fmt: skip
def test_plain_scalars_resolve_like_yaml_1_2(value: str, expected: object) -> None:
    assert read_header(f"---\nx: {value}\n---\n").fields["x"] == expected


def test_yaml_error_has_file_line_and_column() -> None:
    header = read_header("---\ntitle: ok\nsubtitle: 标题: 副标题\n---\nbody\n")
    assert header.error is not None
    assert (header.error.line, header.error.column) == (3, 13)


def test_leading_tabs_read_as_hexo_reads_them() -> None:
    header = read_header("---\ntags:\n\t- a\n\t- b\n---\n")
    assert header.error is None
    assert header.fields["tags"] == ["a", "b"]


def test_toml_and_duplicate_keys() -> None:
    header = read_header('+++\ntitle = "t"\ndate = 2024-06-01\n[extra]\ntitle = "inner"\n+++\n')
    assert header.format == "toml"
    assert header.fields["extra"] == {"title": "inner"}
    assert header.duplicate_keys == []
    dup = read_header("---\ntitle: a\ntitle: b\n---\n")
    assert dup.duplicate_keys == [("title", 3)]


@pytest.mark.parametrize(
    "text", ["--- \ntitle: x\n---\n", "---\ntitle: x\n", "# Heading\n", "----\ntitle: x\n---\n"]
)
def test_no_front_matter_cases(text: str) -> None:
    assert read_header(text).format is None


def test_hexo_json_and_hugo_json() -> None:
    assert read_header(';;;\n"title": "j"\n;;;\nbody').fields == {"title": "j"}
    header = read_header('{\n  "title": "h"\n}\nbody\n')
    assert header.fields == {"title": "h"}
    assert header.body_line == 4


def test_decode_drops_bom_and_normalises_newlines() -> None:
    assert decode_post_bytes(b"\xef\xbb\xbf---\r\na: 1\r\n---\r\n") == "---\na: 1\n---\n"


def test_headless_form_only_when_asked() -> None:
    text = "title: 无开头\ndate: 2024/6/1\n---\n正文\n"
    assert read_header(text, headless=True).fields == {"title": "无开头", "date": "2024/6/1"}
    assert read_header(text).format is None  # Hugo, Jekyll: body text
