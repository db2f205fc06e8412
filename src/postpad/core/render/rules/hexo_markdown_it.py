"""hexo-renderer-markdown-it's own additions to markdown-it: plugins it loads and its anchors.

The renderer (7.1.1, ``index.js`` and ``lib/renderer.js``) builds ``new MarkdownIt(preset,
render)``, enables/disables the listed rules, ``use``s each plugin the site lists under
``markdown.plugins`` (none by default) and always its ``lib/anchors.js``: headings of level
``anchors.level`` (2) and deeper get ``id`` = hexo-util ``slugize`` of the concatenated content of
the heading's inline tokens (``transform: case``); a repeated slug gets ``-2``, ``-3`` … Those ids
are the render pipeline's (heading style ``markdown-it``, so an edit renumbers them like any
other); with ``permalink`` an ``<a class=… href="#id">symbol</a>`` is put at the left or right of
the text here (decision 0158).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.container import container_plugin
from mdit_py_plugins.subscript import sub_plugin
from mdit_py_plugins.superscript import superscript_plugin

from postpad.core.render.rules.markdown_it_pairs import cjk_breaks_plugin, pair_plugin


@dataclass(frozen=True)
class MarkdownItSettings:
    """The site's ``markdown:`` section as hexo-renderer-markdown-it reads it (its defaults)."""

    #: ``(plugin name, options as text)`` in the order listed
    plugins: tuple[tuple[str, str], ...] = ()
    quotes: str = "“”‘’"
    anchor_level: int = 2
    collision_suffix: str = ""
    permalink: bool = False
    permalink_class: str = "header-anchor"
    permalink_side: str = "left"
    permalink_symbol: str = "¶"
    case: int = 0
    separator: str = "-"
    #: ``images.prepend_root`` / ``images.post_asset`` (its lib/images.js; off when absent)
    prepend_root: bool = False
    post_asset: bool = False


def _plugins(listed: object) -> tuple[tuple[str, str], ...]:
    found: list[tuple[str, str]] = []
    for item in listed if isinstance(listed, list) else ():
        if isinstance(item, str):
            found.append((item, ""))
        elif isinstance(item, Mapping) and item.get("name"):
            options = item.get("options")
            found.append((str(item["name"]), "" if options is None else str(options)))
    return tuple(found)


def _int(value: object, default: int) -> int:
    try:
        return int(str(value))
    except ValueError:
        return default


def markdown_it_settings(config: Mapping[str, object]) -> MarkdownItSettings:
    """Settings from the ``markdown:`` section (missing keys: the renderer's defaults)."""
    render = config.get("render")
    render = render if isinstance(render, Mapping) else {}
    anchors = config.get("anchors")
    anchors = anchors if isinstance(anchors, Mapping) else {}
    images = config.get("images")
    images = images if isinstance(images, Mapping) else {}
    base = MarkdownItSettings()
    return MarkdownItSettings(
        plugins=_plugins(config.get("plugins")),
        quotes=str(render.get("quotes") or base.quotes),
        anchor_level=_int(anchors.get("level", base.anchor_level), base.anchor_level),
        collision_suffix=str(anchors.get("collisionSuffix") or ""),
        permalink=anchors.get("permalink") is True,
        permalink_class=str(anchors.get("permalinkClass") or base.permalink_class),
        permalink_side=str(anchors.get("permalinkSide") or base.permalink_side),
        permalink_symbol=str(anchors.get("permalinkSymbol", base.permalink_symbol)),
        case=_int(anchors.get("case", 0), 0),
        separator=str(anchors.get("separator") or base.separator),
        prepend_root=images.get("prepend_root") is True,
        post_asset=images.get("post_asset") is True,
    )


def _container(md: MarkdownIt, options: str) -> None:
    if options:
        container_plugin(md, options)


#: markdown-it plugins by npm name -> their markdown-it-py port (footnote and deflist are the
#: profile's own switches; abbr, emoji and attrs are not ported)
PORTS = {
    "markdown-it-mark": lambda md, options: pair_plugin(md, "=", "mark"),
    "markdown-it-ins": lambda md, options: pair_plugin(md, "+", "ins"),
    "markdown-it-cjk-breaks": lambda md, options: cjk_breaks_plugin(md),
    "markdown-it-sub": lambda md, options: sub_plugin(md),
    "markdown-it-sup": lambda md, options: superscript_plugin(md),
    "markdown-it-container": _container,
}


def hexo_markdown_it_plugin(md: MarkdownIt, settings: MarkdownItSettings) -> None:
    """The listed plugins that have a port, the quotes, and the anchors' permalinks (the ids
    themselves are the pipeline's, heading style ``markdown-it``). Use it after the parser's own
    ``heading_open`` rule: the permalink wraps it."""
    md.options["quotes"] = settings.quotes
    for name, options in settings.plugins:
        port = PORTS.get(name)
        if port is not None:
            port(md, options)
    if settings.permalink:
        side = "heading_close" if settings.permalink_side == "right" else "heading_open"
        inner = getattr(md.renderer, "rules", {}).get(side)
        md.add_render_rule(side, _with_permalink(inner, settings))


def _with_permalink(inner: Any, settings: MarkdownItSettings) -> Any:
    """``<a class=… href="#id">symbol</a>`` right after ``<hN id>`` or right before ``</hN>``."""

    def render(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        opening = tokens[idx] if tokens[idx].nesting == 1 else tokens[idx - 2]
        html: str = (
            inner(tokens, idx, options, env)
            if inner
            else self.renderToken(tokens, idx, options, env)
        )
        slug = opening.attrGet("id")
        if slug is None or opening.type != "heading_open":
            return html
        link = (
            f'<a class="{escape(settings.permalink_class)}" href="#{escape(str(slug))}">'
            f"{escape(settings.permalink_symbol, quote=False)}</a>"
        )
        return html + link if tokens[idx].nesting == 1 else link + html

    return render
