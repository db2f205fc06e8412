from __future__ import annotations

from pathlib import Path

import pytest

from postpad.core.site import detect_site
from postpad.core.site.detect import find_site_root


@pytest.mark.parametrize(
    ("name", "start", "engine", "theme"),
    [
        ("hexo-butterfly", "source/_posts/quarterly-report.md", "hexo", "butterfly"),
        ("hexo-butterfly", "source/_posts/quarterly-report/chart.png", "hexo", "butterfly"),
        ("hexo-broken", "source/_posts/fine.md", "hexo", None),
        ("hugo", "content/posts/bundle/index.md", "hugo", None),
        ("hugo-legacy", "content/post/old.md", "hugo", None),
        ("jekyll", "_posts/2024-06-01-hello.md", "jekyll", None),
        ("eleventy", "posts/first.md", "eleventy", None),
        ("zola", "content/blog/first.md", "zola", None),
        ("astro", "src/content/blog/first.md", "astro", None),
    ],
)
def test_detects_engine_and_theme_walking_up_from_a_post(
    sites_dir: Path, name: str, start: str, engine: str, theme: str | None
) -> None:
    site = detect_site(sites_dir / name / start)
    assert site is not None
    assert site.engine == engine
    assert site.theme == theme
    assert site.root == (sites_dir / name).resolve()


def test_a_loose_file_has_no_site(tmp_path: Path) -> None:
    post = tmp_path / "note.md"
    post.write_text("# hi\n", encoding="utf-8")
    assert detect_site(post) is None


def test_hexo_by_package_json_without_source_folder(tmp_path: Path) -> None:
    (tmp_path / "package.json").write_text('{"dependencies": {"hexo": "^8.1.2"}}', "utf-8")
    (tmp_path / "_config.yml").write_text("title: x\n", "utf-8")
    site = detect_site(tmp_path / "anything.md")
    assert site is not None
    assert site.engine == "hexo"


def test_jekyll_by_gemfile(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: x\n", "utf-8")
    (tmp_path / "Gemfile").write_text('gem "jekyll"\n', "utf-8")
    assert detect_site(tmp_path / "x.md").engine == "jekyll"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "mark", ["themes/butterfly", "node_modules/hexo-theme-butterfly", "_config.butterfly.yml"]
)
def test_butterfly_marks_without_theme_key(tmp_path: Path, mark: str) -> None:
    (tmp_path / "_config.yml").write_text("title: x\n", "utf-8")
    (tmp_path / "source").mkdir()
    target = tmp_path / mark
    if mark.endswith(".yml"):
        target.write_text("cover:\n", "utf-8")
    else:
        target.mkdir(parents=True)
    assert detect_site(tmp_path).theme == "butterfly"  # type: ignore[union-attr]


def test_zola_config_toml_is_not_mistaken_for_hugo(sites_dir: Path) -> None:
    _root, engine, config = find_site_root(sites_dir / "zola" / "content") or (None, None, None)
    assert engine == "zola"
    assert config is not None
    assert config.name == "config.toml"


def test_nearest_site_wins(tmp_path: Path, sites_dir: Path) -> None:
    outer = tmp_path / "outer"
    (outer / "source").mkdir(parents=True)
    (outer / "_config.yml").write_text("title: outer\n", "utf-8")
    inner = outer / "projects" / "docs"
    (inner / "content").mkdir(parents=True)
    (inner / "hugo.toml").write_text("title = 'inner'\n", "utf-8")
    assert detect_site(inner / "content" / "a.md").engine == "hugo"  # type: ignore[union-attr]


def test_broken_config_still_gives_a_site_with_defaults(tmp_path: Path) -> None:
    (tmp_path / "source").mkdir()
    (tmp_path / "_config.yml").write_text("title: [unclosed\n", "utf-8")
    site = detect_site(tmp_path)
    assert site is not None
    assert site.engine == "hexo"
    assert site.config.new_post_name == ":title.md"


def test_site_fields_come_from_the_schema(sites_dir: Path) -> None:
    site = detect_site(sites_dir / "hexo-butterfly")
    assert site is not None
    assert "top_img" in site.fields
    assert detect_site(sites_dir / "hugo").fields.get("top_img") is None  # type: ignore[union-attr]
