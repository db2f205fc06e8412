"""Real Hexo themes in the harness site: the theme's scripts and config, the harness's layout.

A corpus site whose `_config.yml` says `theme: butterfly` is built with the real Butterfly theme
from npm (tests/engines/sites/hexo-butterfly, installed by install_engines.sh; decision 0125), so
its tag plugins (note, tabs, btn, hide*, gallery, timeline, …) write the theme's real HTML.

Hexo loads the theme the ordinary way (`themes/butterfly/`): the theme's `_config.yml` as its
defaults, the blog's `_config.butterfly.yml` over it, every file under `scripts/` as a plugin.
Only `layout/` is the harness's own (`themes/meta/layout`), so the page still prints what the
engine read and the post body is cut out as for every other site. The theme's stylesheets and
client scripts (`source/`) are left out: they style the page, not the post body.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from engine_harness import SITES

#: themes installed from npm for the harness, by the name `_config.yml` gives
INSTALLED = {"butterfly": SITES / "hexo-butterfly" / "node_modules" / "hexo-theme-butterfly"}


def installed(theme: str | None) -> Path | None:
    """The npm package folder of a theme the harness can load, or None."""
    package = INSTALLED.get((theme or "").lower())
    return package if package is not None and (package / "scripts").is_dir() else None


def use_theme(root: Path, theme: str, theme_config: Path | None = None) -> bool:
    """Make the harness site at `root` load `theme`'s scripts and config (False: not installed).

    `theme_config` is the blog's `_config.THEME.yml`, copied beside `_config.yml` where Hexo
    reads it. The caller sets `theme:` in the site's `_config.yml`.
    """
    package = installed(theme)
    if package is None:
        return False
    target = root / "themes" / theme.lower()
    target.mkdir(parents=True, exist_ok=True)
    # the theme's scripts read these beside themselves (welcome.js, cdn.js)
    for name in ("_config.yml", "package.json", "plugins.yml"):
        if (package / name).is_file():
            shutil.copyfile(package / name, target / name)
    for shared in ("scripts", "languages"):  # scripts resolve their `require`s beside the package
        if (package / shared).is_dir():
            (target / shared).symlink_to(package / shared, target_is_directory=True)
    shutil.copytree(root / "themes" / "meta" / "layout", target / "layout")
    if theme_config is not None and theme_config.is_file():
        shutil.copyfile(theme_config, root / f"_config.{theme.lower()}.yml")
    return True
