"""Postpad's Hexo post URLs (core/site/permalink.py) against what real Hexo gives every corpus
post (``post.path`` from the oracle), and ``{% post_path %}`` inside raw HTML (decision 0098)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from corpus_engine import HEXO_PERMALINK_TOKENS, site_settings
from corpus_report import SiteReport
from corpus_sites import CorpusSite, load_sites

from postpad.core.site.header import decode_post_bytes, read_header
from postpad.core.site.permalink import post_path

pytestmark = pytest.mark.engines

HEXO_SITES = [site for site in load_sites() if site.engine == "hexo"]


def harness_config(site: CorpusSite) -> dict[str, object]:
    """The settings the engine build used (corpus_engine._merge_hexo)."""
    config = site_settings(site)
    tokens = set(re.findall(r":(\w+)", str(config.get("permalink", ""))))
    if not tokens <= HEXO_PERMALINK_TOKENS:
        config["permalink"] = ":year/:month/:day/:title/"
    config.pop("new_post_name", None)
    return config


@pytest.mark.parametrize("site", [pytest.param(s, id=s.id) for s in HEXO_SITES])
def test_post_urls_match_hexo(
    site: CorpusSite, corpus_report: Callable[[CorpusSite], SiteReport]
) -> None:
    build = corpus_report(site).baseline
    assert build is not None
    assert build.posts, "the engine built no posts"
    config = harness_config(site)
    wrong = []
    for relative, post in build.posts.items():
        file = site.path(relative)
        fields = read_header(decode_post_bytes(file.read_bytes()), headless=True, engine="hexo")
        under_posts = relative.removeprefix("source/_posts/")
        ours = post_path(config, under_posts, fields.fields, file)
        if ours != post.raw["path"]:
            wrong.append(f"{relative}: ours {ours!r}, Hexo {post.raw['path']!r}")
    assert not wrong, "\n".join(wrong)
