"""Argument splitting the way Hexo tags receive them."""

from __future__ import annotations

from dataclasses import dataclass

from postpad.core.tags.hexo_words import tokens


def split_args(args: str) -> list[str]:
    """Arguments the way Hexo's tag parser collects Nunjucks tokens (``extend/tag.js``).

    Whitespace separates; a quoted string (``"a b"`` or ``'a b'``, backslash escapes) joins the
    text next to it (``lang:"a b"`` is ``lang:a b``); each argument is trimmed and an empty one
    (``""``) is dropped. The words are :func:`postpad.core.tags.hexo_words.tokens`' (the tag
    forms keep their spans), so the preview and the forms read a tag alike.
    """
    return [word for _start, _end, word in tokens(args)]


def comma_args(args: str) -> list[str]:
    """Butterfly's ``a,b,c`` style: the whole argument text split at commas."""
    return [part.strip() for part in " ".join(split_args(args)).split(",")]


@dataclass(frozen=True)
class TagSet:
    """Which tags a syntax knows: Markdown-bodied block tags, raw-bodied ones, inline ones."""

    block_markdown: frozenset[str]
    block_raw: frozenset[str]
    inline: frozenset[str]
