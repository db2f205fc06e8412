"""Blog statistics: the 字数 a Hexo/Butterfly blog shows, reading time, characters, paragraphs.

hexo-wordcount (willin/hexo-wordcount ``index.js``, used by Butterfly's ``wordcount``) turns the
rendered post into plain text (images and link targets dropped), counts Han characters
``[\\u4E00-\\u9FA5]``, removes them, and counts the rest with the ``wordcount`` package's
pattern (runs of ASCII letters/digits/``_``, Greek and Cyrillic letters, other CJK scripts).
The 字数 is the sum of both. ``min2read`` is ``han / 300 + words / 160`` minutes, at least 1.

Front matter is excluded; code counts as hexo-wordcount counts it on the page: a Hexo code
block's line numbers and lines joined without a space (``<br>`` is dropped), its ``'`` ``"`` ``&``
``<`` ``>`` as the entities the highlighter writes (decision 0288, which amends 0012).

Hugo's ``.WordCount`` and Jekyll's ``number_of_words`` count the text of the rendered page, code
included, by whitespace (and CJK characters one each in their CJK modes); each block's figures
for them are kept here too, and ``postpad.core.count_rules`` picks the site's (decision 0276).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from html import unescape
from itertools import pairwise

from markdown_it import MarkdownIt
from markdown_it.token import Token

from postpad.core.hexo_page_text import (
    HAN,
    HEXO_CODE,
    HEXO_CODE_TAGS,
    MARKED_ESCAPES,
    WORD,
    caption,
    escaped_in_text,
    hexo_code_text,
    hexo_edges,
)

#: marked writes an entity as written and ``&`` as ``&amp;``: hexo-wordcount's stripHTML keeps
#: them, so each one's name (``ensp``, ``amp``) is one more word on the blog (decision 0276)
_AMPERSAND = re.compile(r"&(?!lt;|gt;)")  # &lt; and &gt; are text's < and >, counted there
_CODE_SPAN = re.compile(r"(`+).*?\1|\]\([^)]*\)", re.S)
#: Go's unicode.IsSpace (Hugo's word fields) and Ruby's ASCII whitespace (``String#split``)
_GO_SPACE = re.compile(r"[\t\n\v\f\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")
_RUBY_FIELD = re.compile(r"[^\t\n\v\f\r \x00]+")
#: \p{Han}, \p{Katakana}, \p{Hiragana} and \p{Hangul}: Hugo's cjkRe and Jekyll's cjk_charset
CJK_CLASS = (
    "\u1100-\u11ff\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029"
    "\u302e-\u302f\u3038-\u303b\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fd-\u30ff"
    "\u3131-\u318e\u31f0-\u321e\u3260-\u327e\u32d0-\u32fe\u3300-\u3357\u3400-\u4dbf"
    "\u4e00-\u9fff\ua960-\ua97c\uac00-\ud7a3\ud7b0-\ud7c6\ud7cb-\ud7fb\uf900-\ufa6d"
    "\ufa70-\ufad9\uff66-\uff6f\uff71-\uff9d\uffa0-\uffbe\uffc2-\uffc7\uffca-\uffcf"
    "\uffd2-\uffd7\uffda-\uffdc\U00016fe2-\U00016fe3\U00016ff0-\U00016ff6"
    "\U0001aff0-\U0001aff3\U0001aff5-\U0001affb\U0001affd-\U0001affe"
    "\U0001b000-\U0001b128\U0001b132\U0001b150-\U0001b152\U0001b155"
    "\U0001b164-\U0001b168\U0001f200\U00020000-\U0002a6df\U0002a700-\U0002b81e"
    "\U0002b820-\U0002cead\U0002ceb0-\U0002ebe0\U0002ebf0-\U0002ee5d"
    "\U0002f800-\U0002fa1d\U00030000-\U0003134a\U00031350-\U00033479"
)
CJK = re.compile(f"[{CJK_CLASS}]")
_NOT_CJK_RUN = re.compile(f"[^{CJK_CLASS}\t\n\v\f\r ]+")
#: the same without the supplementary planes: ``re`` tests each range in turn, so the whole class
#: costs 0.2 s a megabyte of English text and this one 3 ms (the full one where a text has a
#: character past U+FFFF)
_BMP_CLASS = CJK_CLASS[: CJK_CLASS.index("\U00016fe2")]
_CJK_BMP = re.compile(f"[{_BMP_CLASS}]")
_NOT_CJK_RUN_BMP = re.compile(f"[^{_BMP_CLASS}\t\n\v\f\r ]+")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
#: control characters where Python's ``str.split`` differs from Go's and Ruby's spaces
_SPLIT_DIFFERS = re.compile("[\x00\x1c-\x1f]")
_TAG = re.compile(r"<[^>]*>")
_SCRIPT = re.compile(r"<script.*?</script>|<style.*?</style>|<!--.*?-->", re.S | re.I)
_SPACE = re.compile(r"\s")


@dataclass(frozen=True)
class TextStats:
    """Counts for a post body (or one block of it); instances add up."""

    han: int = 0
    latin_words: int = 0
    chars: int = 0
    chars_no_spaces: int = 0
    paragraphs: int = 0
    #: Hugo: fields between Go spaces (``.WordCount``), and with ``hasCJKLanguage`` each
    #: field with a non-ASCII character counted by its characters
    fields: int = 0
    fields_cjk: int = 0
    #: Jekyll ``number_of_words``: Ruby ``split`` fields; "cjk" mode's CJK characters and runs
    #: of other non-space characters
    split_words: int = 0
    cjk_chars: int = 0
    cjk_runs: int = 0
    #: hexo-wordcount: marked writes no line break after a heading, so its last word runs into
    #: the next block's first (``</h2><p>Next``): 1 when the block is a heading ending in a
    #: word, 1 when it starts with one (see :func:`hexo_joins`; decision 0288)
    hexo_tail: int = 0
    hexo_lead: int = 0

    @property
    def wordcount(self) -> int:
        """The blog's 字数: Han characters plus word tokens (hexo-wordcount)."""
        return self.han + self.latin_words

    @property
    def words(self) -> int:
        return self.wordcount

    @property
    def minutes(self) -> int:
        """hexo-wordcount 6.0.1 ``min2read`` with its defaults (300 Han, 160 words a minute)."""
        return self.min2read(300, 160)

    def min2read(self, cn: int, en: int) -> int:
        """hexo-wordcount ``min2read(content, {cn, en})``: ``parseInt`` of the minutes, at least
        1 (Butterfly passes ``cn: 350``; decision 0276)."""
        return max(1, int(self.han / cn + self.latin_words / en))

    def __add__(self, other: TextStats) -> TextStats:
        return TextStats(*(getattr(self, f) + getattr(other, f) for f in _FIELDS))

    def __sub__(self, other: TextStats) -> TextStats:
        return TextStats(*(getattr(self, f) - getattr(other, f) for f in _FIELDS))


_FIELDS = tuple(f.name for f in fields(TextStats))


EMPTY = TextStats()


def count_plain(
    text: str,
    paragraphs: int = 0,
    *,
    page_text: str | None = None,
    entities: int = 0,
    hexo_text: str | None = None,
) -> TextStats:
    """Counts for already-visible text (no Markdown); ``page_text`` is the text Hugo and Jekyll
    count (code included; ``text`` when None), ``hexo_text`` hexo-wordcount's (code included as
    Hexo writes it; ``text`` when None), ``entities`` the words marked's ``&`` adds."""
    counted = text if hexo_text is None else hexo_text
    han = len(HAN.findall(counted))
    latin = len(WORD.findall(HAN.sub("", counted))) if han else len(WORD.findall(counted))
    visible = text.replace("\n", "")
    chars = len(visible)
    chars_no_spaces = chars - len(_SPACE.findall(visible))
    page = text if page_text is None else page_text
    return TextStats(han, latin + entities, chars, chars_no_spaces, paragraphs, *_page_counts(page))


def _page_counts(page: str) -> tuple[int, int, int, int, int]:
    """Hugo's fields (plain and CJK mode), Ruby's fields, Jekyll's CJK characters and runs."""
    if page.isascii() and not _SPLIT_DIFFERS.search(page):  # most English blocks: C speed
        fields = len(page.split())
        return fields, fields, fields, 0, fields
    words = [w for w in _GO_SPACE.split(page) if w]
    cjk_fields = sum(1 if w.isascii() else len(w) for w in words)
    astral = _ASTRAL.search(page) is not None
    cjk = (CJK if astral else _CJK_BMP).findall(page)
    runs = (_NOT_CJK_RUN if astral else _NOT_CJK_RUN_BMP).findall(page)
    return len(words), cjk_fields, len(_RUBY_FIELD.findall(page)), len(cjk), len(runs)


_INDENT = ("\u2002", "\u2003", "\u3000", "\u00a0", "\t")


def _inline_text(token: Token, out: list[str], code: bool = False, hexo: bool = False) -> int:
    """Append the inline text (with inline code when ``code``, or as marked escapes it when
    ``hexo``); return how many extra indented paragraphs it holds.

    Posts in the first user's style indent each line with ``&ensp;`` and keep lines together
    (Hexo turns the breaks into ``<br>``): each such indented line reads as a paragraph.
    """
    extra = 0
    after_break = False
    for child in token.children or ():
        kind = child.type
        if code and kind == "code_inline":
            out.append(child.content.translate(_SPAN_ESCAPES))
        elif hexo and kind == "code_inline":
            out.append(child.content.translate(MARKED_ESCAPES))  # decision 0288
        elif _SHOWN in (child.meta or {}):
            out.append(child.meta[_SHOWN])  # a Hexo tag's text on the page (decision 0276)
        elif code and kind == "pp_tag_inline" and "pp_text" in (child.meta or {}):
            out.append(child.meta["pp_text"])  # what the render wrote (Hugo's param)
        elif kind in ("text", "pp_literal"):
            if after_break and child.content.startswith(_INDENT):
                extra += 1
            out.append(_as_written(child.content, token.content) if code else child.content)
            after_break = False
        elif kind in ("softbreak", "hardbreak"):
            out.append("" if hexo else "\n")  # marked (breaks: true) writes <br>: no space
            after_break = True
    return extra


#: how Chroma (code blocks) and Goldmark (code spans) escape code: in Hugo's CJK mode a field's
#: characters are counted, ``&#39;`` included (decision 0276)
_BLOCK_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "'": "&#39;", '"': "&#34;"})
_SPAN_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})
#: Goldmark's typographer writes entities (``&ldquo;``): in Hugo's CJK mode ``“npm”`` made from
#: ``"npm"`` is one word, but the characters typed as they are count one each (decision 0276)
_TYPOGRAPHER = {
    "\u2018": "&lsquo;",
    "\u2019": "&rsquo;",
    "\u201c": "&ldquo;",
    "\u201d": "&rdquo;",
    "\u2013": "&ndash;",
    "\u2014": "&mdash;",
    "\u2026": "&hellip;",
    "\u00ab": "&laquo;",
    "\u00bb": "&raquo;",
}


def _as_written(text: str, source: str) -> str:
    """``text`` as Goldmark writes it: ``&<>"`` escaped, the typographer's characters as the
    entities it writes, except those the
    paragraph's source has as characters or entity references (the author typed them; Goldmark
    writes a referenced character as the character)."""
    text = text.translate(_SPAN_ESCAPES)  # Goldmark escapes text as it escapes code spans
    if "&#" in source:
        return text
    made = {ch for ch, name in _TYPOGRAPHER.items() if ch in text and ch not in source}
    made = {ch for ch in made if _TYPOGRAPHER[ch] not in source}
    if not made:
        return text
    return "".join(_TYPOGRAPHER[ch] if ch in made else ch for ch in text)


_SKIPPED = frozenset({"fence", "code_block", "math_block", "math_block_label", "pp_tag_raw"})
_CODE = frozenset({"fence", "code_block", "math_block"})
#: block tag tokens whose output the render notes under ``_SHOWN`` (hexo_tag_text)
_TAG_PARTS = frozenset({"pp_tag_open", "pp_tag_close", "pp_section_open"})
_SHOWN = "pp_shown"


def _shown_key(token: Token) -> str:
    """A closing tag token shares its opening one's meta: its text has its own key."""
    return "pp_shown_end" if token.nesting < 0 else _SHOWN


def visible_text(
    tokens: Iterable[Token], code: bool = False, raw_html: bool = True, hexo: bool = False
) -> tuple[str, int]:
    """Text a reader sees (code, images, link targets and math left out unless ``code``: the
    page text Hugo and Jekyll count; raw HTML blocks left out unless ``raw_html``), and its
    paragraphs; ``hexo``: with code as Hexo writes it, the text hexo-wordcount counts."""
    out: list[str] = []
    paragraphs = 0
    last = ""
    for token in tokens:
        kind, previous, last = token.type, last, token.type
        if kind == "inline":
            paragraphs += _inline_text(token, out, code, hexo)
            if not (hexo and previous == "heading_open"):  # marked: no break after </h2>
                out.append("\n")
        elif kind == "paragraph_open":
            paragraphs += 1
        elif kind == "pp_tag_line":
            out.extend(
                _TAG.sub(" ", c.content) if c.type == "html_inline" else c.meta[_SHOWN]
                for c in token.children or ()
                if c.type == "html_inline" or _SHOWN in (c.meta or {})
            )
            if code:
                out.extend(
                    str(c.meta["pp_text"]) for c in token.children or () if "pp_text" in c.meta
                )
            out.append("\n")
        elif kind in _TAG_PARTS and _shown_key(token) in (token.meta or {}):
            out.append(token.meta[_shown_key(token)])  # a tab's name, a toggle's title
        elif kind == "html_block" and raw_html:
            # Hugo's and Jekyll's strip_html drop scripts, styles and comments whole
            # and join the text of adjacent tags (``<td>a</td><td>b</td>`` is one word there)
            if code:
                out.append(_TAG.sub("", _SCRIPT.sub(" ", token.content)))
            else:
                out.append(_TAG.sub(" ", token.content))
            out.append("\n")
        elif code and (kind in _CODE or (kind == "pp_tag_raw" and token.meta["name"] != "comment")):
            out.append(token.content.translate(_BLOCK_ESCAPES))
            out.append("\n")
        elif hexo and kind in HEXO_CODE:
            out.append(hexo_code_text(token))
        elif hexo and kind == "pp_tag_raw" and token.meta.get("name") in HEXO_CODE_TAGS:
            out.append(caption(str(token.meta.get("args", ""))) + hexo_code_text(token))
        elif kind == "pp_tag_raw" and token.meta.get("name") == "raw":
            # Hexo writes a {% raw %} block's HTML as it is; stripHTML drops its tags
            out.append(_TAG.sub("", token.content) + "\n")
    return "".join(out), paragraphs


def _ampersands(tokens: Iterable[Token]) -> int:
    """``&`` in the inline source outside code spans and link targets: each is an entity name
    (``ensp``, ``amp``) in marked's HTML that hexo-wordcount counts (decision 0276)."""
    return sum(
        len(_AMPERSAND.findall(_CODE_SPAN.sub("", token.content)))
        for token in tokens
        if token.type == "inline" and "&" in token.content
    )


def code_page_text(html: str) -> str:
    """The text Hugo and Jekyll count in a code block's HTML: line numbers too (Chroma's
    ``lineNos``), entities as Go escapes them (decision 0276)."""
    return unescape(_TAG.sub("", html.replace("\n", " \n"))).translate(_BLOCK_ESCAPES)


def stats_for_tokens(
    tokens: Sequence[Token], raw_html: bool = True, html: str | None = None
) -> TextStats:
    """Counts of a block; ``raw_html`` False: the engine omits raw HTML (Goldmark without
    ``unsafe``), so the page text Hugo counts has none; ``html``: the block's HTML, read for a
    block of code alone (decision 0276)."""
    text, paragraphs = visible_text(tokens)
    code_block = html is not None and len(tokens) == 1 and tokens[0].type in _CODE
    if code_block:
        page = code_page_text(html or "")
    else:
        page, _ = visible_text(tokens, code=True, raw_html=raw_html)
    if code_block and tokens[0].type in HEXO_CODE:
        hexo = hexo_code_text(tokens[0], html)
    else:
        hexo, _ = visible_text(tokens, hexo=True)
    # marked writes a text's < > / = ` as &lt; &gt; &#x2F; &#x3D; &#96; (hexo-util's
    # escapeHTML): hexo-wordcount counts lt, gt, x2F, x3D and 96 (decisions 0276, 0288)
    entities = _ampersands(tokens) + text.count("<") + text.count(">") + escaped_in_text(tokens)
    stats = count_plain(text, paragraphs, page_text=page, entities=entities, hexo_text=hexo)
    tail, lead = hexo_edges(tokens, hexo)
    return replace(stats, hexo_tail=tail, hexo_lead=lead) if tail or lead else stats


def hexo_joins(blocks: Sequence[TextStats]) -> int:
    """How many words hexo-wordcount counts fewer across these consecutive blocks: a heading's
    last word and the next block's first are one (decision 0288)."""
    return sum(a.hexo_tail and b.hexo_lead for a, b in pairwise(blocks))


def joined(total: TextStats, joins: int) -> TextStats:
    """``total`` with ``joins`` fewer hexo-wordcount words."""
    return replace(total, latin_words=total.latin_words - joins) if joins else total


@lru_cache(maxsize=1)
def _counting_parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    return md


def count_text(markdown_body: str) -> TextStats:
    """Statistics of a post body (front matter already removed) as the blog counts them."""
    tokens = _counting_parser().parse(markdown_body)
    blocks = [stats_for_tokens(group) for group in _top_level(tokens)]
    total = sum(blocks, EMPTY)
    return joined(total, hexo_joins(blocks))


def _top_level(tokens: Sequence[Token]) -> Iterable[Sequence[Token]]:
    """The tokens of each top-level block."""
    start = depth = 0
    for index, token in enumerate(tokens):
        depth += token.nesting
        if depth == 0:
            yield tokens[start : index + 1]
            start = index + 1
