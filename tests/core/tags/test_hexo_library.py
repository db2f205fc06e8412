"""Hexo's own tags for every Hexo site, and which of them the installed Hexo has (0154)."""

from __future__ import annotations

from pathlib import Path

from postpad.core.tags import hexo, libraries_for


def test_every_hexo_site_gets_hexo_tags_then_its_theme_tags(tmp_path: Path) -> None:
    assert [lib.title for lib in libraries_for("hexo", "icarus", tmp_path)] == ["Hexo"]
    assert [lib.title for lib in libraries_for("hexo", "butterfly", tmp_path)] == [
        "Hexo",
        "Butterfly",
    ]
    assert [lib.title for lib in libraries_for("hugo", None, tmp_path)] == ["Hugo"]
    assert libraries_for("jekyll", None, tmp_path) == []


def test_youtube_and_vimeo_need_the_embed_plugin(tmp_path: Path) -> None:
    assert hexo.library(tmp_path).available is None  # Hexo not installed: nothing greyed out
    package = tmp_path / "node_modules" / "hexo"
    package.mkdir(parents=True)
    (package / "package.json").write_text('{"version": "8.1.2"}', "utf-8")
    library = hexo.library(tmp_path)
    assert library.version == "8.1.2"
    assert library.available is not None
    assert "post_link" in library.available
    assert "youtube" not in library.available
    assert "vimeo" not in library.available
    (tmp_path / "node_modules" / "hexo-tag-embed").mkdir()
    available = hexo.library(tmp_path).available
    assert available is not None
    assert {"youtube", "vimeo"} <= available
