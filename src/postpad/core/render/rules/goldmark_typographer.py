"""Goldmark's typographer (Hugo): each quote decides by its neighbours alone, no pairing.

Unlike markdown-it, which converts a quote only when it finds its partner, Goldmark opens a quote
after a space, the start of the text or punctuation, closes one that is open when a space, the end
or punctuation follows, and otherwise leaves it straight: ``他说"你好"`` keeps straight quotes
(engines.md §4.4) while ``。'单引号'`` gets ‘…’. (Goldmark also carries unclosed quotes into later
paragraphs; a block-wise preview does not.)
Dashes and ellipses: ``---`` → —, ``--`` → –, ``...`` → …; ``<<``/``>>`` → «/».
"""

from __future__ import annotations

import unicodedata

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore

_QUOTES = {'"': ("\u201c", "\u201d"), "'": ("\u2018", "\u2019")}


def _space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _punct(ch: str) -> bool:
    return ch != "" and unicodedata.category(ch)[0] in "PS"


def _quote(ch: str, before: str, after: str, pending: dict[str, int]) -> str:
    left, right = _QUOTES[ch]
    if ch == "'" and before.isalnum() and (after.isalnum() or pending[ch] == 0):
        return right  # it's, authors'
    if ch == "'" and after.isdigit() and (_space(before) or _punct(before)):
        return right  # '90s
    if (_space(before) or _punct(before)) and not _space(after):
        pending[ch] += 1
        return left
    if pending[ch] and not _space(before) and (_space(after) or _punct(after)):
        pending[ch] -= 1
        return right
    return ch


def typographer(text: str) -> str:
    if not any(mark in text for mark in ('"', "'", "--", "...", "<<", ">>")):
        return text
    text = text.replace("---", "\u2014").replace("--", "\u2013").replace("...", "\u2026")
    text = text.replace("<<", "\u00ab").replace(">>", "\u00bb")
    chars = list(text)
    pending = {'"': 0, "'": 0}
    for index, ch in enumerate(chars):
        if ch in _QUOTES:
            before = text[index - 1] if index else ""
            after = text[index + 1] if index + 1 < len(text) else ""
            chars[index] = _quote(ch, before, after, pending)
    return "".join(chars)


def _goldmark_typographer(state: StateCore) -> None:
    for token in state.tokens:
        if token.type != "inline" or not token.children:
            continue
        for child in token.children:
            if child.type == "text":
                child.content = typographer(child.content)


def goldmark_typographer_plugin(md: MarkdownIt) -> None:
    md.core.ruler.push("goldmark_typographer", _goldmark_typographer)
