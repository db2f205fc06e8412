"""Which config a file is: Hexo/Jekyll ``_config.yml``, a Hexo theme's ``_config.NAME.yml``,
Hugo's ``hugo.toml``/``config.toml``/``hugo.yaml`` (also under ``config/_default``), told from
the file's name and the site it is in (decision 0137)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from postpad.core.site.model import Site

ConfigFormat = Literal["yaml", "toml", "json"]
_THEME_CONFIG = re.compile(r"^_config\.(?P<theme>[^.]+)\.ya?ml$")
FORMATS: dict[str, ConfigFormat] = {
    ".yml": "yaml",
    ".yaml": "yaml",
    ".toml": "toml",
    ".json": "json",
}
_HUGO_NAMES = ("hugo", "config")


@dataclass(frozen=True)
class ConfigKind:
    """What a config file configures: the engine's site settings or a theme's."""

    engine: str  # hexo | hugo | jekyll | yaml/toml (a config of an unknown site)
    role: Literal["site", "theme"]
    format: ConfigFormat
    theme: str | None = None
    site_root: Path | None = None
    #: the keys this file holds sit under this path in the whole config (Hugo's
    #: ``config/_default/markup.toml`` is the ``markup`` table)
    section: tuple[str, ...] = ()

    @property
    def fold_case(self) -> bool:
        """Hugo reads config keys in any letter case."""
        return self.engine == "hugo"


def config_kind(path: Path, site: Site | None = None) -> ConfigKind | None:
    """The kind of config ``path`` is, or None when it is not a site or theme config."""
    form = FORMATS.get(path.suffix.lower())
    if form is None:
        return None
    name = path.name
    root = site.root if site is not None else path.parent
    engine = site.engine if site is not None else None
    theme_match = _THEME_CONFIG.match(name)
    if theme_match and engine in (None, "hexo"):
        return ConfigKind("hexo", "theme", form, theme_match.group("theme"), path.parent)
    if path.stem == "_config":
        return _underscore_config(path, form, site)
    if _is_hugo_config(path, engine):
        theme = site.theme if site is not None else None
        section = () if path.stem in _HUGO_NAMES else (path.stem,)
        return ConfigKind("hugo", "site", form, theme, root, section)
    if site is not None and site.config_path is not None and _same(site.config_path, path):
        return ConfigKind(site.engine, "site", form, site.theme, site.root)
    return None


def _underscore_config(path: Path, form: ConfigFormat, site: Site | None) -> ConfigKind:
    parent = path.parent
    if parent.parent.name == "themes" or parent.name.startswith("hexo-theme-"):
        theme = parent.name.removeprefix("hexo-theme-")
        return ConfigKind("hexo", "theme", form, theme, parent.parent.parent)
    if site is not None and site.engine in ("hexo", "jekyll") and _same(site.root, parent):
        return ConfigKind(site.engine, "site", form, site.theme, site.root)
    if (parent / "_posts").is_dir() or (parent / "Gemfile").is_file():
        return ConfigKind("jekyll", "site", form, None, parent)
    if (parent / "source").is_dir() or (parent / "package.json").is_file():
        return ConfigKind("hexo", "site", form, None, parent)
    return ConfigKind(form, "site", form, None, parent)


def _is_hugo_config(path: Path, engine: str | None) -> bool:
    if path.stem == "hugo":
        return True
    if path.parent.name == "_default" and path.parent.parent.name == "config":
        return True
    return path.stem in _HUGO_NAMES and engine == "hugo"


def _same(left: Path, right: Path) -> bool:
    try:
        return left.resolve() == right.resolve()
    except OSError:
        return left == right
