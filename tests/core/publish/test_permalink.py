"""Post URLs for the real-site preview, the cases the engine test does not build (each rule is
checked against the real servers in tests/engines/test_site_preview_engines.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from postpad.core.publish.engines import EngineMissingError
from postpad.core.publish.permalink import post_url_path
from postpad.core.publish.serve import free_port, port_open, serve_command
from postpad.core.site.detect import detect_site
from postpad.core.site.slug import hexo_slugize


def _site(root: Path, files: dict[str, str]):  # type: ignore[no-untyped-def]
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    site = detect_site(root)
    assert site is not None
    return site


def test_hexo_slug_from_a_dated_file_name_and_root(tmp_path: Path) -> None:
    site = _site(tmp_path, {
        "_config.yml": "root: /blog/\nnew_post_name: :year-:month-:day-:title.md\n"
                       "permalink: :category/:title.html\n",
        "source/_posts/2024-06-01-hello.md": "---\ntitle: Hi\ncategories: [Tech, Deep Dive]\n---\n",
        "source/_posts/sub/nested.md": "---\ntitle: N\n---\n",
    })  # fmt: skip
    posts = site.source_root / "_posts"
    assert (
        post_url_path(site, posts / "2024-06-01-hello.md") == "/blog/Tech/Deep-Dive/hello.html"
    )  # a flat list is one hierarchy
    assert post_url_path(site, posts / "sub/nested.md") == "/blog/uncategorized/sub-nested.html"


def test_hexo_post_title_and_front_matter_keys(tmp_path: Path) -> None:
    site = _site(tmp_path, {
        "_config.yml": "permalink: posts/:abbrlink/:post_title/\n",
        "source/_posts/x.md": "---\ntitle: Héllo World!\nabbrlink: 4a17b156\n---\n",
    })  # fmt: skip
    url = post_url_path(site, site.source_root / "_posts/x.md")
    assert url == "/posts/4a17b156/hello-world/"


def test_a_page_outside_the_posts_has_no_post_url(tmp_path: Path) -> None:
    site = _site(tmp_path, {"_config.yml": "title: x\n", "source/about/index.md": "hi\n"})
    assert post_url_path(site, site.source_root / "about/index.md") is None


def test_jekyll_styles_and_baseurl(tmp_path: Path) -> None:
    site = _site(tmp_path, {
        "_config.yml": "baseurl: /docs\npermalink: /:categories/:title:output_ext\n",
        "Gemfile": 'gem "jekyll"\n',
        "blog/_posts/2024-01-02-a-b.md": "---\ncategory: News\n---\n",
    })  # fmt: skip
    post = tmp_path / "blog/_posts/2024-01-02-a-b.md"
    assert post_url_path(site, post) == "/docs/blog/news/a-b.html"


def test_hexo_slugize_matches_hexo_util() -> None:
    assert hexo_slugize("  Hello,  World -- été  ") == "Hello-World-ete"
    assert hexo_slugize("中文 标题") == "中文-标题"


def test_missing_hexo_server_is_reported(tmp_path: Path) -> None:
    site = _site(
        tmp_path, {"_config.yml": "title: x\n", "source/x.md": "", "node_modules/.bin/hexo": ""}
    )
    with pytest.raises(EngineMissingError) as caught:
        serve_command(site, 4000)
    assert "npm install hexo-server" in caught.value.hint


def test_free_port_is_free() -> None:
    port = free_port()
    assert not port_open(port)
