"""Find the site a file belongs to by walking up its folders (zero configuration).

The nearest folder that looks like a site wins. Each engine is recognised by files its own CLI
creates (decision 0040): Hexo ``_config.yml`` with ``source/`` or a ``package.json`` that
depends on hexo; Jekyll ``_config.yml`` with ``_posts/`` or a Gemfile naming jekyll; Hugo
``hugo.*`` (or ``config.*`` with ``content/``); Zola ``zola.toml`` (or ``config.toml`` with
``base_url``); Eleventy's config files; Astro ``astro.config.*``.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from postpad.core.site.config import ConfigError, SiteConfig, read_config
from postpad.core.site.diagrams import mermaid_support
from postpad.core.site.model import Site

_CONFIG_EXTS = (".toml", ".yaml", ".yml", ".json")
_ELEVENTY_CONFIGS = tuple(
    f"{stem}.{ext}"
    for stem in ("eleventy.config", ".eleventy")
    for ext in ("js", "mjs", "cjs", "ts", "mts", "cts")
)
_ASTRO_CONFIGS = tuple(f"astro.config.{ext}" for ext in ("mjs", "js", "ts", "mts", "cjs", "cts"))


def _package_deps(folder: Path) -> dict[str, object]:
    path = folder / "package.json"
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    deps: dict[str, object] = {}
    for key in ("dependencies", "devDependencies"):
        section = data.get(key)
        if isinstance(section, dict):
            deps.update(section)
    if isinstance(data.get("hexo"), dict):
        deps.setdefault("hexo", data["hexo"])
    return deps


def _first_file(folder: Path, names: tuple[str, ...]) -> Path | None:
    for name in names:
        if (folder / name).is_file():
            return folder / name
    return None


def _gemfile_has_jekyll(folder: Path) -> bool:
    gemfile = folder / "Gemfile"
    try:
        return (
            gemfile.is_file() and re.search(r"\bjekyll\b", gemfile.read_text("utf-8")) is not None
        )
    except (OSError, UnicodeDecodeError):
        return False


def _hugo_config(folder: Path) -> Path | None:
    found = _first_file(folder, tuple(f"hugo{ext}" for ext in _CONFIG_EXTS))
    if found is None and (folder / "config" / "_default").is_dir():
        found = _first_file(
            folder / "config" / "_default",
            tuple(f"{n}{e}" for n in ("hugo", "config") for e in _CONFIG_EXTS),
        )
    if found is None and (folder / "content").is_dir():
        found = _first_file(folder, tuple(f"config{ext}" for ext in _CONFIG_EXTS))
    return found


def _zola_config(folder: Path) -> Path | None:
    if (folder / "zola.toml").is_file():
        return folder / "zola.toml"
    config = folder / "config.toml"
    try:
        if config.is_file() and re.search(r"(?m)^\s*base_url\s*=", config.read_text("utf-8")):
            return config
    except (OSError, UnicodeDecodeError):
        return None
    return None


def _engine_at(folder: Path) -> tuple[str, Path | None] | None:
    """The engine whose marker files are in ``folder`` and its config file, if any."""
    deps = _package_deps(folder)
    config_yml = _first_file(folder, ("_config.yml", "_config.yaml"))
    if config_yml and ("hexo" in deps or (folder / "source").is_dir()):
        return "hexo", config_yml
    if config_yml and ((folder / "_posts").is_dir() or _gemfile_has_jekyll(folder)):
        return "jekyll", config_yml
    zola = _zola_config(folder)
    if zola:
        return "zola", zola
    hugo = _hugo_config(folder)
    if hugo:
        return "hugo", hugo
    eleventy = _first_file(folder, _ELEVENTY_CONFIGS)
    if eleventy or "@11ty/eleventy" in deps:
        return "eleventy", eleventy
    astro = _first_file(folder, _ASTRO_CONFIGS)
    if astro or "astro" in deps:
        return "astro", astro
    if "hexo" in deps:
        return "hexo", config_yml
    return None


def _hexo_theme(root: Path, config: SiteConfig) -> str | None:
    if config.theme:
        return config.theme.strip().lower()
    butterfly_marks = (
        root / "themes" / "butterfly",
        root / "node_modules" / "hexo-theme-butterfly",
        root / "_config.butterfly.yml",
    )
    return "butterfly" if any(p.exists() for p in butterfly_marks) else None


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
    theme = _hexo_theme(root, config) if engine == "hexo" else config.theme
    mermaid = mermaid_support(engine, theme, root, config)  # the preview reads it (0155)
    if mermaid:
        config = replace(config, render_site={**config.render_site, "mermaid": mermaid})
    return Site(engine=engine, root=root, config=config, theme=theme, config_path=config_path)
