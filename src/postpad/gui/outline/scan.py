"""A fast heading scan of the post's text: the outline before the preview's first render.

The render's outline (``Rendered.outline``, in the engine's dialect) stays the authority and
replaces this as soon as it arrives; the scan only fills the gap a long post's first render
leaves (seconds for a 5 MB post). It knows CommonMark's ATX and setext headings, skips the
front matter and fenced code, and strips the common inline markup from heading text.
See docs/decisions/0101-outline-before-first-render.md.
"""

from __future__ import annotations

import re

from postpad.core.frontmatter.split import split_front_matter
from postpad.gui.outline.panel import Heading

# A line that may start or end something the scan cares about (up to 3 spaces of indentation);
# _LINE_START finds where such lines may be (searching for "\n" first is ~4x faster than "^").
_LINE_START = re.compile(r"\n {0,3}[#`~=-]")
_LINE = re.compile(
    r" {0,3}(?:"
    r"(?P<atx>#{1,6})(?:[ \t]+(?P<text>[^\n]*?))??(?:[ \t]+#+)?[ \t]*"
    r"|(?P<fence>`{3,}|~{3,})(?P<info>[^\n]*)"
    r"|(?P<setext>=+|-+)[ \t]*"
    r")$",
    re.MULTILINE,
)
_INLINE = [
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links and images keep their text
    (re.compile(r"<[^>]+>"), ""),  # inline HTML tags
    (re.compile(r"(\*\*|__|\*|`+|~~)(.+?)\1"), r"\2"),  # emphasis, code, strikethrough
]


_MARKUP = re.compile(r"[\[<*_`~]")


def plain_text(markdown: str) -> str:
    """Heading text without the usual inline markup."""
    if _MARKUP.search(markdown) is None:  # most headings: nothing to strip
        return markdown.strip()
    for pattern, replacement in _INLINE:
        markdown = pattern.sub(replacement, markdown)
    return markdown.strip()


def _previous_line(text: str, start: int) -> str:
    """The line before the one starting at ``start`` ("" at the top)."""
    if start == 0:
        return ""
    return text[text.rfind("\n", 0, start - 1) + 1 : start - 1]


class _Scan:
    def __init__(self, text: str, body_offset: int) -> None:
        self.text = text
        self.fence: str | None = None  # the open fence's run (``` or ~~~, its length)
        self.last_end = -2  # end of the last line that ended a heading or fence
        self.line = 1
        self.position = 0
        self.headings: list[Heading] = []
        self.body_offset = body_offset

    def line_of(self, start: int) -> int:
        self.line += self.text.count("\n", self.position, start)
        self.position = start
        return self.line

    def take(self, match: re.Match[str]) -> None:
        atx, text, fence, info = match.group("atx", "text", "fence", "info")
        if self.fence is not None:
            closing = fence and fence[0] == self.fence[0] and len(fence) >= len(self.fence)
            if closing and not info.strip():
                self.fence = None
                self.last_end = match.end()
            return
        if fence:
            if not (fence[0] == "`" and "`" in info):
                self.fence = fence
            return
        if atx:
            self._add(len(atx), text or "", match.start())
            self.last_end = match.end()
            return
        self._setext(match)

    def _setext(self, match: re.Match[str]) -> None:
        start = match.start()
        if start - 1 == self.last_end or start <= self.body_offset:
            return  # right after a heading or fence, or the body's first line
        above = _previous_line(self.text, start)
        if not above.strip() or len(above) - len(above.lstrip(" ")) > 3:
            return  # a thematic break (---) after a blank line, or indented code
        level = 1 if match.group("setext")[0] == "=" else 2
        self.line_of(start)
        self.headings.append(Heading(level, plain_text(above), self.line - 1))
        self.last_end = match.end()

    def _add(self, level: int, text: str, start: int) -> None:
        self.headings.append(Heading(level, plain_text(text), self.line_of(start)))


def scan_headings(text: str, engine: str | None = None) -> list[Heading]:
    """The headings of a post's body (1-based file lines), without rendering it."""
    split = split_front_matter(text, engine=engine)
    body_offset = len(text) - len(split.body)
    scan = _Scan(text, body_offset)
    starts = (found.start() + 1 for found in _LINE_START.finditer(text, max(body_offset - 1, 0)))
    for start in starts if body_offset else (0, *starts):
        match = _LINE.match(text, start)
        if match is not None:
            scan.take(match)
    return scan.headings
