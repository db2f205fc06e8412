"""Which config a file is: Hexo/Jekyll ``_config.yml``, a Hexo theme's ``_config.NAME.yml``,
Hugo's ``hugo.toml``/``config.toml``/``hugo.yaml`` (also under ``config/_default``), told from
the file's name and the site it is in (decision 0137)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from postpad.core.engines import engine_for, listed
from postpad.core.site.detect import Folder
from postpad.core.site.model import Site

ConfigFormat = Literal["yaml", "toml", "json"]
FORMATS: dict[str, ConfigFormat] = {
    ".yml": "yaml",
    ".yaml": "yaml",
    ".toml": "toml",
    ".json": "json",
}


@dataclass(frozen=True)
class ConfigKind:
    """What a config file configures: the engine's site settings or a theme's."""

    engine: str  # an engine's name, or yaml/toml (a config of an unknown site)
    role: Literal["site", "theme"]
    format: ConfigFormat
    theme: str | None = None
    site_root: Path | None = None
    #: the keys this file holds sit under this path in the whole config (Hugo's
    #: ``config/_default/markup.toml`` is the ``markup`` table)
    section: tuple[str, ...] = ()

    @property
    def fold_case(self) -> bool:
        """The engine reads config keys in any letter case (Hugo)."""
        return engine_for(self.engine).config.fold_case


def _override(path: Path, engine: str | None) -> tuple[str, str] | None:
    """(engine, theme) when ``path`` is a theme's settings file in a site (``_config.NAME.yml``)."""
    for name in (engine,) if engine is not None else listed():
        pattern = engine_for(name).config.theme_file
        found = re.match(pattern, path.name) if pattern else None
        if found:
            return name, found.group("theme")
    return None


def config_kind(path: Path, site: Site | None = None) -> ConfigKind | None:
    """The kind of config ``path`` is, or None when it is not a site or theme config."""
    form = FORMATS.get(path.suffix.lower())
    if form is None:
        return None
    root = site.root if site is not None else path.parent
    engine = site.engine if site is not None else None
    override = _override(path, engine)
    if override is not None:
        return ConfigKind(override[0], "theme", form, override[1], path.parent)
    if any(path.stem in engine_for(name).config.main_stems for name in _guessed()):
        return _main_config(path, form, site)
    own = _own_config(path, engine)
    if own is not None:
        keys = engine_for(own).config
        theme = site.theme if site is not None else None
        section = () if path.stem in keys.main_stems else (path.stem,)
        return ConfigKind(own, "site", form, theme, root, section)
    if site is not None and site.config_path is not None and _same(site.config_path, path):
        return ConfigKind(site.engine, "site", form, site.theme, site.root)
    return None


def _guessed() -> list[str]:
    """The engines a main config outside a detected site may be, in the order they are asked."""
    names = [name for name in listed() if engine_for(name).config.guess]
    return sorted(names, key=lambda name: engine_for(name).config.guess_order)


def _installed_theme(parent: Path) -> tuple[str, str, Path] | None:
    """(engine, theme, site root) when ``parent`` is where a theme is installed."""
    for name in listed():
        for pattern in engine_for(name).config.theme_dirs:
            container, _, folder = pattern.rpartition("/")
            prefix = folder.replace("{}", "")
            if parent.name.startswith(prefix) if prefix else container == parent.parent.name:
                root = parent.parents[container.count("/") + 1]
                return name, parent.name.removeprefix(prefix), root
    return None


def _main_config(path: Path, form: ConfigFormat, site: Site | None) -> ConfigKind:
    parent = path.parent
    installed = _installed_theme(parent)
    if installed is not None:
        return ConfigKind(installed[0], "theme", form, installed[1], installed[2])
    own = site is not None and path.stem in site.engine_spec.config.main_stems
    if site is not None and own and _same(site.root, parent):
        return ConfigKind(site.engine, "site", form, site.theme, site.root)
    folder = Folder(parent)
    for name in _guessed():
        if any(folder.holds(clue) for clue in engine_for(name).config.guess):
            return ConfigKind(name, "site", form, None, parent)
    return ConfigKind(form, "site", form, None, parent)


def _own_config(path: Path, engine: str | None) -> str | None:
    """The engine whose config ``path`` is by its name or folder (Hugo's ``hugo.toml``,
    ``config/_default/*``; ``config.toml`` in a site of that engine)."""
    for name in listed():
        keys = engine_for(name).config
        in_dir = keys.config_dir and path.parent.as_posix().endswith("/" + keys.config_dir)
        if path.stem in keys.own_stems or in_dir:
            return name
        if path.stem in keys.main_stems and engine == name and not keys.guess:
            return name
    return None


def _same(left: Path, right: Path) -> bool:
    try:
        return left.resolve() == right.resolve()
    except OSError:
        return left == right
