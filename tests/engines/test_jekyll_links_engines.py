"""Jekyll's ``{% post_url %}`` and ``{% link %}`` in the preview equal real Jekyll 4.3's
(decision 0291): the fixture site ``tests/fixtures/sites/jekyll-links`` (``baseurl: /blog``,
pretty permalinks, a subfolder of ``_posts``, a category folder, a Chinese name, a post with its
own permalink, pages, an index, a static file) is built, and every href and URL of the built
post equals the preview's. A target Jekyll cannot find stops its build, with the message the
preview and ``postpad check`` report."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import require_engine
from postpad.core.render import render
from postpad.core.render.options import options_for_site
from postpad.core.site.check import check_text
from postpad.core.site.detect import detect_site
from postpad.core.site.jekyll_links import CODE

pytestmark = pytest.mark.engines

SITE = Path(__file__).parents[1] / "fixtures" / "sites" / "jekyll-links"
POST = "_posts/2015-02-03-links.md"
#: an href, or a URL Jekyll wrote into the text
_URL = re.compile(r'href="([^"]*)"|See (\S+) and')


def _build(site: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["jekyll", "build"], cwd=site, capture_output=True, text=True, timeout=300, check=False
    )


def _urls(html: str) -> list[str]:
    return [a or b for a, b in _URL.findall(html)]


def test_the_previews_hrefs_equal_the_built_pages(tmp_path: Path) -> None:
    require_engine("jekyll")
    site_root = tmp_path / "site"
    shutil.copytree(SITE, site_root)
    built = _build(site_root)
    assert built.returncode == 0, built.stdout + built.stderr
    assert "did not match a post using the new matching method" in built.stdout + built.stderr
    page = (site_root / "_site/2015/02/03/links/index.html").read_text("utf-8")
    post = site_root / POST
    site = detect_site(post)
    assert site is not None
    rendered = render(post.read_text("utf-8"), options_for_site(site, post))
    ours = _urls("".join(block.html for block in rendered.blocks))
    assert ours == _urls(page)
    assert len(ours) == 14
    assert "/blog/travel/2013/05/06/%E4%BD%A0%E5%A5%BD/" in ours
    assert not rendered.warnings
    assert not check_text(post, post.read_text("utf-8"), site)


@pytest.mark.parametrize(
    ("tag", "jekyll_says"),
    [
        ("{% post_url 2010-07-21-nope %}", 'Could not find post "2010-07-21-nope"'),
        ("{% post_url bee %}", 'Could not parse name of post "bee"'),
        ("{% link nope.md %}", "Could not find document 'nope.md'"),
        ("{% link /about.md %}", "Could not find document '/about.md'"),
    ],
)
def test_a_missing_target_stops_jekyll_and_is_reported(
    tmp_path: Path, tag: str, jekyll_says: str
) -> None:
    require_engine("jekyll")
    site_root = tmp_path / "site"
    shutil.copytree(SITE, site_root)
    post = site_root / "_posts" / "2016-01-01-broken.md"
    text = f"---\ntitle: Broken\n---\n[x]({tag})\n"
    post.write_text(text, "utf-8")
    built = _build(site_root)
    assert built.returncode != 0
    assert jekyll_says in built.stdout + built.stderr
    site = detect_site(post)
    assert site is not None
    rendered = render(text, options_for_site(site, post))
    assert [(w.line, w.code) for w in rendered.warnings] == [(4, CODE)]
    assert [(f.line, f.severity) for f in check_text(post, text, site) if f.code == CODE] == [
        (4, "error")
    ]
