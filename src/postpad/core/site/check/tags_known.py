"""Which ``{% tag %}`` names a site knows: Hexo's built-ins plus what its scripts, theme and
plugins register (``hexo_scripts``); Liquid tags for Jekyll and Eleventy; Hugo shortcodes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from postpad.core.site.check.hexo_known_packages import KNOWN_PACKAGES
from postpad.core.site.check.hexo_scripts import (
    MAX_FILES,
    declared_plugins,
    package_scripts,
    registered_tags,
)
from postpad.core.site.model import Site

HEXO_BUILTIN = frozenset(
    {"quote", "blockquote", "pullquote", "code", "codeblock", "include_code", "include-code",
     "iframe", "img", "image", "a", "link", "anchor", "post_path", "post_link", "asset_path",
     "asset_link", "asset_img", "asset_image", "url_for", "full_url_for", "youtube", "vimeo",
     "jsfiddle", "gist", "raw", "set", "if", "for", "macro"}
)  # fmt: skip
#: built-in block tags needing an end tag
HEXO_BLOCKS_BUILTIN = frozenset(
    {"quote", "blockquote", "pullquote", "code", "codeblock", "raw", "if", "for", "macro"}
)  # fmt: skip
LIQUID_BUILTIN = frozenset(
    {"raw", "comment", "if", "elsif", "else", "unless", "case", "when", "for", "break", "continue",
     "cycle", "tablerow", "assign", "capture", "increment", "decrement", "include", "render",
     "highlight", "link", "post_url", "include_relative", "liquid", "echo", "layout", "block",
     "extends", "set"}
)  # fmt: skip


@dataclass(frozen=True)
class HexoTags:
    """What a Hexo site can resolve. ``uncertain`` names what Postpad could not read (a declared
    plugin or the theme not installed here, a tag name computed at run time): an unknown tag is
    then only a warning, since that code may register it."""

    known: frozenset[str]
    blocks: frozenset[str]
    uncertain: tuple[str, ...] = ()
    #: blocks known only from the table of well-known packages (the version in use may differ)
    guessed_blocks: frozenset[str] = frozenset()


def _filled(folder: Path) -> bool:
    """An existing, non-empty folder (a git submodule not checked out is an empty one)."""
    return folder.is_dir() and any(folder.iterdir())


def _theme_dir(root: Path, theme: str | None) -> Path | None:
    if not theme:
        return None
    for folder in (root / "themes" / theme, root / "node_modules" / f"hexo-theme-{theme}"):
        if _filled(folder):
            return folder
    return None


def _add_known_package(name: str, tags: set[str], blocks: set[str]) -> bool:
    entry = KNOWN_PACKAGES.get(name)
    if entry is None:
        return False
    tags.update(entry[0].split())
    blocks.update(entry[1].split())
    return True


@lru_cache(maxsize=16)
def _hexo_tags(root: Path, theme: str | None) -> HexoTags:
    tags, blocks = set(HEXO_BUILTIN), set(HEXO_BLOCKS_BUILTIN)
    guessed: set[str] = set()
    uncertain: list[str] = []
    scripts = root / "scripts"
    files = sorted(scripts.rglob("*.js"))[:MAX_FILES] if scripts.is_dir() else []
    plugins = [(name, root) for name in declared_plugins(root, dev=True)]
    theme_dir = _theme_dir(root, theme)
    if theme_dir is not None:
        files += package_scripts(theme_dir / "scripts") if (theme_dir / "scripts").is_dir() else []
        plugins += [(name, theme_dir) for name in declared_plugins(theme_dir, dev=False)]
    elif theme:  # the table covers the usual tags, but the version in use may have others
        _add_known_package(f"hexo-theme-{theme}", tags, guessed)
        uncertain.append(f"the theme '{theme}' (not installed here)")
    for name, base in plugins:
        folders = (base / "node_modules" / name, root / "node_modules" / name)
        installed = next((folder for folder in folders if folder.is_dir()), None)
        if installed is not None:
            files += package_scripts(installed)
        else:
            _add_known_package(name, tags, guessed)
            uncertain.append(f"the declared plugin {name} (not installed here)")
    found, found_blocks, dynamic = registered_tags(files)
    if dynamic:
        uncertain.append("a script that registers tags under computed names")
    certain = blocks | found_blocks
    return HexoTags(
        frozenset(tags | found), frozenset(certain | guessed), tuple(uncertain),
        frozenset(guessed - certain),
    )  # fmt: skip


def hexo_tags(site: Site) -> HexoTags:
    """Tags the site's Hexo knows: built-ins, the site's and the theme's ``scripts/``, installed
    ``hexo-*`` plugins, and for what is not installed, the well-known packages' tags."""
    return _hexo_tags(site.root, site.theme)


def hexo_known_tags(site: Site) -> frozenset[str]:
    return hexo_tags(site).known


_LIQUID_REGISTER = re.compile(
    r"register_tag\(\s*['\"]([\w-]+)['\"]"  # Jekyll _plugins/*.rb
    r"|add(?:Paired)?(?:Liquid|Nunjucks)?(?:Shortcode|Tag)\(\s*['\"]([\w-]+)['\"]"  # Eleventy
)
#: Hugo 0.168's tpl/tplimpl/embedded/templates/_shortcodes (no bluesky: real Hugo 0.168 fails
#: with "template for shortcode \"bluesky\" not found"; decision 0198)
HUGO_BUILTIN_SHORTCODES = frozenset(
    {"figure", "gist", "highlight", "instagram", "param", "qr", "ref", "relref", "tweet", "twitter",
     "vimeo", "x", "youtube", "details", "comment", "instagram_simple", "twitter_simple",
     "vimeo_simple", "x_simple"}
)  # fmt: skip


@lru_cache(maxsize=16)
def liquid_known_tags(root: Path) -> frozenset[str]:
    """Liquid built-ins plus tags a Jekyll site registers in ``_plugins`` and shortcodes an
    Eleventy config adds."""
    names = set(LIQUID_BUILTIN)
    files = sorted((root / "_plugins").rglob("*.rb"))[:200] if (root / "_plugins").is_dir() else []
    files += list(sorted(root.glob("*eleventy*.*js")) + sorted(root.glob("*eleventy*.ts")))
    for path in files:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        names.update(m.group(1) or m.group(2) for m in _LIQUID_REGISTER.finditer(text))
    return frozenset(names)


#: embedded shortcodes current Hugo replaced by an error (tpl/tplimpl/embedded/templates/
#: _shortcodes/*.html: ``errorf "… removed in v0.156.0"``); a site's own template still wins
HUGO_REMOVED_SHORTCODES = {"gist": "v0.156.0", "twitter": "v0.156.0", "twitter_simple": "v0.156.0"}


def hugo_shortcodes(root: Path, theme: str | None) -> frozenset[str]:
    """Hugo's embedded shortcodes plus ``layouts/shortcodes`` of the site and its theme."""
    return HUGO_BUILTIN_SHORTCODES | hugo_site_shortcodes(root, theme)


def hugo_site_shortcodes(root: Path, theme: str | None) -> frozenset[str]:
    """The shortcode templates in ``layouts/shortcodes`` of the site and its theme."""
    names: set[str] = set()
    folders = [root / "layouts" / "shortcodes", root / "layouts" / "_shortcodes"]
    if theme:
        folders += [root / "themes" / theme / "layouts" / "shortcodes",
                    root / "themes" / theme / "layouts" / "_shortcodes"]  # fmt: skip
    for folder in folders:
        if folder.is_dir():
            names.update(p.name.split(".")[0] for p in folder.rglob("*.*"))
    return frozenset(names)


def hugo_unreadable(site: Site) -> str | None:
    """What may define shortcodes Postpad cannot see: a configured theme missing from
    ``themes/`` (a submodule not checked out) or Hugo Modules imports (downloaded at build)."""
    raw = {str(k).lower(): v for k, v in site.config.raw.items()}
    themes = raw.get("theme")
    names = [str(t) for t in (themes if isinstance(themes, list) else [themes] if themes else [])]
    missing = [name for name in names if not _filled(site.root / "themes" / name)]
    if missing:
        return f"the theme '{missing[0]}' (not installed here)"
    module = raw.get("module")
    if isinstance(module, dict) and module.get("imports"):
        return "Hugo Modules imports (downloaded when Hugo builds)"
    return None
