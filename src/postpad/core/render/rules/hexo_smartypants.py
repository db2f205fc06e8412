"""hexo-renderer-marked's own smartypants (decision 0010), applied to inline text only.

An opening quote needs the start of the text, whitespace or one of ``-—/([{`` before it, so
quotes next to CJK characters all become *closing* quotes: ``他说"你好"`` → ``他说”你好”``.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore

_OPEN_SINGLE = re.compile(r"(^|[-\u2014/(\[{\"\s])'")
_OPEN_DOUBLE = re.compile(r"(^|[-\u2014/(\[{\u2018\s])\"")


def smartypants(text: str) -> str:
    """The same replacements, in the same order, as hexo-renderer-marked's ``smartypants``."""
    if not any(ch in text for ch in "-'\"."):
        return text
    text = text.replace("---", "\u2014").replace("--", "\u2013")
    text = _OPEN_SINGLE.sub("\\1\u2018", text).replace("'", "\u2019")
    text = _OPEN_DOUBLE.sub("\\1\u201c", text).replace('"', "\u201d")
    return text.replace("...", "\u2026")


_RAW_OPEN = re.compile(r"^<(pre|code|kbd|script)(\s|>)", re.IGNORECASE)
_URLS = ("linkify", "autolink")
_RAW_CLOSE = re.compile(r"^</(pre|code|kbd|script)(\s|>)", re.IGNORECASE)


def _hexo_smartypants(state: StateCore) -> None:
    """Like marked's lexer: not inside inline ``<pre>``/``<code>``/``<kbd>``/``<script>``, and
    never on an entity or an escaped character (marked sees ``&#34;`` as written), which is why
    this runs before text_join. marked's ``inRawBlock`` lasts past the paragraph when a tag is
    left open; here it ends with the paragraph, so each block renders on its own (incremental
    preview equals a full render). A URL marked links by itself (``url``, ``<autolink>``) is a
    text token its smartypants never sees (decision 0189)."""
    for token in state.tokens:
        if token.type != "inline" or not token.children:
            continue
        before, in_raw, in_url = "", False, False
        for child in token.children:
            if child.type in ("link_open", "link_close") and child.markup in _URLS:
                in_url = child.type == "link_open"
            if child.type == "html_inline":
                if _RAW_OPEN.match(child.content):
                    in_raw = True
                elif in_raw and _RAW_CLOSE.match(child.content):
                    in_raw = False
            if child.type == "text" and not in_raw and not in_url:
                child.content = smartypants(before + child.content)[len(before) :]
            source = child.markup if child.type == "text_special" else child.content
            before = source[-1:] if child.type in ("text", "text_special") else ""


def hexo_smartypants_plugin(md: MarkdownIt) -> None:
    """Run Hexo's smartypants on inline text before entities and escapes join it."""
    md.core.ruler.before("text_join", "hexo_smartypants", _hexo_smartypants)
