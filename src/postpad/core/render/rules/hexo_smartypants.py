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


def _hexo_smartypants(state: StateCore) -> None:
    for token in state.tokens:
        if token.type != "inline" or not token.children:
            continue
        for child in token.children:
            if child.type == "text":
                child.content = smartypants(child.content)


def hexo_smartypants_plugin(md: MarkdownIt) -> None:
    """Run Hexo's smartypants after inline text has been joined."""
    md.core.ruler.push("hexo_smartypants", _hexo_smartypants)
