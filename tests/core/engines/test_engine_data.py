"""core/engines: one data module per engine, read by the code (decisions 0107, 0160)."""

from __future__ import annotations

from pathlib import Path

from postpad.core.engines import CONTENT_DIR, engine_for, engine_names
from postpad.core.site.config import SiteConfig
from postpad.core.site.model import ENGINES, Site


def test_every_detected_engine_has_a_data_module() -> None:
    assert set(ENGINES) == set(engine_names())
    for name in ENGINES:
        assert engine_for(name).name == name


def test_unknown_engine_is_generic() -> None:
    assert engine_for("pelican").name == "generic"
    assert engine_for("pelican").readme_is_page


def test_content_dir_placeholder_follows_hugo_config(tmp_path: Path) -> None:
    site = Site("hugo", tmp_path, SiteConfig(content_dir="posts-src"))
    assert engine_for("hugo").post_folders == (CONTENT_DIR,)
    (tmp_path / "posts-src").mkdir()
    assert site.post_dirs() == [tmp_path / "posts-src"]


def test_source_dir_only_for_engines_that_use_it(tmp_path: Path) -> None:
    config = SiteConfig(source_dir="src")
    assert Site("hexo", tmp_path, config).source_root == tmp_path / "src"
    assert Site("zola", tmp_path, config).source_root == tmp_path


def test_drafts_folder_and_section_index(tmp_path: Path) -> None:
    hexo = Site("hexo", tmp_path)
    assert hexo.is_draft_location(tmp_path / "source" / "_drafts" / "a.md")
    assert not Site("hugo", tmp_path).is_draft_location(tmp_path / "_drafts" / "a.md")
    assert not Site("eleventy", tmp_path).is_post_file(Path("README.md"))
    assert Site("hexo", tmp_path).is_post_file(Path("README.md"))


def test_new_post_and_image_fields_are_consistent() -> None:
    for name in (*ENGINES, "generic"):
        spec = engine_for(name)
        assert spec.header_format in ("yaml", "toml")
        if spec.image_folder is not None:
            assert spec.image_prefix.startswith("/")
        if spec.drafts_folder is not None:
            assert spec.posts_folder is not None
            assert spec.drafts_folder in spec.post_folders
