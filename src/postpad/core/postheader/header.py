"""The post header from the front matter: Butterfly's, or the plain title (decision 0234)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from postpad.core.engines import engine_for
from postpad.core.errors import FrontMatterError
from postpad.core.frontmatter import read_fields, split_front_matter
from postpad.core.frontmatter.engine_rules import lookup
from postpad.core.postheader import butterfly
from postpad.core.postheader.model import NO_HEADER, PostHeader
from postpad.core.postheader.settings import ButterflySettings, HeaderSettings

_TITLE_KEY = re.compile(r"""^\s*["']?title["']?\s*[:=]""", re.IGNORECASE)
_JEKYLL_DATED = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}-")


def title_line(inner: str, inner_line: int) -> int:
    """The file line of the ``title`` key (the header's first line when there is none)."""
    for index, line in enumerate(inner.splitlines()):
        if _TITLE_KEY.match(line):
            return inner_line + index
    return max(1, inner_line - 1)


def plain_title(fields: dict[str, object], settings: HeaderSettings) -> str:
    """The title the engine gives the page; Jekyll titles a post without one from its name."""
    value = lookup(fields, "title", settings.engine)
    titled = engine_for(settings.engine).title_from_file_name
    if value is None and titled and settings.post_path is not None:
        stem = Path(settings.post_path).stem
        if _JEKYLL_DATED.match(stem) and "_posts" in Path(settings.post_path).parts:
            words = _JEKYLL_DATED.sub("", stem).split("-")
            return " ".join(word[:1].upper() + word[1:] for word in words if word)
    return butterfly.js_text(value).strip() if butterfly.truthy(value) else ""


def build_header(
    fields: dict[str, object], settings: HeaderSettings, line: int = 1
) -> PostHeader | None:
    """What the header shows for these fields; None: no header (a plain post without title)."""
    theme = settings.butterfly
    if theme is None:
        text = plain_title(fields, settings)
        return PostHeader("plain", text, line) if text else None
    if butterfly.is_page(fields, settings):
        return _butterfly_page(fields, settings, theme, line)
    value = butterfly.chosen_top_img(fields, theme)
    banner = None if value is False else butterfly.banner(value, settings)
    if banner is not None:  # the first of a random default_cover list (decision 0242)
        banner = replace(banner, random=butterfly.random_covers(fields, theme))
    return PostHeader(
        "butterfly",
        butterfly.title(fields, settings, theme),
        line,
        banner=banner,
        meta=butterfly.meta(fields, settings, theme),
        mask=theme.mask,
        theme_color=theme.theme_color,
    )


def _butterfly_page(
    fields: dict[str, object], settings: HeaderSettings, theme: ButterflySettings, line: int
) -> PostHeader | None:
    """A page: its title over the banner (``#page-site-info``), or above the text without one
    (``page.pug``'s ``.page-title``); no meta line, no untitled word."""
    value = butterfly.chosen_top_img(fields, theme, page=True)
    title = butterfly.js_text(fields["title"]) if butterfly.truthy(fields.get("title")) else ""
    if value is False and not title:
        return None
    banner = None if value is False else butterfly.banner(value, settings)
    return PostHeader(
        "butterfly", title, line, banner, mask=theme.mask, theme_color=theme.theme_color, page=True
    )


def header_payload(text: str, settings: HeaderSettings) -> dict[str, Any] | None:
    """The page's header message for the post ``text`` (``\\n`` line breaks); None while its
    front matter does not parse (the page keeps what it shows: the user is typing)."""
    split = split_front_matter(text, engine=settings.engine)
    try:
        fields = read_fields(split, engine=settings.engine)
    except FrontMatterError:
        return None
    header = build_header(fields, settings, title_line(split.inner, split.inner_line))
    return header.payload() if header is not None else dict(NO_HEADER)
