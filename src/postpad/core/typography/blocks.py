"""Which lines of a post are prose: front matter, code, HTML, tags and math are not.

Block structure comes from markdown-it-py (the parser the renderer uses), run once over the body;
front matter and engine tags (Hexo ``{% %}``, Hugo shortcodes, ``$$`` math) are recognised here
because CommonMark sees them as paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache, partial
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # markdown-it loads with the first check, not with the editor's start-up
    from markdown_it import MarkdownIt
    from markdown_it.token import Token


class LineKind(Enum):
    """What a source line is, as far as typography is concerned."""

    BLANK = "blank"
    FRONT_MATTER = "front-matter"
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST = "list"
    QUOTE = "quote"
    CODE = "code"
    HTML = "html"
    TABLE = "table"
    TAG = "tag"
    TAG_CONTENT = "tag-content"
    MATH = "math"
    OTHER = "other"


IGNORED_KINDS = frozenset(
    {LineKind.FRONT_MATTER, LineKind.CODE, LineKind.HTML, LineKind.TAG, LineKind.MATH}
)
"""Lines the checker never looks at."""

_DELIMITERS = {"---": ("---", "..."), "+++": ("+++",), ";;;": (";;;",)}
_HEXO_KEY = re.compile(r"^[A-Za-z_][\w-]*\s*:")
_TAG_OPEN = re.compile(r"^\s*\{%-?\s*(\w+)[^%]*%\}\s*$")
_SHORTCODE_OPEN = re.compile(r"^\s*\{\{[<%]\s*(\w[\w-]*)[^}]*[>%]\}\}\s*$")
_TAG_ONLY = re.compile(r"^\s*(\{%.*%\}|\{\{[<%].*[>%]\}\})\s*$")
_VERBATIM_TAGS = frozenset({"codeblock", "code", "raw", "verbatim", "highlight", "mermaid"})
_TOP_KINDS = {
    "paragraph_open": LineKind.PARAGRAPH,
    "heading_open": LineKind.HEADING,
    "bullet_list_open": LineKind.LIST,
    "ordered_list_open": LineKind.LIST,
    "blockquote_open": LineKind.QUOTE,
    "fence": LineKind.CODE,
    "code_block": LineKind.CODE,
    "html_block": LineKind.HTML,
    "table_open": LineKind.TABLE,
    "hr": LineKind.OTHER,
}


@dataclass(frozen=True)
class LineMap:
    """Line kinds of a post (0-based indexes) and the character offset where each line starts."""

    lines: tuple[str, ...]
    kinds: tuple[LineKind, ...]
    starts: tuple[int, ...]


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def front_matter_lines(lines: list[str]) -> int:
    """Number of lines the front matter takes at the top (0 when there is none).

    Handles ``---`` YAML, ``+++`` TOML, ``;;;`` Hexo JSON and Hexo's header without an opening
    ``---`` (``key: value`` lines closed by ``---``).
    """
    if not lines:
        return 0
    first = lines[0].lstrip("\ufeff").rstrip()
    if first in _DELIMITERS:
        for index in range(1, len(lines)):
            if lines[index].rstrip() in _DELIMITERS[first]:
                return index + 1
        return 0
    if _HEXO_KEY.match(first):
        for index, line in enumerate(lines):
            if line.rstrip() == "---":
                return index + 1
            if not line.strip():
                return 0
    return 0


def _mark_tags(lines: list[str], kinds: list[LineKind]) -> None:
    """Engine tags on their own lines, the verbatim content of code-like tags, and ``$$`` math."""
    index = 0
    while index < len(lines):
        line = lines[index]
        if kinds[index] not in (LineKind.PARAGRAPH, LineKind.OTHER):
            index += 1
            continue
        if line.strip() == "$$":
            end = _find_line(lines, index + 1, lambda text: text.strip() == "$$")
            _fill(kinds, index, end, LineKind.MATH)
            index = end + 1
            continue
        opened = _TAG_OPEN.match(line) or _SHORTCODE_OPEN.match(line)
        if opened and not opened.group(1).startswith("end"):
            name = opened.group(1)
            end = _find_line(lines, index + 1, partial(_closes, name=name))
            if end < len(lines):
                inner = LineKind.CODE if name in _VERBATIM_TAGS else LineKind.TAG_CONTENT
                _fill(kinds, index + 1, end - 1, inner)
                kinds[index] = kinds[end] = LineKind.TAG
                index = end + 1
                continue
        if _TAG_ONLY.match(line):
            kinds[index] = LineKind.TAG
        index += 1


def _closes(text: str, *, name: str) -> bool:
    stripped = text.strip()
    return bool(
        re.fullmatch(r"\{%-?\s*end" + re.escape(name) + r"\s*-?%\}", stripped)
        or re.fullmatch(r"\{\{[<%]\s*/\s*" + re.escape(name) + r"\s*[>%]\}\}", stripped)
    )


def _find_line(lines: list[str], start: int, test: Callable[[str], bool]) -> int:
    for index in range(start, len(lines)):
        if test(lines[index]):
            return index
    return len(lines)


def _fill(kinds: list[LineKind], first: int, last: int, kind: LineKind) -> None:
    for index in range(first, min(last, len(kinds) - 1) + 1):
        kinds[index] = kind


def _mark_blocks(tokens: list[Token], kinds: list[LineKind], offset: int) -> None:
    for token in tokens:
        if token.map is None:
            continue
        first, last = token.map[0] + offset, token.map[1] + offset - 1
        if token.level == 0 and token.type in _TOP_KINDS:
            _fill(kinds, first, last, _TOP_KINDS[token.type])
        elif token.type in ("fence", "code_block"):
            _fill(kinds, first, last, LineKind.CODE)
        elif token.type == "html_block":
            _fill(kinds, first, last, LineKind.HTML)


def classify_lines(text: str) -> LineMap:
    """Split ``text`` on ``\\n`` and tell what each line is."""
    lines = text.split("\n")
    starts: list[int] = []
    position = 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    header = front_matter_lines(lines)
    kinds = [LineKind.FRONT_MATTER] * header + [LineKind.BLANK] * (len(lines) - header)
    body = "\n".join(lines[header:])
    _mark_blocks(_parser().parse(body), kinds, header)
    for index in range(header, len(lines)):
        if kinds[index] is LineKind.BLANK and lines[index].strip():
            kinds[index] = LineKind.OTHER
    _mark_tags(lines, kinds)
    return LineMap(tuple(lines), tuple(kinds), tuple(starts))
