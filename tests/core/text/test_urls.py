"""A link target as written, from markdown-it's percent-encoded URL."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from postpad.core.text.urls import as_written


@pytest.mark.parametrize(
    "written",
    [
        "./菜刀步惊云.png",
        "./a%20b.png",
        "/img/封面(1).jpg",
        "https://example.org/页?q=字#节",
        "a.png",
    ],
)
def test_as_written_undoes_what_markdown_it_encodes(written: str) -> None:
    url = MarkdownIt().parseInline(f"![x](<{written}>)")[0].children[0].attrGet("src")
    assert as_written(str(url)) == written


def test_bytes_that_are_not_utf8_do_not_raise() -> None:
    assert as_written("./%FF%FE.png") == "./\ufffd\ufffd.png"
