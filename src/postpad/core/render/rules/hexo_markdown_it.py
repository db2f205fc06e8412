"""hexo-renderer-markdown-it's own additions to markdown-it: plugins it loads and its anchors.

The renderer (7.1.1, ``index.js`` and ``lib/renderer.js``) builds ``new MarkdownIt(preset,
render)``, enables/disables the listed rules, ``use``s each plugin the site lists under
``markdown.plugins`` (none by default) and always its ``lib/anchors.js``: headings of level
``anchors.level`` (2) and deeper get ``id`` = hexo-util ``slugize`` of the concatenated content of
the heading's inline tokens (``separator``, ``transform: case``); a repeated slug gets
``-{collisionSuffix}2``, ``3`` …; with ``permalink`` an ``<a class=… href="#id">symbol</a>`` is
put at the left or right of the text (decision 0158).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from mdit_py_plugins.container import container_plugin
from mdit_py_plugins.subscript import sub_plugin
from mdit_py_plugins.superscript import superscript_plugin

from postpad.core.render.rules.markdown_it_pairs import cjk_breaks_plugin, pair_plugin
from postpad.core.text.hexo_slug import hexo_slugize


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
    """The listed plugins that have a port, the quotes, and the renderer's anchors."""
    md.options["quotes"] = settings.quotes
    for name, options in settings.plugins:
        port = PORTS.get(name)
        if port is not None:
            port(md, options)
    md.core.ruler.push("pp_hexo_anchors", lambda state: _anchors(state, settings))


def _anchors(state: StateCore, settings: MarkdownItSettings) -> None:
    store: dict[str, int] = {}
    tokens = state.tokens
    for index, token in enumerate(tokens):
        if token.type != "heading_open" or int(token.tag[1:]) < settings.anchor_level:
            continue
        inline = tokens[index + 1]
        title = "".join(child.content for child in inline.children or ())
        slug = hexo_slugize(title, separator=settings.separator, transform=settings.case)
        if slug in store:
            store[slug] += 1
            slug = f"{slug}-{settings.collision_suffix}{store[slug]}"
        else:
            store[slug] = 1
        token.attrSet("id", slug)
        if settings.permalink:
            _permalink(inline, slug, settings)


def _permalink(inline: Token, slug: str, settings: MarkdownItSettings) -> None:
    link = Token("link_open", "a", 1)
    link.attrs = {"class": settings.permalink_class, "href": "#" + slug}
    symbol = Token("text", "", 0)
    symbol.content = settings.permalink_symbol
    anchor = [link, symbol, Token("link_close", "a", -1)]
    children = inline.children or []
    inline.children = (
        [*children, *anchor]
        if settings.permalink_side == "right"
        else [
            *anchor,
            *children,
        ]
    )
