"""Which ``{% tag %}`` names a Hexo site knows: Hexo's built-ins, Butterfly's and the site's own
``scripts/`` or plugin registrations (``hexo.extend.tag.register('name'``)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from postpad.core.site.model import Site

HEXO_BUILTIN = frozenset(
    {"quote", "blockquote", "pullquote", "code", "codeblock", "include_code", "include-code",
     "iframe", "img", "image", "a", "link", "anchor", "post_path", "post_link", "asset_path",
     "asset_link", "asset_img", "asset_image", "url_for", "full_url_for", "youtube", "vimeo",
     "jsfiddle", "gist", "raw", "set", "if", "for", "macro"}
)  # fmt: skip
#: block tags needing an end tag (built-in and Butterfly)
HEXO_BLOCKS = frozenset(
    {"quote", "blockquote", "pullquote", "code", "codeblock", "raw", "note", "subnote", "tabs",
     "subtabs", "subsubtabs", "hideBlock", "hideToggle", "timeline", "gallery", "mermaid",
     "chartjs", "score", "flink", "if", "for", "macro"}
)  # fmt: skip
BUTTERFLY = frozenset(
    {"note", "subnote", "tabs", "subtabs", "subsubtabs", "btn", "gallery", "galleryGroup",
     "hideBlock", "hideInline", "hideToggle", "inlineImg", "label", "mermaid", "chartjs", "flink",
     "score", "series", "timeline"}
)  # fmt: skip
LIQUID_BUILTIN = frozenset(
    {"raw", "comment", "if", "elsif", "else", "unless", "case", "when", "for", "break", "continue",
     "cycle", "tablerow", "assign", "capture", "increment", "decrement", "include", "render",
     "highlight", "link", "post_url", "include_relative", "liquid", "echo", "layout", "block",
     "extends", "set"}
)  # fmt: skip
_REGISTER = re.compile(
    r"extend\.tag\.register\(\s*['\"]([\w-]+)['\"]\s*,[^;]*?ends\s*:\s*true|"
    r"extend\.tag\.register\(\s*['\"]([\w-]+)['\"]"
)


def _script_files(root: Path) -> list[Path]:
    files: list[Path] = []
    for folder in (root / "scripts", *sorted((root / "themes").glob("*/scripts"))):
        if folder.is_dir():
            files.extend(sorted(folder.rglob("*.js"))[:500])
    for plugin in sorted((root / "node_modules").glob("hexo-*"))[:200]:
        if plugin.name in ("hexo-cli", "hexo-fs", "hexo-util", "hexo-log", "hexo-front-matter"):
            continue
        files.extend(sorted(plugin.glob("*.js"))[:20])
        files.extend(sorted(plugin.glob("lib/**/*.js"))[:50])
        files.extend(sorted(plugin.glob("scripts/**/*.js"))[:100])
    return files


@lru_cache(maxsize=16)
def _registered(root: Path) -> frozenset[str]:
    names: set[str] = set()
    for path in _script_files(root):
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for match in _REGISTER.finditer(text):
            names.add(match.group(1) or match.group(2))
    return frozenset(names)


def hexo_known_tags(site: Site) -> frozenset[str]:
    names = set(HEXO_BUILTIN) | _registered(site.root)
    if site.theme == "butterfly":
        names |= BUTTERFLY
    return frozenset(names)


_LIQUID_REGISTER = re.compile(
    r"register_tag\(\s*['\"]([\w-]+)['\"]"  # Jekyll _plugins/*.rb
    r"|add(?:Paired)?(?:Liquid|Nunjucks)?(?:Shortcode|Tag)\(\s*['\"]([\w-]+)['\"]"  # Eleventy
)
HUGO_BUILTIN_SHORTCODES = frozenset(
    {"figure", "gist", "highlight", "instagram", "param", "qr", "ref", "relref", "tweet", "twitter",
     "vimeo", "x", "youtube", "details", "comment", "bluesky"}
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


def hugo_shortcodes(root: Path, theme: str | None) -> frozenset[str]:
    """Hugo's embedded shortcodes plus ``layouts/shortcodes`` of the site and its theme."""
    names = set(HUGO_BUILTIN_SHORTCODES)
    folders = [root / "layouts" / "shortcodes", root / "layouts" / "_shortcodes"]
    if theme:
        folders += [root / "themes" / theme / "layouts" / "shortcodes",
                    root / "themes" / theme / "layouts" / "_shortcodes"]  # fmt: skip
    for folder in folders:
        if folder.is_dir():
            names.update(p.name.split(".")[0] for p in folder.rglob("*.*"))
    return frozenset(names)
