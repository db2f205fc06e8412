"""The hexo-plugins fixture site with its plugin installed, in a temporary folder.

The site's own plugin (``hexo-local-tags``) is kept in ``tests/fixtures/packages`` and put into
the copy's ``node_modules`` here, as ``npm install`` would: no ``node_modules`` folder is tracked.
Shared by tests/core/site, tests/cli and tests/engines."""

from __future__ import annotations

import shutil
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def hexo_plugins_site(folder: Path) -> Path:
    """``folder/hexo-plugins``: the fixture site with ``node_modules/hexo-local-tags``."""
    root = folder / "hexo-plugins"
    shutil.copytree(FIXTURES / "sites" / "hexo-plugins", root)
    shutil.copytree(FIXTURES / "packages", root / "node_modules")
    return root
