from __future__ import annotations

import json
from pathlib import Path

from postpad.core.tags.butterfly import installed_tags, installed_version


def _theme(folder: Path, tag: str, version: str) -> None:
    (folder / "scripts" / "tag").mkdir(parents=True)
    script = f"hexo.extend.tag.register('{tag}', render, {{ ends: true }})\n"
    (folder / "scripts" / "tag" / f"{tag}.js").write_text(script, encoding="utf-8")
    (folder / "package.json").write_text(json.dumps({"version": version}), encoding="utf-8")


def test_the_theme_folder_is_the_one_hexo_loads(tmp_path: Path) -> None:
    # both installed: Hexo loads themes/butterfly whenever that folder exists (decision 0242)
    _theme(tmp_path / "node_modules" / "hexo-theme-butterfly", "npmtag", "5.0.0")
    _theme(tmp_path / "themes" / "butterfly", "clonedtag", "5.7.0")
    assert installed_tags(tmp_path) == frozenset({"clonedtag"})
    assert installed_version(tmp_path) == "5.7.0"


def test_the_npm_package_when_there_is_no_themes_folder(tmp_path: Path) -> None:
    _theme(tmp_path / "node_modules" / "hexo-theme-butterfly", "npmtag", "5.0.0")
    assert installed_tags(tmp_path) == frozenset({"npmtag"})
    assert installed_version(tmp_path) == "5.0.0"
    assert installed_tags(tmp_path / "elsewhere") is None
