"""A Jekyll theme gem's ``assets/``, which Jekyll publishes under ``/assets/`` (decision 0271).

``theme: minima`` makes Jekyll look the gem up with RubyGems (``Gem::Specification
.find_by_name``: the highest installed version; under Bundler the one ``Gemfile.lock`` pins)
and copy its ``assets/`` folder into the site. Postpad finds the gem's folder the same way
without running Ruby: the locked or highest ``NAME-VERSION`` folder in the gem folders Bundler
and RubyGems use (the site's ``vendor/bundle`` or ``BUNDLE_PATH``, ``GEM_HOME``, ``GEM_PATH``,
the user's and the system's gem folders). A theme Postpad cannot see (the gem is not installed
here, or ``remote_theme:``, downloaded when Jekyll builds) may hold any ``/assets/`` path: such
a path is then not reported missing.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the model imports resolve, which reads this
    from postpad.core.site.model import Site

#: gem folders of RubyGems and Bundler, outside the site (globs; ``~`` is the user's home)
_GEM_FOLDERS = (
    "~/.local/share/gem/ruby/*/gems", "~/.gem/ruby/*/gems",
    "~/.rbenv/versions/*/lib/ruby/gems/*/gems", "~/.rvm/gems/*/gems", "/var/lib/gems/*/gems",
    "/usr/local/lib/ruby/gems/*/gems",
    "/usr/lib/ruby/gems/*/gems", "/usr/share/rubygems-integration/all/gems",
    "/opt/homebrew/lib/ruby/gems/*/gems", "/usr/local/bundle/gems",
)  # fmt: skip
_VERSION = re.compile(r"^(\d+(?:\.\d+)*)")
PREFIX = "assets"  # the URL folder a theme's assets/ is published under


def theme_assets(site: Site) -> Path | None:
    """The installed theme gem's ``assets/`` folder (None: no gem theme, or not found)."""
    name = _theme(site)
    if name is None:
        return None
    found = gem_folder(site.root, name)
    return found / "assets" if found is not None else None


def unseen_theme(site: Site) -> str | None:
    """The theme whose files Postpad cannot read, as the messages name it; None when there is
    none or it is installed."""
    if site.engine_spec.tags.plugin_tags != "gems":
        return None
    remote = site.config.raw.get("remote_theme")
    if isinstance(remote, str) and remote.strip():
        return f"the remote theme {remote.strip()}"
    name = _theme(site)
    if name is not None and gem_folder(site.root, name) is None:
        return f"the theme gem {name}"
    return None


def theme_may_provide(site: Site | None, target: str) -> bool:
    """Whether a root path is under ``/assets/`` of a theme Postpad cannot read."""
    if site is None or not target.startswith(f"/{PREFIX}/"):
        return False
    return unseen_theme(site) is not None


def _theme(site: Site) -> str | None:
    if site.engine_spec.tags.plugin_tags != "gems":
        return None
    theme = site.config.raw.get("theme")
    return theme.strip() if isinstance(theme, str) and theme.strip() else None


def gem_folder(root: Path, name: str) -> Path | None:
    """The folder of gem ``name`` as Jekyll loads it for the site at ``root``."""
    return _gem_folder(root, name, os.environ.get("GEM_HOME", ""), os.environ.get("GEM_PATH", ""))


@lru_cache(maxsize=32)
def _gem_folder(root: Path, name: str, gem_home: str, gem_path: str) -> Path | None:
    locked = _locked_version(root, name)
    found: list[tuple[tuple[int, ...], Path]] = []
    for folder in _folders(root, gem_home, gem_path):
        if locked is not None:
            if (folder / f"{name}-{locked}").is_dir():
                return folder / f"{name}-{locked}"
            continue
        for candidate in folder.glob(f"{name}-*"):
            version = _VERSION.match(candidate.name[len(name) + 1 :])
            if version is not None and candidate.is_dir():
                found.append((tuple(int(n) for n in version.group(1).split(".")), candidate))
    return max(found)[1] if found else None


def _folders(root: Path, gem_home: str, gem_path: str) -> list[Path]:
    """Bundler's folders for the site first, then RubyGems'."""
    folders = [root / "vendor/bundle/ruby"]
    bundle = _bundle_path(root)
    if bundle is not None:
        folders.insert(0, bundle / "ruby")
    found = [gems for base in folders for gems in sorted(base.glob("*/gems"))]
    for entry in [gem_home, *gem_path.split(os.pathsep)]:
        if entry:
            found.append(Path(entry) / "gems")
    for pattern in _GEM_FOLDERS:
        base = Path(os.path.expanduser(pattern.split("*")[0]))
        rest = pattern[len(pattern.split("*")[0]) :]
        found.extend(sorted(base.glob(rest)) if rest else [base])
    return [folder for folder in dict.fromkeys(found) if folder.is_dir()]


def _bundle_path(root: Path) -> Path | None:
    """``BUNDLE_PATH`` of the site's ``.bundle/config`` (``bundle config set path``)."""
    try:
        text = (root / ".bundle" / "config").read_text("utf-8", errors="replace")
    except OSError:
        return None
    match = re.search(r"""^BUNDLE_PATH:\s*["']?([^"'\n]+)""", text, re.M)
    return root / match.group(1).strip() if match else None


def _locked_version(root: Path, name: str) -> str | None:
    """The version ``Gemfile.lock`` pins for ``name`` (its ``    name (x.y.z)`` spec line)."""
    try:
        text = (root / "Gemfile.lock").read_text("utf-8", errors="replace")
    except OSError:
        return None
    match = re.search(rf"^    {re.escape(name)} \(([^)]+)\)$", text, re.M)
    return match.group(1) if match else None
