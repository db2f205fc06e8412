"""A copy of the Hexo fixture site with the plugins of sites/hexo-extra (hexo-server,
hexo-deployer-git) linked in: for the site-preview and publish engine tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from engine_harness import ENGINES, SITES

EXTRA = SITES / "hexo-extra" / "node_modules"
PLUGINS = ("hexo-server", "hexo-deployer-git")


def hexo_site_with_plugins(where: Path) -> Path:
    """The fixture Hexo site in ``where`` with its own node_modules: links to the shared
    packages plus the extra plugins, which package.json declares (Hexo loads only those)."""
    missing = [name for name in PLUGINS if not (EXTRA / name / "package.json").is_file()]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed: npm ci in tests/engines/sites/hexo-extra")
    root = ENGINES["hexo"].new_site(where)
    shared = (root / "node_modules").resolve()
    (root / "node_modules").unlink()
    modules = root / "node_modules"
    modules.mkdir()
    for entry in shared.iterdir():
        (modules / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())
    for name in PLUGINS:
        (modules / name).symlink_to(EXTRA / name, target_is_directory=True)
    package = (root / "package.json").read_text(encoding="utf-8")
    declared = "".join(f'\n    "{name}": "*",' for name in PLUGINS)
    package = package.replace('"dependencies": {', '"dependencies": {' + declared)
    (root / "package.json").write_text(package, encoding="utf-8")
    return root
