"""Jekyll publishes a theme gem's `assets/` under `/assets/` (decision 0271): with `theme:
minima` (the gem installed where RubyGems finds it), Jekyll 4.3 writes
`_site/assets/minima-social-icons.svg`. `postpad check` and the window's Problems list find it
in the gem's folder, and still report a path neither the site nor the gem holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from engine_harness import ENGINES

from conftest import require_engine
from postpad.core.render import render
from postpad.core.render.options import options_for_site
from postpad.core.site import detect_site
from postpad.core.site.check import check_text
from postpad.core.site.check.render_findings import render_findings
from postpad.core.site.jekyll_gems import gem_folder

pytestmark = pytest.mark.engines
HEADER = "---\ntitle: p\ndate: 2024-03-05 10:00:00\n---\n"
BODY = "![icons](/assets/minima-social-icons.svg)\n\n![gone](/assets/none.png)\n"


def test_a_theme_gems_assets_are_on_the_site(tmp_path: Path) -> None:
    require_engine("jekyll")
    harness = ENGINES["jekyll"]
    site = harness.new_site(tmp_path)
    if gem_folder(site, "minima") is None:
        pytest.skip("the minima gem is not installed (Jekyll could not build the site either)")
    config = site / "_config.yml"
    config.write_text(config.read_text("utf-8") + "theme: minima\n", "utf-8")
    post = site / harness.posts_dir / harness.post_name("p.md")
    post.write_text(HEADER + BODY, "utf-8")
    result = harness.build(site, "UTC")
    assert result.returncode == 0, result.describe()
    assert (site / "_site/assets/minima-social-icons.svg").is_file()
    assert not (site / "_site/assets/none.png").exists()
    found = detect_site(post)
    checked = {f.data["target"] for f in check_text(post, HEADER + BODY, found)
               if f.code == "broken-link"}  # fmt: skip
    rendered = render(HEADER + BODY, options_for_site(found, post))
    window = {f.data["target"] for f in render_findings(rendered.warnings, post, found)}
    assert checked == window == {"/assets/none.png"}
