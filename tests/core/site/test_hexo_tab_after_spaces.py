"""Hexo turns only leading tabs into spaces (hexo-front-matter's escapeYAML): real Hexo 8.1
leaves out a post whose header has a tab after spaces (``p:\\n  \\tq: 1``, js-yaml "bad
indentation") and reads a tab after a list dash (decision 0239, measured in
tests/engines/test_frontmatter_engine_reading.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from postpad.core.site.check import check_text
from postpad.core.site.detect import detect_site


@pytest.mark.parametrize(
    ("header", "found"),
    [
        ("tags:\n\t- a", [(4, "warning", "yaml-tab")]),  # leading: Hexo reads it as spaces
        ("p:\n  \tq: 1", [(4, "error", "front-matter-parse"), (4, "error", "yaml-tab")]),
        ("tags:\n-\tx", [(4, "warning", "front-matter-parse")]),  # Hexo reads it, PyYAML not
        ("d: |\n  a\n  \tb", []),  # text inside a block scalar
    ],
)
def test_hexo_tabs(sites_dir: Path, header: str, found: list[tuple[int, str, str]]) -> None:
    site = detect_site(sites_dir / "hexo-butterfly")
    assert site is not None
    assert site.engine == "hexo"
    text = f"---\ntitle: a\n{header}\n---\nx\n"
    findings = check_text(site.root / "source/_posts/t.md", text, site)
    assert [
        (f.line, f.severity, f.code) for f in findings if "yaml" in f.code or "front" in f.code
    ] == found
