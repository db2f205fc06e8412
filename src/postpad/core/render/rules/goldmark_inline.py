"""Goldmark's inline extensions for the Hugo profile (decision 0084).

Installed in place of markdown-it's own linkify and strikethrough when a profile's flavour is
``goldmark``: Linkify (:mod:`.goldmark_linkify`), the ``~``/``~~`` strikethrough
(:mod:`.strikethrough`) and the text rule that lets the Linkify and Typographer rules see the
places where Goldmark tries them (:mod:`.goldmark_text`).
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

from postpad.core.render.profiles import Profile
from postpad.core.render.rules import goldmark_linkify, goldmark_typographer
from postpad.core.render.rules.goldmark_text import goldmark_text_plugin
from postpad.core.render.rules.kramdown_text_edges import restore_text_edges
from postpad.core.render.rules.strikethrough import goldmark_strikethrough_plugin

_ASCII_SPACE = " \t\n\r\f\v"


def _paragraph_rule(md: MarkdownIt) -> object:
    """Goldmark trims a paragraph of ASCII spaces only: a leading or trailing U+00A0 (``&nbsp;``
    pasted from a web editor) stays, where markdown-it's trim drops it."""
    original = md.block.ruler.__rules__[md.block.ruler.__find__("paragraph")].fn

    def paragraph(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        found: bool = original(state, start, end, silent)
        if found and not silent:
            inline = state.tokens[-2]
            lines = state.getLines(start, state.line, state.blkIndent, False)
            inline.content = lines.strip(_ASCII_SPACE)
        return found

    return paragraph


def goldmark_inline_plugin(md: MarkdownIt, profile: Profile) -> None:
    md.block.ruler.at("paragraph", _paragraph_rule(md))  # type: ignore[arg-type]
    # an ATX heading keeps a no-break space at its ends too (decision 0251)
    md.core.ruler.after("block", "pp_goldmark_text_edges", restore_text_edges)
    stops: list[re.Pattern[str]] = []
    if profile.strikethrough:
        goldmark_strikethrough_plugin(md)
    if profile.linkify:
        goldmark_linkify.goldmark_linkify_plugin(md, profile.linkify_protocol)
        stops.append(goldmark_linkify.STOP)
    if profile.typographer == "goldmark":
        stops.append(goldmark_typographer.STOP)
    goldmark_text_plugin(md, stops)
