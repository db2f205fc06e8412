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
