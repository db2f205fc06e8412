"""Hexo sites on hexo-renderer-markdown-it (decision 0158): the renderer's defaults as a fixture
file (checked against the real renderer by tests/engines/test_hexo_markdown_it.py) and the
site's `markdown:` settings."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from markdown_it.utils import read_fixture_file

from postpad.core.render import IncrementalRenderer, RenderOptions, apply_patch, render
from postpad.core.render.incremental import blocks_html

FIXTURES = Path(__file__).parents[2] / "fixtures" / "render"
RENDERER = {"hexo_renderer": "hexo-renderer-markdown-it"}
#: fixture files; a NAME.yml beside one holds the `markdown:` section it is rendered with
FILES = ("hexo_markdown_it.md", "hexo_markdown_it_plugins.md")


def markdown_section(name: str) -> dict[str, object]:
    path = (FIXTURES / name).with_suffix(".yml")
    if not path.is_file():
        return {}
    loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    return dict(loaded["markdown"])


def _html(source: str, **overrides: object) -> str:
    rendered = render(source, RenderOptions(engine="hexo", site_overrides=RENDERER | overrides))
    return "".join(block.html for block in rendered.blocks)


def _cases() -> list[object]:
    return [
        pytest.param(markdown_section(name), source, html, id=f"{name}:{line}:{title[:40]}")
        for name in FILES
        for line, title, source, html in read_fixture_file(FIXTURES / name)
    ]


@pytest.mark.parametrize(("config", "source", "expected"), _cases())
def test_fixture(config: dict[str, object], source: str, expected: str) -> None:
    assert _html(source, **config) == expected


def test_marked_sites_are_unchanged() -> None:
    marked = render("## A\n", RenderOptions(engine="hexo")).blocks[0].html
    assert 'class="headerlink"' in marked
    assert 'class="headerlink"' not in _html("## A\n")


def test_the_sites_markdown_section_sets_options_plugins_and_anchors() -> None:
    config = {
        "render": {"breaks": False, "typographer": False, "quotes": "«»‹›"},
        "plugins": ["markdown-it-footnote", "markdown-it-sub", "markdown-it-sup"],
        "anchors": {"level": 1, "permalink": True, "permalinkClass": "anchor",
                    "permalinkSide": "right", "permalinkSymbol": "·", "case": 1},
    }  # fmt: skip
    html = _html('# Big Top\n\na\nb "q" H~2~O x^2^ n[^1]\n\n[^1]: t\n', **config)
    assert '<h1 id="big-top">Big Top<a class="anchor" href="#big-top">·</a></h1>' in html
    assert "a\nb &quot;q&quot; H<sub>2</sub>O x<sup>2</sup>" in html
    assert 'class="footnote-ref"' in html
    assert "«q»" in _html('"q"\n', render={"quotes": "«»‹›"})


def test_commonmark_preset_has_no_tables_or_linkify() -> None:
    html = _html("| a |\n| - |\n| b |\n\nhttps://x.org\n", preset="commonmark")
    assert "<table>" not in html
    assert "<a " not in html
    assert "<table>" in _html("| a |\n| - |\n| b |\n")


def test_edits_renumber_repeated_headings_as_a_full_render_does() -> None:
    options = RenderOptions(
        engine="hexo", site_overrides=RENDERER | {"anchors": {"permalink": True}}
    )
    renderer = IncrementalRenderer(options)
    blocks = apply_patch([], renderer.update("# T\n\n## A\n\ntext\n\n## A\n"))
    for text in ("# T\n\n## A\n\ntexts\n\n## A\n", "# T\n\n## B\n\ntexts\n\n## A\n\n## A\n"):
        blocks = apply_patch(blocks, renderer.update(text))
        assert not renderer.last_was_full
        assert blocks_html(blocks) == render(text, options).html
    assert '<h2 id="A-2"><a class="header-anchor" href="#A-2">¶</a>A</h2>' in blocks_html(blocks)
