"""Hexo heading ids come from the heading's HTML unescaped and stripped of tags (anchorId in
hexo-renderer-marked). Expected values were printed by hexo-util 3's own stripHTML."""

from __future__ import annotations

import pytest

from postpad.core.render import render
from postpad.core.render.options import RenderOptions
from postpad.core.render.rules.heading_ids import strip_html

CASES = [
    ("使用 HTML5 <audio> 元素", "使用 HTML5  元素"),
    ("git log -L:<funcname>:<file>缺点", "git log -L::缺点"),
    ("a < b", "a < b"),
    ("x<y", "x"),
    ("<!-- c -->z", "z"),
    ('a <b title="x>y">c</b>', "a c"),
    ("a<b<c>>d", "ad"),
    ("<\nx", "< x"),
    ("a<!- b>c", "ac"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_strip_html_matches_hexo_util(text: str, expected: str) -> None:
    assert strip_html(text) == expected


def test_a_tag_written_in_inline_code_is_not_part_of_the_hexo_id() -> None:
    html = render("## 使用 HTML5 `<audio>` 元素\n", RenderOptions(engine="hexo")).html
    assert 'id="使用-HTML5-元素"' in html
    assert "<code>&lt;audio&gt;</code>" in html
    hugo = render("## 使用 HTML5 `<audio>` 元素\n", RenderOptions(engine="hugo")).html
    assert 'id="使用-html5-audio-元素"' in hugo
