"""The text hexo-wordcount reads from a Hexo page, where it differs from what a reader sees
(decision 0288): marked and Hexo's highlighter write characters as entities whose names count as
words, ``stripHTML`` drops tags without a space (a code block's line numbers and lines run
together, a heading's last word runs into the next block's first).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from html import unescape

from markdown_it.token import Token

HAN = re.compile(r"[\u4E00-\u9FA5]")
#: the ``wordcount`` npm package's pattern (JavaScript ``\w`` is ASCII-only)
WORD = re.compile(
    r"[a-zA-Z0-9_\u0392-\u03c9\u0400-\u04FF]+"
    r"|[\u4E00-\u9FFF\u3400-\u4dbf\uf900-\ufaff\u3040-\u309f\uac00-\ud7af\u0400-\u04FF]+"
    r"|[\u00E4\u00C4\u00E5\u00C5\u00F6\u00D6]+"  # hexo-wordcount 6.0.1's own addition
    r"|[A-Za-z0-9_]+"
)

#: how marked (code spans, indented code) and Hexo's highlighter (code blocks) escape code:
#: hexo-wordcount counts each entity's name as a word (``&#39;`` and ``&#x27;`` one each)
MARKED_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}
)
#: Hexo also writes a code block's braces as entities, so Nunjucks leaves them alone
_HEXO_BLOCK_ESCAPES = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "'": "&#39;",
        "{": "&#123;",
        "}": "&#125;",
    }
)
_TAG = re.compile(r"<[^>]*>")


#: code Hexo writes on the page: fences highlighted with line numbers, indented code by marked
HEXO_CODE = frozenset({"fence", "code_block"})
_LINE_BREAK = re.compile(r"<br\s*/?>|\n")


#: Hexo's code tags, written as a fence is with the caption above (``lib/plugins/tag/code.ts``)
HEXO_CODE_TAGS = frozenset({"codeblock", "code"})
_OPTION = re.compile(r"\S+:\S*")


def caption(args: str) -> str:
    """A code tag's caption text: its arguments without ``lang:``-style options."""
    return " ".join(_OPTION.sub(" ", args).split()).translate(MARKED_ESCAPES)


def hexo_code_text(token: Token, html: str | None = None) -> str:
    """A code block's text as hexo-wordcount reads it from Hexo's page (decision 0288):
    ``stripHTML`` drops the tags without a space, so the gutter's numbers (``12``) run into
    the first line and each line into the next. ``html``: the preview's HTML of the block (the
    site's ``line_number`` shown or not); without it Hexo's default, numbers on a fence."""
    if token.type == "code_block":  # marked's own <pre><code>: lines kept, braces as typed
        return token.content.translate(MARKED_ESCAPES)
    if html is not None:
        text = unescape(_TAG.sub("", _LINE_BREAK.sub("", html)))
        return text.translate(_HEXO_BLOCK_ESCAPES) + "\n"
    lines = token.content.removesuffix("\n").split("\n")
    gutter = "".join(str(n) for n in range(1, len(lines) + 1))
    return gutter + "".join(lines).translate(_HEXO_BLOCK_ESCAPES) + "\n"


_TEXT_ESCAPED = re.compile(r"[/=`]")


def escaped_in_text(tokens: Iterable[Token]) -> int:
    """``/``, ``=`` and a lone backtick in the Markdown text (not raw HTML, not a tag's
    output): each is an entity on a Hexo page (``&#x2F;``), one more word (decision 0288)."""
    count = 0
    for token in tokens:
        autolink = False  # marked writes an autolink's text as its URL, unescaped
        for child in token.children or () if token.type == "inline" else ():
            if child.type == "link_open":
                autolink = child.markup in ("autolink", "linkify")
            elif child.type == "link_close":
                autolink = False
            elif child.type == "text" and not autolink:
                count += len(_TEXT_ESCAPED.findall(child.content))
    return count


#: blocks whose HTML starts with their text (``<p>``, a heading's empty anchor, a code
#: block's gutter); a list, table or quote starts with a line break
_LEADING = frozenset({"paragraph_open", "heading_open", "fence"})


def hexo_edges(tokens: Sequence[Token], hexo: str) -> tuple[int, int]:
    """(1 when the block is a heading ending in a word, 1 when it starts with a word) in the
    text hexo-wordcount reads (Han characters are removed before words are counted)."""
    if not tokens or not hexo:
        return 0, 0
    words = HAN.sub("", hexo).strip("\n")  # Han characters are removed before words count
    if not words:
        return 0, 0
    lead = int(tokens[0].type in _LEADING and WORD.match(words[0]) is not None)
    tail = int(tokens[0].type == "heading_open" and WORD.match(words[-1]) is not None)
    return tail, lead
