"""Hugo 0.156 removed the gist and twitter shortcodes (they call errorf): Hugo writes nothing
where they stand and fails the build, unless the site defines its own (decision 0165)."""

from __future__ import annotations

from pathlib import Path

import pytest

from postpad.core.render import RenderOptions, render

POST = "前文\n\n{{< gist KaeruCT 6488745 >}}\n\n{{< tweet user=x id=1 >}}\n\n后文\n"


def _html(site: Path) -> tuple[str, list[str]]:
    options = RenderOptions(engine="hugo", site_root=site, post_path=site / "content" / "p.md")
    rendered = render(POST, options)
    return "".join(b.html for b in rendered.blocks), [w.code for w in rendered.warnings]


def test_removed_shortcode_writes_nothing_and_warns(tmp_path: Path) -> None:
    html, warnings = _html(tmp_path)
    assert html.replace("\n", "") == "<p>前文</p><p>后文</p>"
    assert warnings.count("hugo-removed-shortcode") == 2


@pytest.mark.parametrize("folder", ["layouts/_shortcodes", "themes/t/layouts/shortcodes"])
def test_a_site_that_defines_it_keeps_the_placeholder(tmp_path: Path, folder: str) -> None:
    (tmp_path / folder).mkdir(parents=True)
    (tmp_path / folder / "gist.html").write_text("<script></script>", encoding="utf-8")
    html, warnings = _html(tmp_path)
    assert "{{&lt; gist KaeruCT 6488745 &gt;}}" in html
    assert warnings.count("hugo-removed-shortcode") == 1  # tweet still has none


def test_outside_a_site_the_placeholder_stays() -> None:
    rendered = render(POST, RenderOptions(engine="hugo"))
    assert "gist KaeruCT" in "".join(b.html for b in rendered.blocks)
