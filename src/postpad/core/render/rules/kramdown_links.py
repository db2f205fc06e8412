"""kramdown's inline link and image destinations (parser/kramdown/link.rb ``parse_link``).

kramdown scans ``(…)`` to the parenthesis that balances the opening one, or to whitespace
followed by a quote (a title), and strips the result: a space is part of the URL
(``![图](/images/图片 名.png)`` is an image), backslashes are kept, and the URL is written as it
is, not percent-encoded (``href="https://zh.wikipedia.org/wiki/中文"``). markdown-it's
``link``/``image`` rules run unchanged with that destination scanner in place of CommonMark's
(decision 0171).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from html import unescape
from types import SimpleNamespace
from typing import Any

from markdown_it import MarkdownIt, helpers
from markdown_it.rules_inline import StateInline

#: a parenthesis, Liquid (run before kramdown reads the URL, so its quotes and spaces end
#: nothing; decision 0275), or whitespace before a title's quote
_STOP = re.compile(r"(\()|(\))|(\{\{.*?\}\}|\{%.*?%\})|[ \t\n\r\f\v](?=[\"'])")
_ANGLED = re.compile(r"<([^\n]*?)>(?=\))")


@dataclass
class Destination:
    """What markdown-it's rules read from a destination parse."""

    ok: bool = False
    pos: int = 0
    str: str = ""


def kramdown_destination(text: str, pos: int, maximum: int) -> Destination:
    """The URL of ``[…](URL …)`` starting at ``pos`` (after the opening parenthesis)."""
    angled = _ANGLED.match(text, pos, maximum)
    if angled:
        return Destination(True, angled.end(), angled[1])
    level, scan = 1, pos
    while stop := _STOP.search(text, scan, maximum):
        if stop[3]:
            scan = stop.end()
            continue
        if stop[1]:
            level += 1
        elif stop[2]:
            level -= 1
        if level == 0 or not (stop[1] or stop[2]):
            return Destination(True, stop.start(), text[pos : stop.start()].strip())
        scan = stop.end()
    return Destination()


_HELPERS = SimpleNamespace(
    parseLinkLabel=helpers.parseLinkLabel,
    parseLinkDestination=kramdown_destination,
    parseLinkTitle=helpers.parseLinkTitle,
)


def _kramdown_rule(
    rule: Callable[[StateInline, bool], bool],
) -> Callable[[StateInline, bool], bool]:
    def scan(state: StateInline, silent: bool) -> bool:
        """``rule`` with kramdown's destination scanner for its one call."""
        md: Any = state.md
        common, md.helpers = md.helpers, _HELPERS
        try:
            return rule(state, silent)
        finally:
            md.helpers = common

    return scan


def _as_written(url: str) -> str:
    return url


#: REXML's REFERENCE_RE: kramdown writes these as they are in an attribute (``escape_html``)
_REFERENCE = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[\w:][\w.:-]*);")


def _url_as_written(url: str) -> str:
    """The URL as written, its entity references read (the renderer escapes it again): kramdown
    keeps ``&amp;`` in an ``href``, where escaping the written text gave ``&amp;amp;``
    (decision 0275). A reference to no entity stays as written, as the browser shows it."""
    if "&" not in url:
        return url
    return _REFERENCE.sub(lambda m: unescape(m[0]) if unescape(m[0]) != m[0] else m[0], url)


def kramdown_links_plugin(md: MarkdownIt) -> None:
    for name in ("link", "image"):
        rule = next(r.fn for r in md.inline.ruler.__rules__ if r.name == name)
        md.inline.ruler.at(name, _kramdown_rule(rule))
    setattr(md, "normalizeLink", _url_as_written)  # noqa: B010 (an instance's own, not the class's)
    setattr(md, "normalizeLinkText", _as_written)  # noqa: B010
