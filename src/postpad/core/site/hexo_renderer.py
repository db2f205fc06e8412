"""Which Markdown renderer a Hexo site uses, and that renderer's settings (decision 0158).

Hexo renders posts with whichever ``hexo-renderer-*`` package the site's ``package.json`` lists
(Hexo loads every ``hexo-*`` dependency, ``hexo/dist/hexo/load_plugins.js``). The two common ones
read different config sections: hexo-renderer-marked ``marked:``, hexo-renderer-markdown-it
``markdown:`` (preset, render options, plugins, anchors).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

MARKED = "hexo-renderer-marked"
MARKDOWN_IT = "hexo-renderer-markdown-it"
#: Markdown renderers for Hexo, in the order one is picked when a site lists several
KNOWN = (
    MARKDOWN_IT,
    "hexo-renderer-markdown-it-plus",
    "hexo-renderer-pandoc",
    "hexo-renderer-kramed",
    MARKED,
)


def hexo_renderer(root: Path) -> str | None:
    """The Markdown renderer package ``root/package.json`` depends on (None: none it names)."""
    try:
        data = json.loads((root / "package.json").read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    listed: set[str] = set()
    for key in ("dependencies", "devDependencies"):
        section = data.get(key)
        if isinstance(section, dict):
            listed.update(str(name) for name in section)
    return next((name for name in KNOWN if name in listed), None)


def renderer_settings(renderer: str | None, raw: Mapping[str, object]) -> dict[str, object]:
    """The config section ``renderer`` reads: ``markdown:`` for markdown-it, else ``marked:``.

    hexo-renderer-markdown-it still takes the old ``markdown: PRESET`` string form.
    """
    if renderer == MARKDOWN_IT:
        section = raw.get("markdown")
        if isinstance(section, str):
            return {"preset": section}
    else:
        section = raw.get("marked")
    return {str(k): v for k, v in section.items()} if isinstance(section, dict) else {}
