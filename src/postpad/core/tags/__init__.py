"""Theme tags and shortcodes: what they accept, written and read as text (issue 15).

``libraries_for(engine, theme, root)`` gives a site's tag libraries (Hexo's own, decision 0154,
then the theme's: ``library_for``); ``format_tag(spec, values)`` writes an
opening tag, ``parse_tag_at(text, offset, library)`` finds the tag around a position and what it
was given. Passing the found tag as ``like`` rewrites only the values that changed
(decision 0130).
"""

from __future__ import annotations

from pathlib import Path

from postpad.core.engines import engine_for
from postpad.core.tags import butterfly, hexo, hexo_syntax, hugo, hugo_syntax
from postpad.core.tags.layout import Layout, TagMatch
from postpad.core.tags.locate import parse_tag_at
from postpad.core.tags.spec import Param, TagLibrary, TagSpec

__all__ = [
    "Layout",
    "Param",
    "TagLibrary",
    "TagMatch",
    "TagSpec",
    "format_tag",
    "insertion",
    "libraries_for",
    "library_for",
    "missing",
    "parse_tag_at",
]


def library_for(engine: str, theme: str | None, root: Path | None) -> TagLibrary | None:
    """The tags a post of this site can use from a form, or None."""
    family = engine_for(engine).tags.family
    if family == "nunjucks" and butterfly.applies(theme):
        return butterfly.library(root)
    if family == "shortcode":
        return hugo.library(root, theme)
    return None


def libraries_for(engine: str, theme: str | None, root: Path | None) -> list[TagLibrary]:
    """Every tag library of a site: Hexo's own tags for any Hexo site (decision 0154), then the
    theme's."""
    own = [hexo.library(root)] if engine_for(engine).tags.family == "nunjucks" else []
    theme_tags = library_for(engine, theme, root)
    return own + ([theme_tags] if theme_tags is not None else [])


def format_tag(spec: TagSpec, values: dict[str, str], like: TagMatch | None = None) -> str:
    """The opening tag's text; with ``like``, unchanged values keep their original spelling."""
    layout = like.layout if like is not None else None
    if spec.syntax == "shortcode":
        return hugo_syntax.format_open(spec, values, layout)
    return hexo_syntax.format_open(spec, values, layout)


def missing(spec: TagSpec, values: dict[str, str]) -> list[str]:
    """Parameters that must be filled for the tag to be written: Hexo cannot skip an argument
    given by position (an empty one is dropped and the next takes its place)."""
    return hexo_syntax.gaps(spec, values) if spec.syntax == "nunjucks" else []


def closing_tag(spec: TagSpec, opening: str = "") -> str:
    if spec.syntax == "shortcode":
        return hugo_syntax.closing(spec.name, "%" if opening.startswith("{{%") else "<")
    return hexo_syntax.closing(spec.name)


def insertion(spec: TagSpec, values: dict[str, str], selection: str = "") -> tuple[str, int]:
    """The text a form inserts and where the cursor goes in it.

    A paired tag wraps ``selection`` (in the spec's ``wrap``: tabs put it in one pane) or holds
    the spec's sample body, on lines of its own; the cursor goes to the start of the body. An
    inline tag replaces the selection.
    """
    opening = format_tag(spec, values)
    if not spec.paired:
        return opening, len(opening)
    body = spec.wrap.replace("{body}", selection.rstrip("\n")) if selection else spec.sample_body
    head = opening + "\n"
    tail = ("" if body.endswith("\n") else "\n") + closing_tag(spec, opening)
    return head + body + tail, len(head)
