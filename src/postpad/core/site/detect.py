"""Find the site a file belongs to by walking up its folders (zero configuration).

The nearest folder that looks like a site wins. Each engine is recognised by files its own CLI
creates (decision 0040), listed in its ``detect`` data (``core/engines/``): Hexo ``_config.yml``
with ``source/`` or a ``package.json`` that depends on hexo; Jekyll ``_config.yml`` with
``_posts/`` or a Gemfile naming jekyll; Hugo ``hugo.*`` (or ``config.*`` with ``content/``);
Zola ``zola.toml`` (or ``config.toml`` with ``base_url``); Eleventy's config files; Astro
``astro.config.*``.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from postpad.core.engines import engine_for, engine_names
from postpad.core.engines.parts import Clue, Marker
from postpad.core.site.config import ConfigError, SiteConfig, read_config
from postpad.core.site.diagrams import mermaid_support
from postpad.core.site.model import Site


def _package_json(folder: Path) -> dict[str, object]:
    path = folder / "package.json"
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _deps(package: dict[str, object]) -> dict[str, object]:
    deps: dict[str, object] = {}
    for key in ("dependencies", "devDependencies"):
        section = package.get(key)
        if isinstance(section, dict):
            deps.update(section)
    return deps


class Folder:
    """One candidate folder, its package.json read once; ``holds`` tells a clue of the engine
    data (``parts.Clue``)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.package = _package_json(path)
        self.deps = _deps(self.package)

    def holds(self, clue: Clue) -> bool:
        if clue.kind == "dir":
            return (self.path / clue.name).is_dir()
        if clue.kind == "file" and not clue.pattern:
            return (self.path / clue.name).is_file()
        if clue.kind == "dep":
            return clue.name in self.deps
        if clue.kind == "package_key":
            return isinstance(self.package.get(clue.name), dict)
        file = self.path / clue.name
        try:
            return file.is_file() and re.search(clue.pattern, file.read_text("utf-8")) is not None
        except (OSError, UnicodeDecodeError):
            return False

    def match(self, marker: Marker) -> tuple[bool, Path | None]:
        """Whether ``marker`` claims the folder, and the config file it names."""
        config = next((self.path / f for f in marker.files if (self.path / f).is_file()), None)
        if marker.files and config is None:
            return False, None
        if not marker.files and not marker.clues:
            return False, None
        return (not marker.clues or any(self.holds(c) for c in marker.clues)), config


def _markers() -> list[tuple[str, Marker]]:
    """Every engine's markers (``spec.detect``) in the order they are tried (decision 0040)."""
    found = [
        (marker.order, index, name, marker)
        for name in engine_names()
        for index, marker in enumerate(engine_for(name).detect)
    ]
    found.sort(key=lambda item: item[:3])
    return [(name, marker) for _, _, name, marker in found]


def _engine_at(folder: Path) -> tuple[str, Path | None] | None:
    """The engine whose marker files are in ``folder`` and its config file, if any."""
    candidate = Folder(folder)
    for name, marker in _markers():
        claimed, config = candidate.match(marker)
        if claimed:
            return name, config
    return None


def _theme(engine: str, root: Path, config: SiteConfig) -> str | None:
    marks = engine_for(engine).theme_marks
    if not marks:
        return config.theme
    if config.theme:
        return config.theme.strip().lower()
    return next((name for name, paths in marks if any((root / p).exists() for p in paths)), None)


def find_site_root(path: Path) -> tuple[Path, str, Path | None] | None:
    """Walk up from ``path`` (a file or folder) to the nearest site root."""
    start = path.resolve()
    folder = start if start.is_dir() else start.parent
    for candidate in (folder, *folder.parents):
        found = _engine_at(candidate)
        if found:
            return candidate, found[0], found[1]
    return None


def detect_site(path: Path | str) -> Site | None:
    """The site ``path`` belongs to, or None (the editor then uses its generic profile).

    A config file that exists but cannot be parsed still gives a site, with engine defaults, so
    that the editor stays useful; ``postpad check`` reports the broken config separately.
    """
    found = find_site_root(Path(path))
    if found is None:
        return None
    root, engine, config_path = found
    try:
        config = read_config(engine, config_path)
    except ConfigError:
        config = read_config(engine, None)
    theme = _theme(engine, root, config)
    mermaid = mermaid_support(engine, theme, root, config)  # the preview reads it (0155)
    if mermaid:
        config = replace(config, render_site={**config.render_site, "mermaid": mermaid})
    return Site(engine=engine, root=root, config=config, theme=theme, config_path=config_path)
