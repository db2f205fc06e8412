"""Input Markdown → expected HTML, one fixture file per engine profile (markdown-it-py style).

Each case is: title line, ``.``, Markdown, ``.``, the HTML of the rendered blocks, ``.``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it.utils import read_fixture_file

from postpad.core.render import RenderOptions, render

FIXTURES = Path(__file__).parents[2] / "fixtures" / "render"

#: fixture file -> (engine, theme)
FILES = {
    "hexo.md": ("hexo", None),
    "butterfly.md": ("hexo", "butterfly"),
    "hexo_fluid.md": ("hexo", "fluid"),
    "hugo.md": ("hugo", None),
    "jekyll.md": ("jekyll", None),
    "eleventy.md": ("eleventy", None),
    "zola.md": ("zola", None),
    "astro.md": ("astro", None),
    "generic.md": ("generic", None),
    "safety.md": ("generic", None),
}


def _cases() -> list[object]:
    cases = []
    for name, (engine, theme) in FILES.items():
        for line, title, source, expected in read_fixture_file(FIXTURES / name):
            cases.append(
                pytest.param(engine, theme, source, expected, id=f"{name}:{line}:{title[:40]}")
            )
    return cases


@pytest.mark.parametrize(("engine", "theme", "source", "expected"), _cases())
def test_fixture(engine: str, theme: str | None, source: str, expected: str) -> None:
    rendered = render(source, RenderOptions(engine=engine, theme=theme))
    assert "".join(block.html for block in rendered.blocks) == expected


def test_every_profile_has_a_fixture_file() -> None:
    from postpad.core.render.options import ENGINES

    covered = {engine for engine, _theme in FILES.values()}
    assert covered == set(ENGINES)
