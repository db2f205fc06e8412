"""Blog statistics: the 字数 a Hexo/Butterfly blog shows, reading time, characters, paragraphs.

hexo-wordcount (willin/hexo-wordcount ``index.js``, used by Butterfly's ``wordcount``) turns the
rendered post into plain text (images and link targets dropped), counts Han characters
``[\\u4E00-\\u9FA5]``, removes them, and counts the rest with the ``wordcount`` package's
pattern (runs of ASCII letters/digits/``_``, Greek and Cyrillic letters, other CJK scripts).
The 字数 is the sum of both. ``min2read`` is ``han / 300 + words / 160`` minutes, at least 1.

Here, as the team asked, front matter *and code* are excluded (hexo-wordcount itself counts the
text of code blocks too; see docs/decisions/0012).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

HAN = re.compile(r"[\u4E00-\u9FA5]")
#: the ``wordcount`` npm package's pattern (JavaScript ``\w`` is ASCII-only)
WORD = re.compile(
    r"[a-zA-Z0-9_\u0392-\u03c9\u0400-\u04FF]+"
    r"|[\u4E00-\u9FFF\u3400-\u4dbf\uf900-\ufaff\u3040-\u309f\uac00-\ud7af\u0400-\u04FF]+"
    r"|[A-Za-z0-9_]+"
)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s")


@dataclass(frozen=True)
class TextStats:
    """Counts for a post body (or one block of it); instances add up."""

    han: int = 0
    latin_words: int = 0
    chars: int = 0
    chars_no_spaces: int = 0
    paragraphs: int = 0

    @property
    def wordcount(self) -> int:
        """The blog's 字数: Han characters plus word tokens (hexo-wordcount)."""
        return self.han + self.latin_words

    @property
    def words(self) -> int:
        return self.wordcount

    @property
    def minutes(self) -> int:
        """Butterfly ``min2read``: 300 Han characters and 160 words a minute, at least 1."""
        reading = self.han / 300 + self.latin_words / 160
        if reading < 1:
            return 1
        return int(reading + 0.5)  # numeral(x).format('0') rounds half up

    def __add__(self, other: TextStats) -> TextStats:
        return TextStats(
            self.han + other.han,
            self.latin_words + other.latin_words,
            self.chars + other.chars,
            self.chars_no_spaces + other.chars_no_spaces,
            self.paragraphs + other.paragraphs,
        )

    def __sub__(self, other: TextStats) -> TextStats:
        return TextStats(
            self.han - other.han,
            self.latin_words - other.latin_words,
            self.chars - other.chars,
            self.chars_no_spaces - other.chars_no_spaces,
            self.paragraphs - other.paragraphs,
        )


EMPTY = TextStats()


def count_plain(text: str, paragraphs: int = 0) -> TextStats:
    """Counts for already-visible text (no Markdown)."""
    han = len(HAN.findall(text))
    latin = len(WORD.findall(HAN.sub("", text))) if han else len(WORD.findall(text))
    visible = text.replace("\n", "")
    chars = len(visible)
    chars_no_spaces = chars - len(_SPACE.findall(visible))
    return TextStats(han, latin, chars, chars_no_spaces, paragraphs)


_INDENT = ("\u2002", "\u2003", "\u3000", "\u00a0", "\t")


def _inline_text(token: Token, out: list[str]) -> int:
    """Append the inline text; return how many extra indented paragraphs it holds.

    Posts in the first user's style indent each line with ``&ensp;`` and keep lines together
    (Hexo turns the breaks into ``<br>``): each such indented line reads as a paragraph.
    """
    extra = 0
    after_break = False
    for child in token.children or ():
        kind = child.type
        if kind in ("text", "pp_literal"):
            if after_break and child.content.startswith(_INDENT):
                extra += 1
            out.append(child.content)
            after_break = False
        elif kind in ("softbreak", "hardbreak"):
            out.append("\n")
            after_break = True
    return extra


_SKIPPED = frozenset({"fence", "code_block", "math_block", "math_block_label", "pp_tag_raw"})


def visible_text(tokens: Iterable[Token]) -> tuple[str, int]:
    """Text a reader sees (code, images, link targets and math left out), and its paragraphs."""
    out: list[str] = []
    paragraphs = 0
    for token in tokens:
        kind = token.type
        if kind == "inline":
            paragraphs += _inline_text(token, out)
            out.append("\n")
        elif kind == "paragraph_open":
            paragraphs += 1
        elif kind == "pp_tag_line":
            out.extend(
                _TAG.sub(" ", c.content) for c in token.children or () if c.type == "html_inline"
            )
            out.append("\n")
        elif kind == "html_block":
            out.append(_TAG.sub(" ", token.content))
            out.append("\n")
        elif kind in _SKIPPED:
            continue
    return "".join(out), paragraphs


def stats_for_tokens(tokens: Sequence[Token]) -> TextStats:
    text, paragraphs = visible_text(tokens)
    return count_plain(text, paragraphs)


@lru_cache(maxsize=1)
def _counting_parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    return md


def count_text(markdown_body: str) -> TextStats:
    """Statistics of a post body (front matter already removed) as the blog counts them."""
    return stats_for_tokens(_counting_parser().parse(markdown_body))
