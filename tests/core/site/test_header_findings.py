"""The header's parse findings for the window's Problems (decision 0240): from the header's lines
alone, the same line, column, severity and message as ``postpad check`` on the whole post."""

from __future__ import annotations

from pathlib import Path

import pytest

from postpad.core.render import RenderOptions, render
from postpad.core.site.check import check_text
from postpad.core.site.check.frontmatter_parse import CODE, header_findings
from postpad.core.site.model import Site

BODY = "\nSome text.\n\n![x](y.png)\n"
HEADERS = [
    ("---\ntitle: t\np:\n  \tq: 1\n---\n", "hugo", "warning"),  # Hugo reads it (0239)
    ("---\ntitle: t\np:\n  \tq: 1\n---\n", "jekyll", "error"),  # Jekyll drops the header
    ("---\ntitle: t\np:\n  \tq: 1\n---\n", "hexo", "error"),  # Hexo leaves the post out
    ("---\ntitle: t\nk: !foo bar\n---\n", "jekyll", "warning"),
    ("---\ntitle: t\nk: *nope\n---\n", "jekyll", "error"),
    ("---\ntitle: t\nk: `x`\n---\n", "hexo", "error"),
    ('+++\ntitle = "t\n+++\n', "hugo", "error"),  # TOML
    ("---\ntitle: t\n", "hexo", "error"),  # never closed: the whole post is the "header"
]


def _header(text: str, engine: str) -> str:
    """The lines above the body, as the window takes them from its render."""
    body_line = render(text, RenderOptions(engine=engine)).body_line
    return "\n".join(text.split("\n")[: max(body_line - 1, 1)])


@pytest.mark.parametrize(("header", "engine", "severity"), HEADERS)
def test_same_finding_as_check(header: str, engine: str, severity: str, tmp_path: Path) -> None:
    text = header + BODY
    path = tmp_path / "p.md"
    site = Site(engine, tmp_path)
    expected = [f for f in check_text(path, text, site) if f.code == CODE]
    found = header_findings(_header(text, engine), path, site)
    assert found == expected
    assert [f.message for f in found] == [f.message for f in expected]
    assert [f.severity for f in found] == [severity]
    assert found[0].line > 1 or header.count("\n") == 2  # at the parser's line, not the top


def test_engine_without_site_decides_the_severity(tmp_path: Path) -> None:
    header = "---\ntitle: t\np:\n  \tq: 1\n---"
    path = tmp_path / "p.md"
    assert [f.severity for f in header_findings(header, path, None, "hugo")] == ["warning"]
    assert [f.severity for f in header_findings(header, path, None, "jekyll")] == ["error"]


def test_a_header_that_parses_has_none(tmp_path: Path) -> None:
    assert header_findings("---\ntitle: t\ntags: [a]\n---", tmp_path / "p.md", None) == []
    assert header_findings("Just text.", None, None, "hexo") == []  # no header, no problem


HEADER_CODES = {CODE, "front-matter-delimiter", "front-matter-missing", "duplicate-key"}
OTHER_FINDINGS = [  # check's other header findings, shown in the window too (decision 0245)
    ("---  \ntitle: t\n---\n", "hexo", "front-matter-delimiter"),  # Hexo: body text, an error
    ("---  \ntitle: t\n---\n", "zola", "front-matter-delimiter"),  # Zola reads it: a warning
    ("+++ \ntitle = 't'\n+++\n", "zola", "front-matter-delimiter"),
    ("", "zola", "front-matter-missing"),  # no header at all
    ("Title line\n", "zola", "front-matter-missing"),
    ('+++\ntitle = "t"\n[extra]\n+++\n', "zola", None),  # parses: nothing
    ("---\ntitle: t\ntags: [a]\n---\n", "hexo", None),
]


@pytest.mark.parametrize(("header", "engine", "code"), OTHER_FINDINGS)
def test_delimiter_and_missing_header_as_check(
    header: str, engine: str, code: str | None, tmp_path: Path
) -> None:
    text = header + BODY
    path = tmp_path / "p.md"
    site = Site(engine, tmp_path)
    expected = [f for f in check_text(path, text, site) if f.code in HEADER_CODES]
    found = header_findings(_header(text, engine), path, site)
    assert found == expected
    assert [f.code for f in found] == ([code] if code else [])
    assert all(f.data["engine"] == site.engine_spec.display_name for f in found)


def test_duplicate_keys_as_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the YAML reader refuses most duplicates itself (a parse finding at that line); the key
    # scan reports the ones it does not refuse at that line: both kinds reach the window
    text = "---\ntitle: t\ntags: a\ntitle: u\ndate: 2024-01-01\ntags: b\n---\n" + BODY
    path = tmp_path / "p.md"
    for engine in ("hexo", "hugo", "jekyll"):
        site = Site(engine, tmp_path)
        expected = [f for f in check_text(path, text, site) if f.code in HEADER_CODES]
        found = header_findings(_header(text, engine), path, site)
        assert found == expected
        assert "duplicate-key" in {f.code for f in found}
        assert [f.line for f in found if f.code == "duplicate-key"] == [6]
