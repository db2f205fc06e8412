"""Hexo 8's built-in tags (``hexo/dist/plugins/tag/*.js``) and Nunjucks' ``raw``, as data.

Offered for every Hexo site, whatever its theme (decision 0154). ``post`` and ``asset``
parameters are filled from the site's posts and the post's asset folder by the form; the core
only names them. YouTube and Vimeo left Hexo for the hexo-tag-embed plugin: they are offered,
and greyed out when the site has Hexo installed without that plugin.
"""

from __future__ import annotations

import json
from pathlib import Path

from postpad.core.tags.spec import Param, TagLibrary, TagSpec

_TEXT = Param("text", "Text", help="Empty: the post's title.")
_SIZE = (
    Param("width", "Width", "number", help="Pixels, digits only."),
    Param("height", "Height", "number", help="Pixels, digits only."),
)
_IMG_TITLE = Param("title", "Title", help='"title" "alt text" (each quoted) gives both.')
_CODE_KEYS = (
    Param("lang", "Language", help="e.g. python; empty: guessed or plain."),
    Param("line_number", "Line numbers", "bool"),
    Param("first_line", "First line number", "number", default="1"),
    Param("mark", "Marked lines", help="e.g. 1,4-7,10"),
    Param("wrap", "Wrap in a table", "bool"),
    Param("highlight", "Highlight", "bool"),
    Param("line_threshold", "Line number threshold", "number"),
    Param("language_attr", "Language attribute", "bool"),
)

TAGS: tuple[TagSpec, ...] = (
    TagSpec(
        "post_link",
        "Link to a post",
        (
            Param("slug", "Post", "post", help="The post's file name without .md, or its title."),
            _TEXT,
        ),
        help="A link to another post of the site, titled with the post's title.",
    ),
    TagSpec(
        "post_path",
        "Path of a post",
        (Param("slug", "Post", "post"),),
        help="The URL of another post of the site.",
    ),
    TagSpec(
        "asset_img",
        "Image from the asset folder",
        (Param("class", "CSS class"), Param("slug", "File", "asset"), *_SIZE, _IMG_TITLE),
        style="img",
        help="An image from the post's asset folder (post_asset_folder: true).",
    ),
    TagSpec(
        "asset_link",
        "Link to an asset",
        (Param("slug", "File", "asset"), Param("text", "Text", help="Empty: the file name.")),
        help="A link to a file in the post's asset folder.",
    ),
    TagSpec(
        "asset_path",
        "Path of an asset",
        (Param("slug", "File", "asset"),),
        help="The URL of a file in the post's asset folder.",
    ),
    TagSpec(
        "codeblock",
        "Code block",
        (
            Param("title", "Title", position=0),
            Param("url", "Link", "url", position=1),
            Param("link_text", "Link text", position=2, default="link"),
            *_CODE_KEYS,
        ),
        body="raw",
        style="keyed",
        help="Code with a caption, coloured by the site's highlighter.",
    ),
    TagSpec(
        "blockquote",
        "Quotation",
        (
            Param("author", "Author"),
            Param("source", "Source", help="A book or work; only without a link."),
            Param("link", "Link", "url"),
            Param("title", "Link title", help="Empty: the link's address."),
        ),
        body="markdown",
        style="quote",
        help="A quotation with its author and source.",
    ),
    TagSpec(
        "pullquote",
        "Pull quote",
        (Param("class", "CSS class"),),
        body="markdown",
        help="A quotation set apart from the text.",
    ),
    TagSpec(
        "img",
        "Image",
        (Param("class", "CSS class"), Param("src", "Image", "url"), *_SIZE, _IMG_TITLE),
        style="img",
        help="An image with a size and a title.",
    ),
    TagSpec(
        "link",
        "Link",
        (
            Param("text", "Text"),
            Param("url", "Link", "url"),
            Param("external", "Open in a new window", "bool"),
            Param("title", "Title"),
        ),
        style="link",
        help="A link with a title.",
    ),
    TagSpec(
        "iframe",
        "Embedded page",
        (
            Param("url", "Address", "url"),
            Param("width", "Width", default="100%"),
            Param("height", "Height", default="300"),
        ),
        help="Another page shown inside the post.",
    ),
    TagSpec(
        "youtube",
        "YouTube video",
        (Param("id", "Video id"), Param("type", "Type", "choice", ("video", "playlist"))),
        help="Needs the hexo-tag-embed plugin: Hexo 8 has no youtube tag.",
    ),
    TagSpec(
        "vimeo",
        "Vimeo video",
        (Param("id", "Video id"),),
        help="Needs the hexo-tag-embed plugin: Hexo 8 has no vimeo tag.",
    ),
    TagSpec(
        "raw",
        "Raw text",
        body="raw",
        help="Text Hexo passes through without running tags in it.",
    ),
)

#: tags a plugin brings, by its npm name
PLUGINS = {"hexo-tag-embed": frozenset({"youtube", "vimeo"})}
BUILTIN = frozenset(tag.name for tag in TAGS) - PLUGINS["hexo-tag-embed"]


def installed_version(root: Path | None) -> str | None:
    """Hexo's version from ``node_modules/hexo/package.json``, or None."""
    if root is None:
        return None
    try:
        data = json.loads((root / "node_modules" / "hexo" / "package.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    version = data.get("version") if isinstance(data, dict) else None
    return version if isinstance(version, str) else None


def available(root: Path | None) -> frozenset[str] | None:
    """The tags the installed Hexo and plugins have; None when Hexo is not installed."""
    if root is None or not (root / "node_modules" / "hexo").is_dir():
        return None
    names = set(BUILTIN)
    for plugin, tags in PLUGINS.items():
        if (root / "node_modules" / plugin).is_dir():
            names |= tags
    return frozenset(names)


def library(root: Path | None = None) -> TagLibrary:
    return TagLibrary("nunjucks", "Hexo", TAGS, installed_version(root), available(root))
