"""Hexo post URLs (core/site/permalink.py); tests/engines/test_hexo_permalinks.py checks the same
function against real Hexo on every corpus post."""

from __future__ import annotations

from pathlib import Path

import pytest

from postpad.core.render.rules.hexo_url import encode_uri, url_for
from postpad.core.site.permalink import hexo_post_url, post_path, post_slug

DATED = {"title": "Hello, 世界!", "date": "2024/3/7 09:05:01"}


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        (":year/:month/:day/:title/", "2024/03/07/notes/hello/"),
        (":year/:i_month/:i_day/:name.html", "2024/3/7/hello.html"),
        (":post_title/", "hello-世界/"),
        ("p/:hour:minute:second/", "p/090501/"),
        (":category/:title/", "uncategorized/notes/hello/"),
        ("posts/:abbrlink/", "posts/a1b2/"),
    ],
)
def test_permalink_tokens(rule: str, expected: str) -> None:
    fields = {**DATED, "abbrlink": "a1b2"}
    assert post_path({"permalink": rule}, "notes/hello.md", fields) == expected


def test_category_chain_map_and_case() -> None:
    config = {
        "permalink": ":category/:title/",
        "category_map": {"学习": "study"},
        "filename_case": 1,
    }
    fields = {**DATED, "categories": ["学习", "Python Tips"]}
    assert post_path(config, "a.md", fields) == "study/python-tips/a/"
    # a list of lists: parallel categories, the last one's chain
    parallel = {**DATED, "categories": [["A"], ["B", "C"]]}
    assert post_path(config, "a.md", parallel) == "b/c/a/"
    assert post_path(config, "a.md", {**DATED, "categories": "随笔"}) == "随笔/a/"


def test_front_matter_permalink_and_asset_folder() -> None:
    assert post_path({}, "a.md", {**DATED, "permalink": "about/me"}) == "/about/me"
    config = {"post_asset_folder": True, "permalink": ":title"}
    assert post_path(config, "a.md", {**DATED, "permalink": "x"}) == "/x/"
    assert post_path(config, "a.md", DATED) == "a/"


def test_slug_from_new_post_name() -> None:
    config = {"new_post_name": ":year-:month-:day-:title.md"}
    assert post_slug(config, "2024-03-07-hello-world.md") == "hello-world"
    assert post_slug(config, "no-date here.md") == "no-date-here"  # no match: slugized path
    assert post_slug({}, "dir/My Post.md") == "dir/My Post"


def test_url_for_root_encoding_and_pretty_urls() -> None:
    assert url_for({"root": "/blog/"}, "2024/你好 a/") == "/blog/2024/%E4%BD%A0%E5%A5%BD%20a/"
    assert url_for({"root": "/blog/"}, "/about/") == "/blog/about/"
    assert url_for({}, "https://x.org/a") == "https://x.org/a"
    pretty = {"pretty_urls": {"trailing_index": False, "trailing_html": False}}
    assert url_for(pretty, "a/index.html") == "/a/"
    assert url_for(pretty, "a/b.html") == "/a/b"
    assert encode_uri("%E4%BD%A0 ok") == "%E4%BD%A0%20ok"  # already encoded: not twice


def test_hexo_post_url_reads_site_and_post(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text(
        "root: /site/\npermalink: :year/:title/\n", encoding="utf-8"
    )
    post = tmp_path / "source" / "_posts" / "随笔.md"
    post.parent.mkdir(parents=True)
    post.write_text("title: 标题\ndate: 2023-01-02\n---\n正文\n", encoding="utf-8")  # headless
    assert hexo_post_url(tmp_path, post) == "/site/2023/%E9%9A%8F%E7%AC%94/"


def test_a_written_offset_is_dated_as_hexo_reads_it() -> None:
    """``+08:00``: Hexo's date is the time in UTC as local time, 01-04 (decisions 0248, 0257;
    real Hexo 8.1.2 in tests/engines/test_site_index_engines.py)."""
    from postpad.core.frontmatter import read_fields

    fields = read_fields("---\ntitle: off\ndate: 2023-01-05 03:00:00 +08:00\n---\n")
    assert post_path({"permalink": ":year/:month/:day/:hour/:title/"}, "off.md", fields) == (
        "2023/01/04/19/off/"
    )
