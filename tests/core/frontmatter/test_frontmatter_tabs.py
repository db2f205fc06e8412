"""Hexo's tab fix-up is Hexo's (decision 0221): hexo-front-matter turns leading tabs into spaces
before js-yaml reads the header, so a tab-indented list works in Hexo; Hugo (go-yaml) and Jekyll
(libyaml) refuse a tab where YAML expects indentation (Hugo stops the build, Jekyll drops the
header). ``read_fields(…, engine=…)`` reads the header as that engine does."""

from __future__ import annotations

import pytest

from postpad.core.errors import FrontMatterError
from postpad.core.frontmatter import read_fields

TAB_LIST = "---\ntitle: 骑行\ntags:\n\t- 江南\n\t- 骑行\n---\n正文\n"


def test_hexo_reads_tab_indentation_as_spaces() -> None:
    assert read_fields(TAB_LIST, engine="hexo")["tags"] == ["江南", "骑行"]
    assert read_fields(TAB_LIST)["tags"] == ["江南", "骑行"]  # no engine named: as before


@pytest.mark.parametrize("engine", ["hugo", "jekyll"])
def test_hugo_and_jekyll_refuse_it_at_the_tab(engine: str) -> None:
    with pytest.raises(FrontMatterError) as caught:
        read_fields(TAB_LIST, engine=engine)
    assert (caught.value.line, caught.value.column) == (4, 1)
    assert "tab" in caught.value.message


@pytest.mark.parametrize(
    ("header", "hugo", "jekyll"),
    [
        ("t: [a,\n\tb]", False, False),  # inside a flow collection: whitespace
        ("d: |\n  a\n  \tb", False, False),  # after a block scalar's indentation: text
        ("p:\n  a: 1\n  \tb: 2", True, True),
    ],
)
def test_where_each_reader_refuses_a_tab(header: str, hugo: bool, jekyll: bool) -> None:
    """The cases tests/engines/test_check_engines.py builds with the real engines."""
    text = f"---\ntitle: a\n{header}\n---\n"
    for engine, refused in (("hugo", hugo), ("jekyll", jekyll)):
        try:
            read_fields(text, engine=engine)
        except FrontMatterError:
            assert refused, (engine, header)
        else:
            assert not refused, (engine, header)
