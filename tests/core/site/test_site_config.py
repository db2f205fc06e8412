from __future__ import annotations

from pathlib import Path

from postpad.core.site import detect_site
from postpad.core.site.config import config_for


def test_hexo_settings_from_fixture(sites_dir: Path) -> None:
    site = detect_site(sites_dir / "hexo-butterfly")
    assert site is not None
    config = site.config
    assert config.timezone == "Asia/Shanghai"
    assert config.post_asset_folder is True
    assert config.post_asset_links is False
    assert config.new_post_name == ":title.md"
    assert config.default_layout == "post"
    assert config.markdown["breaks"] is True


def test_hexo_defaults_match_hexo() -> None:
    config = config_for("hexo", {})
    assert (config.date_format, config.time_format) == ("YYYY-MM-DD", "HH:mm:ss")
    assert config.new_post_name == ":title.md"
    assert config.post_asset_folder is False
    assert config.permalink == ":year/:month/:day/:title/"
    assert config.timezone is None


def test_hexo_post_asset_folder_must_be_a_real_boolean() -> None:
    # js-yaml 4 reads `yes` as a string: Hexo's `if (config.post_asset_folder)` is truthy then,
    # but we only trust real booleans, never guess from strings.
    assert config_for(
        "hexo", {"post_asset_folder": True, "marked": {"postAsset": True}}
    ).post_asset_links
    assert not config_for("hexo", {"post_asset_folder": "false"}).post_asset_folder


def test_hugo_keys_are_case_insensitive(sites_dir: Path) -> None:
    site = detect_site(sites_dir / "hugo")
    assert site is not None
    assert site.config.timezone == "Asia/Shanghai"
    assert site.config.markdown["renderer"] == {"hardWraps": False, "unsafe": True}
    assert config_for("hugo", {"TIMEZONE": "UTC", "contentdir": "posts"}).content_dir == "posts"


def test_jekyll_timezone_permalink_kramdown(sites_dir: Path) -> None:
    site = detect_site(sites_dir / "jekyll")
    assert site is not None
    assert site.config.timezone == "Asia/Shanghai"
    assert site.config.permalink == "/:categories/:year/:month/:day/:title:output_ext"
    assert site.config.markdown == {"input": "GFM", "hard_wrap": False}
    assert config_for("jekyll", {}).permalink == "date"


def test_hugo_config_directory_is_merged(tmp_path: Path) -> None:
    default = tmp_path / "config" / "_default"
    default.mkdir(parents=True)
    (tmp_path / "content").mkdir()
    (default / "hugo.toml").write_text("timeZone = 'Asia/Tokyo'\n", "utf-8")
    (default / "markup.toml").write_text("[goldmark.renderer]\nunsafe = true\n", "utf-8")
    site = detect_site(tmp_path / "content")
    assert site is not None
    assert site.engine == "hugo"
    assert site.config.timezone == "Asia/Tokyo"
    assert site.config.markdown == {"renderer": {"unsafe": True}}
