"""Hexo writes a ``{% raw %}`` block's text into the page as it is, after the Markdown render: a
raw ``<img>`` inside is an image on the page, a Markdown image stays text (decision 0260). The
window's Problems list now names a missing raw ``<img>`` in a raw block (block or inline), as
``postpad check`` does (decision 0270); the real Hexo side is in
tests/engines/test_check_comments_engines.py."""

from __future__ import annotations

from pathlib import Path

from postpad.core.render import RenderOptions, render
from postpad.core.render.options import options_for_site
from postpad.core.site.check import check_text
from postpad.core.site.check.render_findings import render_findings
from postpad.core.site.model import Site

POST = (
    "---\ntitle: t\n---\n\n"  # 1-4
    '{% raw %}\n![x](/raw-md.png)\n<div>\n<img src="/raw.png">\n</div>\n{% endraw %}\n\n'  # 5-10
    'A {% raw %}<img src="/inl.png">{% endraw %} b\n'  # 12
)


def _both(tmp_path: Path) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    (tmp_path / "_config.yml").write_text("title: b\n", encoding="utf-8")
    post = tmp_path / "source" / "_posts" / "p.md"
    site = Site("hexo", tmp_path)
    rendered = render(POST, options_for_site(site, post))
    window = render_findings(rendered.warnings, post, site)
    checked = [f for f in check_text(post, POST, site) if f.code == "broken-link"]
    return (
        [(f.line, f.data["target"]) for f in window],
        sorted((f.line, f.data["target"]) for f in checked),
    )


def test_a_raw_blocks_img_is_a_problem_as_in_check(tmp_path: Path) -> None:
    window, checked = _both(tmp_path)
    assert window == checked == [(8, "/raw.png"), (12, "/inl.png")]


def test_hexo_inline_raw_html_is_on_the_preview_page() -> None:
    html = render("A {% raw %}<b>x</b> {{ y }}{% endraw %} b\n", RenderOptions(engine="hexo")).html
    assert "<p>A <b>x</b> {{ y }} b</p>" in html
