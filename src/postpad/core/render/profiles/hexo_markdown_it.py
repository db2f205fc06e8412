"""Hexo with hexo-renderer-markdown-it: the marked profile's Hexo parts, markdown-it's dialect.

What stays Hexo's whatever the renderer (decision 0158): tag plugins and Nunjucks, the
backtick_code_block highlight filter (it runs before any renderer), ``<!-- more -->``, post
assets and ``external_link``. What the renderer changes, from its ``index.js`` defaults
(7.1.1): preset ``default`` (tables, strikethrough), ``html``, ``breaks``, ``linkify`` and
``typographer`` on, quotes ``“”‘’``, no plugins unless listed, heading ids from its anchors
plugin (h2 and deeper, no ``headerlink``), images always with ``alt``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from postpad.core.render.profiles import Profile
from postpad.core.render.rules.hexo_markdown_it import markdown_it_settings

MARKDOWN_IT = "hexo-renderer-markdown-it"


def _on(render: Mapping[str, Any], key: str) -> bool:
    value = render.get(key, True)
    return (
        value.strip().lower() in ("true", "1", "yes", "on")
        if isinstance(value, str)
        else bool(value)
    )


def markdown_it_profile(profile: Profile, config: Mapping[str, Any]) -> Profile:
    """``profile`` (Hexo, with its site settings applied) rendered by hexo-renderer-markdown-it
    configured by the site's ``markdown:`` section ``config``."""
    render = config.get("render")
    render = render if isinstance(render, Mapping) else {}
    preset = str(config.get("preset") or "default")
    settings = markdown_it_settings(config)
    plugins = {name for name, _ in settings.plugins}
    full = preset == "default"  # commonmark and zero leave out tables, strikethrough, linkify
    return replace(
        profile,
        label="Hexo (hexo-renderer-markdown-it)",
        flavour="markdown-it",
        breaks=_on(render, "breaks"),
        linkify=full and _on(render, "linkify"),
        typographer="standard" if _on(render, "typographer") else "none",
        tables=full,
        strikethrough=full,
        single_tilde=False,
        strike_del=False,  # markdown-it writes <s>
        tasklists=False,
        footnotes="markdown-it-footnote" in plugins,
        deflist="markdown-it-deflist" in plugins,
        heading_ids="markdown-it",  # its anchors plugin: hexo-util slugize, -2 for a repeat
        heading_case=settings.case,
        headerlink=False,
        post_asset=settings.post_asset,
        hexo_markdown_it=settings,
    )
