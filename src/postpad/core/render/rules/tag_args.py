"""Argument splitting the way Hexo tags receive them."""

from __future__ import annotations

from dataclasses import dataclass

# Nunjucks' lexer: only these separate tokens (a full-width space is part of an argument).
_WHITESPACE = frozenset(" \n\t\r\u00a0")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r"}


def split_args(args: str) -> list[str]:
    """Arguments the way Hexo's tag parser collects Nunjucks tokens (``extend/tag.js``).

    Whitespace separates; a quoted string (``"a b"`` or ``'a b'``, backslash escapes) joins the
    text next to it (``lang:"a b"`` is ``lang:a b``); each argument is trimmed and an empty one
    (``""``) is dropped.
    """
    out: list[str] = []
    item, i, n = "", 0, len(args)
    while i < n:
        ch = args[i]
        if ch in _WHITESPACE:
            _flush(out, item)
            item, i = "", i + 1
        elif ch in "\"'":
            text, i = _quoted(args, i)
            item += text
        else:
            item, i = item + ch, i + 1
    _flush(out, item)
    return out


def _flush(out: list[str], item: str) -> None:
    if item.strip():
        out.append(item.strip())


def _quoted(args: str, start: int) -> tuple[str, int]:
    """The string starting at the quote ``args[start]`` and the index after its end."""
    quote, text, i = args[start], "", start + 1
    while i < len(args) and args[i] != quote:
        if args[i] == "\\" and i + 1 < len(args):
            i += 1
            text += _ESCAPES.get(args[i], args[i])
        else:
            text += args[i]
        i += 1
    return text, i + 1


def comma_args(args: str) -> list[str]:
    """Butterfly's ``a,b,c`` style: the whole argument text split at commas."""
    return [part.strip() for part in " ".join(split_args(args)).split(",")]


@dataclass(frozen=True)
class TagSet:
    """Which tags a syntax knows: Markdown-bodied block tags, raw-bodied ones, inline ones."""

    block_markdown: frozenset[str]
    block_raw: frozenset[str]
    inline: frozenset[str]
