"""What `postpad check` and the window's Problems list call broken is on the page the real
engine builds (decisions 0260, 0270): each case writes a post whose every path is missing,
builds it with Hexo 8.1.2, Hugo 0.168 or Jekyll 4.3, and compares the `<img src>`/`<a href>`
elements of the built body (comments left out) with check's `broken-link` targets and the
window's (the render's findings)."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from engine_harness import ENGINES

from conftest import require_engine
from postpad.core.render import render
from postpad.core.render.options import options_for_site
from postpad.core.site import detect_site
from postpad.core.site.check import check_text
from postpad.core.site.check.render_findings import render_findings

pytestmark = pytest.mark.engines
HEADER = "---\ntitle: p\ndate: 2024-03-05 10:00:00\n---\n"


class _Elements(HTMLParser):
    """The ``src`` of each ``<img>`` and the ``href`` of each ``<a>`` in a page body (an HTML
    comment is no element: the parser hands it to ``handle_comment``)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        wanted = {"img": "src", "a": "href"}.get(tag)
        for name, value in attrs:
            if name == wanted and value and value.startswith("/") and "." in value:
                self.urls.add(value)


def _build(
    engine: str, body: str, tmp_path: Path, config: str | None = None
) -> tuple[set[str], set[str], set[str], str]:
    """(paths the built page links or shows, check's broken targets, the window's, the body)."""
    require_engine(engine)
    harness = ENGINES[engine]
    site = harness.new_site(tmp_path)
    if config is not None:
        (site / "hugo.toml").write_text(config, "utf-8")
    post = site / harness.posts_dir / harness.post_name("p.md")
    post.write_text(HEADER + body, "utf-8")
    result = harness.build(site, "UTC")
    assert result.returncode == 0, result.describe()
    (built,) = result.posts.values()
    page = _Elements()
    page.feed(built.body_html)
    found = detect_site(site)
    checked = check_text(post, HEADER + body, found)
    rendered = render(HEADER + body, options_for_site(found, post))
    window = render_findings(rendered.warnings, post, found)
    return (
        page.urls,
        {f.data["target"] for f in checked if f.code == "broken-link"},
        {f.data["target"] for f in window if f.code == "broken-link"},
        built.body_html,
    )


HEXO_RAW = (
    '{% raw %}\n![x](/raw-md.png)\n<div>\n<img src="/raw.png">\n</div>\n{% endraw %}\n\n'
    'A {% raw %}<img src="/raw-inline.png">{% endraw %} b\n\n![after](/after.png)\n'
)


def test_hexo_raw_html_in_a_raw_block_is_a_problem_in_check_and_the_window(
    tmp_path: Path,
) -> None:
    on_page, checked, window, _body = _build("hexo", HEXO_RAW, tmp_path)
    assert on_page == {"/raw.png", "/raw-inline.png", "/after.png"}
    assert checked == window == on_page
