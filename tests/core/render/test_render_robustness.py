"""render() never fails, whatever the text: a broken post still previews."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from postpad.core.render import RenderOptions, render

ALPHABET = st.sampled_from(
    [*"ab 中文\n\n#*_`~>-+=|[](){}%$<>/\\!:\"'&;", "&ensp;", "{%", "%}", "{{", "}}", "<!--"]
)
texts = st.one_of(st.text(max_size=300), st.lists(ALPHABET, max_size=120).map("".join))


@pytest.mark.parametrize("engine", ["hexo", "hugo", "jekyll", "eleventy", "zola", "astro"])
@settings(max_examples=120, deadline=None)
@given(text=texts)
def test_render_never_raises(engine: str, text: str) -> None:
    rendered = render(text, RenderOptions(engine=engine, math=True))
    assert isinstance(rendered.html, str)
    assert "<script" not in rendered.html.lower()
    lines = len(re.split(r"\r\n?|\n", text))  # markdown-it's line breaks
    for block in rendered.blocks:
        assert 1 <= block.first_line <= block.last_line <= lines
