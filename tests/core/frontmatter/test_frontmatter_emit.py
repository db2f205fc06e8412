"""The scalar emitter: the quoting rule of decision 0008, checked against two real readers."""

from __future__ import annotations

import math

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from postpad.core.frontmatter.emit import emit_block, emit_float, emit_scalar, emit_string
from postpad.core.frontmatter.yaml_codec import load_yaml

_PYYAML = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("随笔", "随笔"),
        ("hello world", "hello world"),
        ("C#语言", "C#语言"),
        ("It's ok", "It's ok"),
        ("标题：副标题", "标题：副标题"),
        ("https://x/a.png?x=1#frag", "https://x/a.png?x=1#frag"),
        ("", "''"),
        ("标题: 副标题", "'标题: 副标题'"),
        ("总结:", "'总结:'"),
        ("第 #1 期", "'第 #1 期'"),
        ("#话题", "'#话题'"),
        ("#0062be", "'#0062be'"),
        ("[转载] 文章", "'[转载] 文章'"),
        ("'a' b", "'''a'' b'"),
        ("- 减号", "'- 减号'"),
        ("&amp 字符", "'&amp 字符'"),
        ("*重点*", "'*重点*'"),
        ("!重要", "'!重要'"),
        ("| 竖线", "'| 竖线'"),
        ("> 大于", "'> 大于'"),
        ("%50", "'%50'"),
        ("@someone", "'@someone'"),
        ("`code`", "'`code`'"),
        ("yes", "'yes'"),
        ("No", "'No'"),
        ("on", "'on'"),
        ("y", "'y'"),
        ("null", "'null'"),
        ("~", "'~'"),
        ("2024", "'2024'"),
        ("1.10", "'1.10'"),
        ("010", "'010'"),
        ("0x1F", "'0x1F'"),
        ("1e3", "'1e3'"),
        ("1_000", "'1_000'"),
        (".inf", "'.inf'"),
        ("1:30", "'1:30'"),
        ("2024-06-01", "'2024-06-01'"),
        ("2024-6-1 10:00", "'2024-6-1 10:00'"),
        (" 前导空格", "' 前导空格'"),
        ("全角空格　", "'全角空格　'"),
        ("tab\there", '"tab\\there"'),
        ("two\nlines", '"two\\nlines"'),
        ("bell\x07", '"bell\\u0007"'),
        ("=", "'='"),
        ("<<", "'<<'"),
        ("---", "'---'"),
    ],
)
def test_quoting_rule(text: str, written: str) -> None:
    assert emit_string(text) == written


def test_scalars() -> None:
    assert emit_scalar(None) == ""
    assert emit_scalar(True) == "true"
    assert emit_scalar(False) == "false"
    assert emit_scalar(42) == "42"
    assert emit_float(1e20) == "1.0e+20"
    assert emit_float(-2.5e-7) == "-2.5e-07"
    assert emit_float(3.0) == "3.0"
    assert emit_float(math.inf) == ".inf"
    assert emit_float(math.nan) == ".nan"


def test_block_forms() -> None:
    assert emit_block("cover", None) == ["cover:"]
    assert emit_block("tags", ["a", "2024"]) == ["tags:", "  - a", "  - '2024'"]
    assert emit_block("tags", ["a, b"], flow_lists=True) == ["tags: ['a, b']"]
    assert emit_block("categories", [["生活", "随笔"], "技术"], list_indent="") == [
        "categories:",
        "- [生活, 随笔]",
        "- 技术",
    ]
    assert emit_block("title", "新", style="double") == ['title: "新"']
    assert emit_block("title", "新", style="single") == ["title: '新'"]


def _reads_back(document: str, expected: object) -> None:
    ours = load_yaml(document)["k"]
    theirs = yaml.load(document, Loader=_PYYAML)["k"]
    assert ours == expected
    assert theirs == expected


@settings(max_examples=500, deadline=None)
@given(st.text(st.characters(exclude_categories=("Cs",)), max_size=30))
def test_any_string_reads_back_exactly_with_both_readers(text: str) -> None:
    _reads_back(f"k: {emit_string(text)}\n", text)
    _reads_back(f"k: [{emit_string(text, in_flow=True)}]\n", [text])
    assert "\t" not in emit_string(text)


@settings(max_examples=200, deadline=None)
@given(st.floats(allow_nan=False) | st.integers())
def test_numbers_read_back_with_both_readers(number: float) -> None:
    _reads_back(f"k: {emit_scalar(number)}\n", number)
