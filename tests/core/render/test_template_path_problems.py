"""A Markdown image whose path still holds a template tag after the render's own Liquid
(`![x]({% assets_path %}/x.png)`, a tag of the site's `_plugins`) is no Problem: the render
cannot run the tag, so it cannot say the file is missing, and `postpad check` skips templated
paths too (decision 0270). A path the render completes (`{{ site.img_url }}`) is still looked
up. The real Jekyll side is in tests/engines/test_check_comments_engines.py."""

from __future__ import annotations

from pathlib import Path

from postpad.core.render import render
from postpad.core.render.options import options_for_site
from postpad.core.site import detect_site
from postpad.core.site.check import check_text
from postpad.core.site.check.render_findings import render_findings

POST = (
    "---\ntitle: t\n---\n\n"  # 1-4
    "![a]({{ site.img_url }}/a.png)\n\n"  # 5: the render knows site.img_url
    "![b]({% assets_path %}/b.png)\n\n"  # 7: a tag of the site's plugins
    "![c]({{ page.nope }}c.png)\n"  # 9: an unknown variable
)


def test_a_path_with_a_tag_the_render_cannot_run_is_no_problem(tmp_path: Path) -> None:
    (tmp_path / "_posts").mkdir()
    (tmp_path / "_config.yml").write_text("title: x\nimg_url: /img\n", "utf-8")
    post = tmp_path / "_posts" / "2024-01-01-p.md"
    site = detect_site(post)
    rendered = render(POST, options_for_site(site, post))
    window = [(f.line, f.data["target"]) for f in render_findings(rendered.warnings, post, site)]
    assert window == [(5, "/img/a.png")]
    checked = [f.line for f in check_text(post, POST, site) if f.code == "broken-link"]
    assert checked == []  # check leaves every templated path alone
