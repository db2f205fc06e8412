"""A header that does not parse is explained in the interface language (issue 12 audit).

The parser's English ("did not find expected key (while parsing a block mapping)") used to sit
untranslated inside the Chinese banner. Real mistakes bloggers make are run through the real
parser, so a phrase PyYAML uses that the table lacks fails here.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale

from postpad.gui import i18n
from postpad.gui.frontmatter.parser_messages import in_interface_language

pytestmark = pytest.mark.gui

BROKEN_HEADERS = {
    "unclosed list": "title: 标题\ntags: [骑行, 江南\ndate: 2025/6/7\n",
    "unclosed mapping": "title: 标题\nmeta: {a: 1\n",
    "colon in the title": "title: 骑行日记: 第一天\n",
    "key indented too far": "title: 标题\n  date: 2025/6/7\n",
    "list item under a key": "title: 标题\n- 骑行\n",
    "tab indentation": "title:\t标题\n\tdate: 2025/6/7\n",
    "unclosed quote": 'title: "标题\ndate: 2025/6/7\n',
    "apostrophe in single quotes": "title: 'it's 我的博客'\n",
    "value starting with @": "author: @me\n",
    "value starting with a backtick": "title: `code` 标题\n",
    "value starting with *": "cover: *.png\n",
    "unknown escape": 'title: "C:\\q 盘"\n',
    "empty anchor": "title: &\n",
    "tab after spaces": "title: 标题\np:\n  \tq: 1\n",
    "tab after a list dash": "title: 标题\ntags:\n-\t骑行\n",
}
ENGLISH_WORDS = re.compile(r"[A-Za-z]{3,}")
#: names, not words: the banner names the engine that reads or refuses the header (0239)
NAMES = ("Front", "matter", "YAML", "Hexo", "Hugo", "Jekyll", "Postpad")


@pytest.fixture
def chinese(qapp):
    i18n.install_translators(qapp, QLocale("zh_CN"))
    yield
    i18n.install_translators(qapp, QLocale("en_US"))


def _banner(make_panel, header: str) -> str:
    _editor, panel = make_panel(f"---\n{header}---\n\n正文\n")
    assert panel.error() is not None, header
    return panel.error_label.text()


@pytest.mark.parametrize("header", BROKEN_HEADERS.values(), ids=BROKEN_HEADERS.keys())
def test_the_banner_has_no_english_parser_words_in_chinese(chinese, make_panel, header) -> None:
    banner = _banner(make_panel, header)
    words = [w for w in ENGLISH_WORDS.findall(banner) if w not in NAMES]
    assert words == [], banner


def test_english_keeps_the_parsers_own_words(make_panel) -> None:
    banner = _banner(make_panel, BROKEN_HEADERS["colon in the title"])
    assert "mapping values are not allowed" in banner
    banner = _banner(make_panel, BROKEN_HEADERS["unclosed list"])
    assert "did not find expected ',' or ']' (while parsing a flow sequence)" in banner


def test_unknown_text_is_left_as_the_parser_wrote_it(chinese) -> None:
    assert in_interface_language("something new '<x>'") == "something new '<x>'"
    translated = in_interface_language("did not find expected key (while parsing a block mapping)")
    assert translated == "这里应是一个键（检查缩进和引号是否成对）（读取键值对时）"


@pytest.mark.parametrize("name", ["tab after spaces", "tab after a list dash"])
def test_a_typed_tab_is_named(make_panel, qapp, name: str) -> None:
    """libyaml says "found character that cannot start any token" without the character; the
    Chinese said to quote a value starting with @ or a backquote. Postpad names the tab."""
    english = _banner(make_panel, BROKEN_HEADERS[name])
    assert "found a tab character that cannot start any token" in english
    i18n.install_translators(qapp, QLocale("zh_CN"))
    try:
        chinese = _banner(make_panel, BROKEN_HEADERS[name])
    finally:
        i18n.install_translators(qapp, QLocale("en_US"))
    assert "这里有制表符" in chinese
    assert "@" not in chinese


TOML_UNCLOSED = '+++\ntitle = "x"\ntags = [\n  "a",\n  "b"\n+++\n\n正文\n'


def test_a_toml_header_that_ends_too_soon_says_so_once(make_panel, qapp) -> None:
    _editor, panel = make_panel(TOML_UNCLOSED)
    english = panel.error_label.text()
    assert "unexpected end of the header" in english
    assert "x00" not in english
    assert " col " not in english
    i18n.install_translators(qapp, QLocale("zh_CN"))
    try:
        _editor, panel = make_panel(TOML_UNCLOSED)
        chinese = panel.error_label.text()
    finally:
        i18n.install_translators(qapp, QLocale("en_US"))
    words = [w for w in ENGLISH_WORDS.findall(chinese) if w not in (*NAMES, "TOML")]
    assert words == [], chinese
