"""A link target as written, from markdown-it's percent-encoded URL."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from postpad.core.text.urls import as_written, written_line


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


@pytest.mark.parametrize(
    ("target", "line"),
    [
        ("./%E8%8F%9C.png", "![a](./菜.png)"),  # markdown-it's form of a raw path
        ("./%E8%8F%9C.png", "![a](./%e8%8f%9c.png)"),  # written encoded, lower case
        ("./%E8%8F%9C.png", "![a](./%E8%8F%9C.png)"),
        ("./a%20b.png", "![a](<./a b.png>)"),
        ("./%FF.png", "![bad](./%FF.png)"),  # not UTF-8: only as written
        ("img/b c.png", '<img src="img/b c.png">'),
    ],
)
def test_written_line_finds_every_form(target: str, line: str) -> None:
    lines = ["intro", "![a](other.png)", line, line]
    found = written_line(lines, target, 0, 4)
    assert found is not None
    assert found[0] == 2  # the first line that writes it
    assert found[1] in line


def test_written_line_stays_in_its_range() -> None:
    lines = ["![a](x.png)", "text", "![b](x.png)", "[r]: y.png"]
    assert written_line(lines, "y.png", 0, 3) is None  # a reference definition below the block
    assert written_line(lines, "x.png", 1, 4) == (2, "x.png")
    assert written_line(lines, "", 0, 4) is None


def test_written_line_skips_earlier_writings() -> None:
    lines = ["![a](x.png) and ![b](x.png)", "text", "![c](x.png)"]
    assert written_line(lines, "x.png", 0, 3, 1) == (0, "x.png")  # the second on the first line
    assert written_line(lines, "x.png", 0, 3, 2) == (2, "x.png")
    assert written_line(lines, "x.png", 0, 3, 5) == (0, "x.png")  # not that many: the first
