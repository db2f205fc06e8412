"""A Hexo site's Markdown renderer comes from its package.json and picks its config section
(decision 0158)."""

from __future__ import annotations

from pathlib import Path

from postpad.core.render.options import options_for_site
from postpad.core.site.detect import detect_site
from postpad.core.site.hexo_renderer import hexo_renderer

CONFIG = "title: x\nmarked:\n  breaks: false\nmarkdown:\n  render:\n    linkify: false\n"


def _site(tmp_path: Path, dependencies: str) -> Path:
    (tmp_path / "_config.yml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "source" / "_posts").mkdir(parents=True)
    (tmp_path / "package.json").write_text(f'{{"dependencies": {{{dependencies}}}}}')
    return tmp_path


def test_the_renderer_is_read_from_package_json(tmp_path: Path) -> None:
    _site(tmp_path, '"hexo": "^7", "hexo-renderer-markdown-it": "^7.1.1"')
    assert hexo_renderer(tmp_path) == "hexo-renderer-markdown-it"
    (tmp_path / "package.json").write_text('{"devDependencies": {"hexo-renderer-marked": "7"}}')
    assert hexo_renderer(tmp_path) == "hexo-renderer-marked"
    (tmp_path / "package.json").write_text("{not json")
    assert hexo_renderer(tmp_path) is None


def test_a_markdown_it_site_previews_with_its_markdown_section(tmp_path: Path) -> None:
    site = detect_site(_site(tmp_path, '"hexo": "^7", "hexo-renderer-markdown-it": "^7.1.1"'))
    assert site is not None
    assert site.config.renderer == "hexo-renderer-markdown-it"
    assert site.config.markdown == {"render": {"linkify": False}}
    overrides = options_for_site(site).site_overrides
    assert overrides["hexo_renderer"] == "hexo-renderer-markdown-it"


def test_a_marked_site_keeps_its_marked_section(tmp_path: Path) -> None:
    site = detect_site(_site(tmp_path, '"hexo": "^7", "hexo-renderer-marked": "^7"'))
    assert site is not None
    assert site.config.renderer == "hexo-renderer-marked"
    assert site.config.markdown == {"breaks": False}


def test_post_asset_links_follow_the_renderers_own_setting(tmp_path: Path) -> None:
    _site(tmp_path, '"hexo-renderer-markdown-it": "^7.1.1"')
    config = "marked:\n  postAsset: true\nmarkdown:\n  images:\n    post_asset: true\n"
    (tmp_path / "_config.yml").write_text(config, encoding="utf-8")
    site = detect_site(tmp_path)
    assert site is not None
    assert site.config.post_asset_links
    (tmp_path / "_config.yml").write_text("marked:\n  postAsset: true\n", encoding="utf-8")
    site = detect_site(tmp_path)
    assert site is not None
    assert not site.config.post_asset_links  # marked's key means nothing to markdown-it
