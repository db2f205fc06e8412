"""Butterfly's tag plugins (``scripts/tag/*.js`` of hexo-theme-butterfly 5.x), as data.

The preview's tag sets (:mod:`postpad.core.render.rules.butterfly_tags`) and the Insert ›
Butterfly forms both read this module (decision 0130). ``since`` is the first theme version with
the tag (from the theme's git history); ``notes`` say what older versions wrote differently.
"""

from __future__ import annotations

import re
from pathlib import Path

from postpad.core.tags.spec import Param, TagLibrary, TagSpec, VersionNote

THEME = "butterfly"
NOTE_STYLES = ("flat", "modern", "simple", "disabled")
NOTE_COLOURS = (
    "default",
    "primary",
    "success",
    "info",
    "warning",
    "danger",
    "blue",
    "pink",
    "red",
    "purple",
    "orange",
    "green",
)
COLOURS = ("default", "blue", "pink", "red", "purple", "orange", "green")
BUTTON_OPTIONS = ("outline", "center", "right", "block", "larger", *COLOURS[1:])

_NOTE_PARAMS = (
    Param(
        "color",
        "Colour",
        "choice",
        NOTE_COLOURS,
        help="Class or colour of the box; several words are kept as they are.",
    ),
    Param("icon", "Icon", help="Font Awesome class such as fas fa-bullhorn, or no-icon."),
    Param("style", "Style", "choice", NOTE_STYLES, help="Empty: the theme's note.style setting."),
)
_HIDE_PARAMS = (
    Param("display", "Button text", default="Click"),
    Param("bg", "Background", help="CSS colour of the button, e.g. #49b1f5."),
    Param("color", "Text colour", help="CSS colour of the button text."),
)
_TABS_PARAMS = (
    Param("name", "Name", default="tab", help="Tabs without a caption are named after it."),
    Param("active", "Active tab", "number", help="Number of the tab shown first; 0: the first."),
)
_TABS_BODY = "<!-- tab Tab 1 -->\n\n<!-- endtab -->\n<!-- tab Tab 2 -->\n\n<!-- endtab -->"


def _tabs(name: str, in_menu: bool) -> TagSpec:
    return TagSpec(
        name,
        "Tabs",
        _TABS_PARAMS,
        body="markdown",
        style="commas",
        help="Tabbed panes, each between <!-- tab caption@icon --> and <!-- endtab -->.",
        sample_body=_TABS_BODY,
        wrap="<!-- tab Tab 1 -->\n{body}\n<!-- endtab -->",
        in_menu=in_menu,
    )


TAGS: tuple[TagSpec, ...] = (
    TagSpec(
        "note",
        "Note",
        _NOTE_PARAMS,
        body="markdown",
        style="classified",
        help="A coloured box around Markdown text.",
    ),
    TagSpec("subnote", "Note (nested)", _NOTE_PARAMS, "markdown", "classified", in_menu=False),
    _tabs("tabs", True),
    _tabs("subtabs", False),
    _tabs("subsubtabs", False),
    TagSpec(
        "btn",
        "Button",
        (
            Param("url", "Link", "url"),
            Param("text", "Text"),
            Param("icon", "Icon", help="Font Awesome class such as far fa-hand-point-right."),
            Param(
                "option",
                "Options",
                "flags",
                BUTTON_OPTIONS,
                help="Words such as outline, center, block, larger and a colour.",
            ),
        ),
        style="commas",
        help="A link drawn as a button.",
        since=(3, 3),
    ),
    TagSpec(
        "label",
        "Label",
        (Param("text", "Text"), Param("color", "Colour", "choice", COLOURS, default="default")),
        help="Highlighted text.",
        since=(3, 7, 5),
    ),
    TagSpec(
        "hideInline",
        "Hidden text (inline)",
        (Param("content", "Hidden text"), *_HIDE_PARAMS),
        style="commas",
        help="Text shown after a click on a button.",
    ),
    TagSpec(
        "hideBlock",
        "Hidden block",
        _HIDE_PARAMS,
        body="markdown",
        style="commas",
        help="Markdown shown after a click on a button.",
    ),
    TagSpec(
        "hideToggle",
        "Fold (toggle)",
        (Param("display", "Title"), *_HIDE_PARAMS[1:]),
        body="markdown",
        style="commas",
        help="A folded section that opens and closes.",
    ),
    TagSpec(
        "timeline",
        "Timeline",
        (Param("headline", "Headline"), Param("color", "Colour", "choice", COLOURS[1:])),
        body="markdown",
        style="commas",
        help="Items, each between <!-- timeline title --> and <!-- endtimeline -->.",
        sample_body="<!-- timeline 2024 -->\n\n<!-- endtimeline -->",
        wrap="<!-- timeline 2024 -->\n{body}\n<!-- endtimeline -->",
        since=(4, 0),
    ),
    TagSpec(
        "gallery",
        "Gallery",
        (
            Param("button", "Load-more button", "bool", help="true: more images after a click."),
            Param("limit", "Images per load", "number", default="10"),
            Param("firstLimit", "Images at first", "number", default="10"),
        ),
        body="markdown",
        style="commas",
        help="Images of the body, one ![alt](url) per line.",
        sample_body="![](/img/1.jpg)\n![](/img/2.jpg)",
        notes=(
            VersionNote((5, 3), "Before Butterfly 5.3 the only parameter is the button."),
            VersionNote((4, 10), "Before Butterfly 4.10: lazyload, rowHeight, limit."),
        ),
    ),
    TagSpec(
        "galleryGroup",
        "Gallery group",
        (
            Param("name", "Name"),
            Param("descr", "Description"),
            Param("url", "Gallery page", "url"),
            Param("img", "Cover image", "url"),
        ),
        help="A cover linking to a gallery page.",
    ),
    TagSpec(
        "inlineImg",
        "Inline image",
        (Param("src", "Image", "url"), Param("height", "Height", help="CSS height, e.g. 1.5em.")),
        help="A small image inside a line of text.",
        since=(3, 7),
    ),
    TagSpec(
        "mermaid",
        "Mermaid diagram",
        (Param("config", "Config", help="Mermaid settings as JSON, e.g. {'theme':'dark'}."),),
        body="raw",
        help="A diagram written in Mermaid.",
        sample_body="graph TD\n  A --> B",
    ),
    TagSpec(
        "flink",
        "Friend links",
        body="raw",
        help="Friend links as YAML: class_name, class_desc and link_list.",
        sample_body=(
            "- class_name: Friends\n  link_list:\n    - name: Name\n      link: https://\n"
            "      avatar: https://\n      descr: About"
        ),
        since=(4, 1),
    ),
    TagSpec(
        "chartjs",
        "Chart.js chart",
        (
            Param("width", "Width", help="Percent of the column, e.g. 50."),
            Param("abreast", "Chart and text side by side", "bool"),
            Param("chartId", "Chart id"),
        ),
        body="raw",
        style="commas",
        sample_body="<!-- chart -->\n\n<!-- endchart -->",
        wrap="<!-- chart -->\n{body}\n<!-- endchart -->",
        since=(5, 1),
    ),
    TagSpec("score", "Music score", body="raw", since=(4, 8), in_menu=False),
    TagSpec(
        "series",
        "Series list",
        (Param("name", "Series", help="Empty: the post's own series."),),
        help="Posts of a series (front matter series:).",
        since=(4, 10),
    ),
)


def applies(theme: str | None) -> bool:
    """Whether Butterfly's tags apply: the site names Butterfly, or no theme was found (the
    preview assumes Butterfly then, the most used Hexo theme among Chinese blogs)."""
    return theme is None or theme.lower() == THEME


_REGISTER = re.compile(r"""hexo\.extend\.tag\.register\(\s*['"]([\w-]+)['"]""")


def _theme_dirs(root: Path) -> list[Path]:
    """The folder Hexo loads the theme from (``themes/butterfly`` first, decision 0242)."""
    from postpad.core.engines import engine_for

    folder = engine_for("hexo").config.theme_folder(root, THEME)
    return [] if folder is None else [folder]


def installed_tags(root: Path | None) -> frozenset[str] | None:
    """The tag names the installed theme registers (``scripts/tag/*.js``), or None."""
    for folder in _theme_dirs(root) if root is not None else ():
        scripts = folder / "scripts" / "tag"
        if scripts.is_dir():
            names: set[str] = set()
            for script in sorted(scripts.glob("*.js")):
                try:
                    names.update(_REGISTER.findall(script.read_text(encoding="utf-8")))
                except (OSError, UnicodeDecodeError):
                    continue
            return frozenset(names)
    return None


def installed_version(root: Path | None) -> str | None:
    """The installed theme's version from its package.json (npm or themes/ folder)."""
    if root is None:
        return None
    import json

    for folder in _theme_dirs(root):
        try:
            data = json.loads((folder / "package.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        version = data.get("version") if isinstance(data, dict) else None
        if isinstance(version, str):
            return version
    return None


def library(root: Path | None = None) -> TagLibrary:
    return TagLibrary("nunjucks", "Butterfly", TAGS, installed_version(root), installed_tags(root))


def names(body: str | None) -> frozenset[str]:
    """Butterfly tag names with a Markdown body, a raw body or none (``body=None``)."""
    return frozenset(tag.name for tag in TAGS if tag.body == body)
