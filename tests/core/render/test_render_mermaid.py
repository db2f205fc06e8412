"""Mermaid diagrams: one markup for fences (every engine) and Butterfly's tag (fixture files)."""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it.utils import read_fixture_file

from postpad.core.render import RenderOptions, render
from postpad.core.render.options import ENGINES
from postpad.core.render.rules.mermaid import SOURCE_CLASS, diagram_html

FIXTURES = Path(__file__).parents[2] / "fixtures" / "render"


def _cases(name: str, engines: list[tuple[str, str | None]]) -> list[object]:
    return [
        pytest.param(engine, theme, source, expected, id=f"{name}:{line}:{engine}:{title[:30]}")
        for line, title, source, expected in read_fixture_file(FIXTURES / name)
        for engine, theme in engines
    ]


CASES = _cases("mermaid.md", [(engine, None) for engine in sorted(ENGINES)])
CASES += _cases("mermaid_butterfly.md", [("hexo", "butterfly")])


@pytest.mark.parametrize(("engine", "theme", "source", "expected"), CASES)
def test_fixture(engine: str, theme: str | None, source: str, expected: str) -> None:
    rendered = render(source, RenderOptions(engine=engine, theme=theme))
    html = "".join(block.html for block in rendered.blocks)
    if "mermaid-js" in source and engine != "generic":  # each engine has its code markup
        assert SOURCE_CLASS not in html
        return
    assert html == expected


def test_fence_and_tag_give_the_same_block() -> None:
    source = "graph LR\n  A --> B\n"
    fence = render(f"```mermaid\n{source}```\n", RenderOptions(engine="hexo", theme="butterfly"))
    tag = render(
        f"{{% mermaid %}}\n{source}{{% endmermaid %}}\n",
        RenderOptions(engine="hexo", theme="butterfly"),
    )
    assert fence.blocks[0].html == tag.blocks[0].html == diagram_html(source)
