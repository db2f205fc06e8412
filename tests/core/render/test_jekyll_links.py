"""Jekyll's ``{% post_url %}`` and ``{% link %}`` in the preview write the target's URL as the
built site has it, and a target Jekyll cannot find is reported by the preview and ``postpad
check`` alike (decision 0291). Cases: ``tests/fixtures/render/jekyll_links.md``, rendered as a
post of the fixture site ``tests/fixtures/sites/jekyll-links`` (``baseurl: /blog``, pretty)."""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it.utils import read_fixture_file

from postpad.core.render import render
from postpad.core.render.options import options_for_site
from postpad.core.site.detect import detect_site
from postpad.core.site.jekyll_links import CODE

FIXTURES = Path(__file__).parents[2] / "fixtures"
SITE = FIXTURES / "sites" / "jekyll-links"
POST = SITE / "_posts" / "2015-02-03-links.md"
HEADER = "---\ntitle: t\ntarget: about.md\n---\n"


def _html(text: str) -> str:
    site = detect_site(POST)
    return "".join(block.html for block in render(text, options_for_site(site, POST)).blocks)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param(source, expected, id=f"{line}:{title[:40]}")
        for line, title, source, expected in read_fixture_file(
            FIXTURES / "render" / "jekyll_links.md"
        )
    ],
)
def test_fixture(source: str, expected: str) -> None:
    assert _html(HEADER + source) == expected


def test_outside_a_site_the_tags_stay_placeholders() -> None:
    from postpad.core.render import RenderOptions

    html = render("{% post_url 2010-07-21-bee %}\n", RenderOptions(engine="jekyll")).blocks[0].html
    assert "pp-tag-inline" in html


MISSING = (
    HEADER + "fine {% post_url 2010-07-21-bee %}\n\n"  # line 5
    "[a]({% post_url 2010-07-21-nope %})\n\n"  # 7
    "para\n{% post_url bee %}\n\n"  # 10
    "[b]({% link nope.md %}) [c]({% link /about.md %})\n\n"  # 12
    "```\n{% link gone.md %}\n```\n\n"  # 15: Liquid runs inside code too
    "{% raw %}{% link gone.md %}{% endraw %}\n"
)


def test_missing_targets_are_warned_at_their_lines() -> None:
    site = detect_site(POST)
    assert site is not None
    rendered = render(MISSING, options_for_site(site, POST))
    found = sorted((w.line, w.message) for w in rendered.warnings if w.code == CODE)
    assert [line for line, _message in found] == [7, 10, 12, 12, 15]
    assert found[0][1] == (
        "{% post_url 2010-07-21-nope %}: no post has this date and name; Jekyll stops the build"
    )
    assert found[1][1].startswith("{% post_url bee %}: not a post name")
    assert "{% link nope.md %}: no file of the site has this path; Jekyll stops the build" in (
        found[2][1],
        found[3][1],
    )


def test_render_with_liquid_false_runs_no_tag() -> None:
    text = "---\ntitle: t\nrender_with_liquid: false\n---\n[a]({% post_url 2010-07-21-nope %})\n"
    site = detect_site(POST)
    assert site is not None
    assert not render(text, options_for_site(site, POST)).warnings


def test_a_liquid_links_url_is_no_missing_file() -> None:
    """``/blog/files/notes.txt`` is the site's URL of ``files/notes.txt``, not a local path."""
    site = detect_site(POST)
    assert site is not None
    text = HEADER + "[file]({% link files/notes.txt %})\n"
    assert not render(text, options_for_site(site, POST)).warnings


def test_typing_keeps_the_warnings_and_urls_the_whole_render_has() -> None:
    """The window renders edits incrementally: each step equals a whole render."""
    from postpad.core.render import IncrementalRenderer

    site = detect_site(POST)
    assert site is not None
    options = options_for_site(site, POST)
    renderer = IncrementalRenderer(options)
    steps = [
        MISSING,
        MISSING.replace("2010-07-21-nope", "2010-07-21-bee"),  # fixed: the link works
        MISSING.replace("para\n", "para\n\nmore\n"),  # lines shift: the warnings follow
    ]
    for text in steps:
        patch = renderer.update(text)
        whole = render(text, options)
        assert patch.rendered.html == whole.html
        assert patch.rendered.warnings == whole.warnings
    assert '<a href="/blog/2010/07/21/bee/">a</a>' in renderer.update(steps[1]).rendered.html
