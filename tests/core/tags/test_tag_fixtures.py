"""Tag forms' text, fixture files in markdown-it-py style (tests/fixtures/tags).

``*_parse.md``: a post with ``⌶`` where the cursor is → the opening tag found, its non-empty
values and its closing tag (or ``none``); every found tag is also written back from its values
and must give the same text (round trip). ``*_edit.md``: ``set name=value`` lines, then the post;
the opening tag rewritten with the new values must leave every other byte alone.
``*_format.md``: a tag name and ``name=value`` lines → the text Insert puts in the post.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it.utils import read_fixture_file

from postpad.core.tags import butterfly, format_tag, hexo, hugo, insertion, parse_tag_at
from postpad.core.tags.spec import TagLibrary

FIXTURES = Path(__file__).parents[2] / "fixtures" / "tags"
CURSOR = "⌶"
#: Hugo's embedded shortcodes and one a site defines (read from its template)
SITE_SHORTCODE = hugo.spec_from_template("render-list", '{{ .Get "path" }}{{ .Get "titlePrefix" }}')
LIBRARIES = {
    "butterfly": butterfly.library(),
    "hexo": hexo.library(),
    "hugo": TagLibrary("shortcode", "Hugo", (*hugo.BUILTIN, SITE_SHORTCODE)),
}


def _cases(kind: str) -> list[object]:
    cases = []
    for path in sorted(FIXTURES.glob(f"*_{kind}.md")):
        library = LIBRARIES[path.name.split("_")[0]]
        for line, title, source, expected in read_fixture_file(path):
            cases.append(pytest.param(library, source, expected, id=f"{path.name}:{line}:{title}"))
    return cases


def _cursor(source: str) -> tuple[str, int]:
    offset = source.index(CURSOR)
    return source.replace(CURSOR, "", 1), offset


@pytest.mark.parametrize(("library", "source", "expected"), _cases("parse"))
def test_parse(library: TagLibrary, source: str, expected: str) -> None:
    text, offset = _cursor(source)
    found = parse_tag_at(text, offset, library)
    if found is None:
        assert expected == "none\n"
        return
    lines = [text[found.start : found.end]]
    lines += [f"{name}: {value}" for name, value in found.values.items() if value]
    if found.close is not None:
        lines.append(f"close: {text[found.close[0] : found.close[1]]}")
    assert "\n".join(lines) + "\n" == expected
    assert format_tag(found.spec, dict(found.values), like=found) == lines[0]


@pytest.mark.parametrize(("library", "source", "expected"), _cases("edit"))
def test_edit(library: TagLibrary, source: str, expected: str) -> None:
    settings = [line for line in source.splitlines() if line.startswith("set ")]
    text, offset = _cursor(source.split("\n", len(settings))[-1])
    found = parse_tag_at(text, offset, library)
    assert found is not None
    values = dict(found.values)
    for line in settings:
        name, _, value = line[4:].partition("=")
        values[name] = value
    new = format_tag(found.spec, values, like=found)
    assert text[: found.start] + new + text[found.end :] == expected


@pytest.mark.parametrize(("library", "source", "expected"), _cases("format"))
def test_format(library: TagLibrary, source: str, expected: str) -> None:
    name, *lines = source.splitlines()
    spec = library.get(name)
    assert spec is not None
    values = dict(line.partition("=")[::2] for line in lines)
    selection = values.pop("selection", "")
    text, cursor = insertion(spec, values, selection)
    assert text + "\n" == expected
    assert text[:cursor].endswith("\n" if spec.paired else text)
    found = parse_tag_at(text, 1, library)  # what Insert wrote reads back as the same values
    assert found is not None
    assert found.spec is spec
    assert {k: v for k, v in found.values.items() if v} == {k: v for k, v in values.items() if v}
