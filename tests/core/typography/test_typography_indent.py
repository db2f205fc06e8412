"""Paragraph indentation: fixture cases, and unindent as its byte-exact inverse."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it.utils import read_fixture_file

from postpad.core.typography import (
    INDENT_FORMS,
    indent_edits,
    indent_form_of,
    indent_paragraphs,
    unindent_paragraphs,
)

FIXTURES = Path(__file__).parent / "fixtures"
_OPTION = re.compile(r"\[(\w+)=([\w-]+)\]")


def _arguments(title: str) -> dict[str, Any]:
    arguments: dict[str, Any] = {}
    for key, value in _OPTION.findall(title):
        if key == "lines":
            first, last = value.split("-")
            arguments["first_line"], arguments["last_line"] = int(first), int(last)
        elif key == "each_line":
            arguments["each_line"] = value == "true"
        else:
            arguments[key] = value
    return arguments


def _cases() -> list[object]:
    return [
        pytest.param(title, text, expected, id=f"indent.txt:{line + 1}")
        for line, title, text, expected in read_fixture_file(FIXTURES / "indent.txt")
    ]


def _strip_final_newline(title: str, text: str) -> str:
    # read_fixture_file keeps each block's last "\n"; "no final newline" cases drop it.
    return text[:-1] if "no final newline" in title else text


@pytest.mark.parametrize(("title", "text", "expected"), _cases())
def test_indent_fixture(title: str, text: str, expected: str) -> None:
    text, expected = _strip_final_newline(title, text), _strip_final_newline(title, expected)
    arguments = _arguments(title)
    assert indent_paragraphs(text, **arguments) == expected
    # the exact inverse, with the same line range and paragraph rule
    arguments.pop("form", None)
    if "already indented" not in title:
        assert unindent_paragraphs(expected, **arguments) == text
    assert indent_paragraphs(expected, **_arguments(title)) == expected  # idempotent


def test_indent_edits_are_insertions_only() -> None:
    edits = indent_edits("甲。\n\n乙。")
    assert [(e.start, e.end, e.replacement) for e in edits] == [
        (0, 0, INDENT_FORMS["ensp"]),
        (4, 4, INDENT_FORMS["ensp"]),
    ]


def test_unindent_removes_only_the_named_form() -> None:
    text = "&emsp;&emsp;甲。\n\n　　乙。"
    assert unindent_paragraphs(text, "ideographic") == "&emsp;&emsp;甲。\n\n乙。"
    assert unindent_paragraphs(text) == "甲。\n\n乙。"


def test_indent_form_of_recognises_each_form() -> None:
    for name, prefix in INDENT_FORMS.items():
        assert indent_form_of(prefix + "正文") == name
    assert indent_form_of("&ensp;&ensp;正文") is None
    assert indent_form_of("正文") is None


def test_unknown_form_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown indentation form"):
        indent_paragraphs("甲。", "tab")


_BLOCKS = st.sampled_from(
    [
        "第一段正文，写点什么。",
        "English words and 中文 mixed.",
        "# 标题",
        "## Heading two",
        "- 列表项",
        "1. 有序项",
        "> 引用的话",
        "```\n代码\n```",
        "    indented code",
        "{% note info %}\n提示。\n{% endnote %}",
        "{% asset_img a.png %}",
        "<!-- more -->",
        "![图](a.png)",
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "$$\nx\n$$",
        "---",
        "***",
        "  两个空格开头的段落",
        "段落 with trailing space ",
        "",
    ]
)
_POSTS = st.builds(
    lambda header, blocks, separators, final: (
        header + "".join(b + s for b, s in zip(blocks, separators, strict=False)) + final
    ),
    st.sampled_from(["", "---\ntitle: 标题\ncover: \n---\n", "title: x\n---\n"]),
    st.lists(_BLOCKS, max_size=12),
    st.lists(st.sampled_from(["\n", "\n\n", "\n\n\n"]), min_size=12, max_size=12),
    st.sampled_from(["", "\n", "尾段"]),
)


@settings(max_examples=300, deadline=None)
@given(_POSTS, st.sampled_from(sorted(INDENT_FORMS)), st.booleans())
def test_unindent_is_the_exact_inverse_of_indent(post: str, form: str, each_line: bool) -> None:
    indented = indent_paragraphs(post, form, each_line=each_line)
    assert unindent_paragraphs(indented, form, each_line=each_line) == post
    assert unindent_paragraphs(indented, each_line=each_line) == post
    assert indent_paragraphs(indented, form, each_line=each_line) == indented
