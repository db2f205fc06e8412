"""Dialect profiles: one small data module per engine (like markdown-it-py's presets).

A :class:`Profile` says which Markdown features an engine turns on by default; site settings
(:mod:`postpad.core.render.profiles.overrides`) adjust it for one blog.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Literal

from postpad.core.render.chroma.settings import HugoHighlight
from postpad.core.render.rules.hexo_code import HexoCode
from postpad.core.render.rules.hexo_markdown_it import MarkdownItSettings

#: "smartypants": marked's (Hexo) and kramdown's (Jekyll) quotes and dashes
Typographer = Literal["smartypants", "goldmark", "standard", "none"]
#: "marked": hexo-renderer-marked's ids (hexo-util ``slugize`` of the heading's text)
HeadingIds = Literal["marked", "markdown-it", "github", "goldmark", "kramdown", "none"]
#: "shortcode": Hugo's ``{{< >}}``; "tera": Zola's ``{{ }}`` shortcodes
Templates = Literal["nunjucks", "liquid", "shortcode", "tera", "none"]


@dataclass(frozen=True)
class Profile:
    """What an engine's Markdown renderer does by default (decision 0010)."""

    name: str
    label: str
    breaks: bool = False
    html: bool = True
    #: when raw HTML is off, show a visible "raw HTML omitted" marker (Hugo) instead of text
    html_omitted_marker: bool = False
    typographer: Typographer = "none"
    linkify: bool = True
    strikethrough: bool = True
    single_tilde: bool = False
    tables: bool = True
    tasklists: bool = True
    footnotes: bool = False
    deflist: bool = False
    heading_ids: HeadingIds = "github"
    #: Hexo adds ``<a class="headerlink">`` inside each heading
    headerlink: bool = False
    #: heading id case: 0 keep, 1 lower, 2 upper (hexo-renderer-marked ``modifyAnchors``)
    heading_case: int = 0
    templates: Templates = "none"
    #: Liquid's ``{{ site.x }}``, ``{{ page.x }}``: from the config and front matter (Jekyll, 0185)
    site_page_variables: bool = False
    math: bool = False
    #: Hexo wraps highlighted code in ``<figure class="highlight LANG">``
    code_figure: bool = False
    headless_front_matter: bool = False
    #: Hexo ``marked.postAsset``: relative images resolve into the post's asset folder
    post_asset: bool = False
    #: markup of task lists and footnotes: "marked", "goldmark", "kramdown" or "markdown-it"
    flavour: str = "markdown-it"
    #: kramdown attribute lists ``{: .class}`` are removed (Jekyll)
    kramdown_ial: bool = False
    #: ``~~x~~`` renders as ``<del>`` (marked, Goldmark, kramdown, remark, pulldown-cmark)
    strike_del: bool = True
    #: scheme Goldmark's Linkify gives ``www.`` links (Hugo ``extensions.linkifyProtocol``)
    linkify_protocol: str = "https"
    #: Hexo ``external_link``: external ``<a>`` get ``target="_blank" rel="noopener"``
    external_link: bool = False
    #: the site's host (Hexo ``url``; Hexo's default is example.com) and hosts kept internal
    site_host: str = "example.com"
    external_exclude: tuple[str, ...] = ()
    #: Hexo's code blocks (backtick_code_block filter + hexo-util highlight), from _config.yml
    hexo_code: HexoCode | None = None
    #: Hexo on hexo-renderer-markdown-it: its plugins and anchors (decision 0158)
    hexo_markdown_it: MarkdownItSettings | None = None
    #: Hugo's ``markup.highlight`` (Chroma), from the site config (decision 0165)
    hugo_highlight: HugoHighlight | None = None
    #: a site's code is highlighted by Chroma with its defaults when the config sets none (Hugo)
    chroma: bool = False
    #: where a site-absolute image ``/x`` is, relative to the site root (decision 0160)
    static_roots: tuple[str, ...] = ("",)
    #: a relative image is looked up in the post's asset folder too (Hexo)
    asset_folder_images: bool = False
    #: a missing or relative image is shown where the blog points it: ``root`` + path (Hexo)
    root_images: bool = False
    #: tags that read site files (``asset_img``, ``include_code``) write nothing without them
    site_tag_files: bool = False
    #: ``<!-- more -->`` marks the excerpt and is kept (Hexo)
    more_marker: bool = False


_MODULES = {
    "hexo": "hexo",
    "hugo": "hugo",
    "jekyll": "jekyll",
    "eleventy": "eleventy",
    "zola": "zola",
    "astro": "astro",
    "generic": "generic",
}


def get_profile(name: str) -> Profile:
    """The built-in profile called ``name`` (unknown names give the generic profile)."""
    module_name = _MODULES.get(name, "generic")
    module = importlib.import_module(f"{__name__}.{module_name}")
    profile: Profile = module.PROFILE
    return profile
