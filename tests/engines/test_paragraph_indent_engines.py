"""Paragraph indentation lands where each real engine starts a line of the page (decision
0221): Hexo (hexo-renderer-marked, ``breaks``) shows each source line of a paragraph as a line,
so each is indented; Hugo (Goldmark) and Jekyll (kramdown) join them, so only a paragraph's
first line is, and an indentation on its second line would sit in the middle of the text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from engine_harness import ENGINES

from postpad.core.render.profiles import get_profile
from postpad.core.typography.indent import indent_paragraphs

pytestmark = pytest.mark.engines
TEXT = "第一行，这是一个段落。\n第二行，同一个段落。\n\n另一段，\n也是两行。\n"
#: an indentation (as the entity or as the characters) and what comes just before it
_INDENT = re.compile(r"(<p>|<br>|<br />|\n|。|，)(?:&ensp;|\u2002){4}")


def _html(engine: str, text: str, where: Path) -> str:
    reason = ENGINES[engine].unavailable()
    if reason:
        pytest.skip(reason)
    html = ENGINES[engine].render_snippets({"post": text}, where)["post"]
    assert html is not None
    return html


@pytest.mark.parametrize("engine", ["hexo", "hugo", "jekyll"])
def test_indentation_starts_a_line_of_the_page(engine: str, tmp_path: Path) -> None:
    each_line = get_profile(engine).breaks
    html = _html(engine, indent_paragraphs(TEXT, each_line=each_line), tmp_path)
    before = [match.group(1) for match in _INDENT.finditer(html)]
    assert len(before) == (4 if each_line else 2), html
    assert set(before) <= {"<p>", "<br>", "<br />"}, html
    other = _html(engine, indent_paragraphs(TEXT, each_line=not each_line), tmp_path / "o")
    if each_line:  # first lines only: Hexo's second lines start bare after <br>
        assert re.search(r"<br>第二行", other), other
    else:  # every line: Goldmark and kramdown put the indentation inside the paragraph
        assert "\n" in [m.group(1) for m in _INDENT.finditer(other)], other
