"""One lookup of a Hexo theme's folder, in Hexo's order (decision 0242): the config form's
theme defaults and the post header read the same ``_config.yml``."""

from __future__ import annotations

from pathlib import Path

from postpad.core.postheader.settings import theme_config, theme_folders
from postpad.core.siteconfig.theme_defaults import theme_config_path


def _both(tmp_path: Path, cloned: bool = True) -> Path:
    """A site with the theme cloned into ``themes/`` and installed from npm, differently set."""
    root = tmp_path / "blog"
    npm = root / "node_modules" / "hexo-theme-butterfly"
    npm.mkdir(parents=True)
    (npm / "_config.yml").write_text("default_top_img: '#000001'\n", encoding="utf-8")
    cloned_dir = root / "themes" / "butterfly"
    cloned_dir.mkdir(parents=True)
    if cloned:
        (cloned_dir / "_config.yml").write_text("default_top_img: '#000002'\n", encoding="utf-8")
    return root


def test_the_cloned_theme_wins_as_hexo_loads_it(tmp_path: Path) -> None:
    root = _both(tmp_path)
    assert theme_folders(root, "butterfly") == [root / "themes" / "butterfly"]
    assert theme_config_path(root, "butterfly") == root / "themes" / "butterfly" / "_config.yml"
    assert theme_config(root, "butterfly", {})["default_top_img"] == "#000002"


def test_a_cloned_folder_without_config_hides_the_npm_one(tmp_path: Path) -> None:
    """Hexo picks ``themes/NAME`` when the folder exists, config or not."""
    root = _both(tmp_path, cloned=False)
    assert theme_config_path(root, "butterfly") is None
    assert "default_top_img" not in theme_config(root, "butterfly", {})


def test_npm_theme_alone(tmp_path: Path) -> None:
    root = _both(tmp_path)
    for path in sorted((root / "themes" / "butterfly").iterdir()):
        path.unlink()
    (root / "themes" / "butterfly").rmdir()
    npm = root / "node_modules" / "hexo-theme-butterfly"
    assert theme_config_path(root, "butterfly") == npm / "_config.yml"
    assert theme_config(root, "butterfly", {})["default_top_img"] == "#000001"


def test_a_yaml_named_theme_config_is_read_by_both(tmp_path: Path) -> None:
    root = _both(tmp_path)
    cloned = root / "themes" / "butterfly"
    (cloned / "_config.yml").rename(cloned / "_config.yaml")
    assert theme_config_path(root, "butterfly") == cloned / "_config.yaml"
    assert theme_config(root, "butterfly", {})["default_top_img"] == "#000002"


def test_no_theme_folder_for_an_engine_without_theme_folders(tmp_path: Path) -> None:
    root = _both(tmp_path)
    assert theme_folders(root, "butterfly", "jekyll") == []
    assert theme_config_path(root, "butterfly", "jekyll") is None
