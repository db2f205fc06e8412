"""Argument splitting the way Hexo tags receive them."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ARG = re.compile(r"""(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(\S+))""")


def split_args(args: str) -> list[str]:
    """Space-separated arguments; double- or single-quoted ones may hold spaces (Hexo)."""
    out: list[str] = []
    for match in _ARG.finditer(args):
        quoted = match.group(1) if match.group(1) is not None else match.group(2)
        out.append(quoted if quoted is not None else match.group(3))
    return out


def comma_args(args: str) -> list[str]:
    """Butterfly's ``a,b,c`` style: the whole argument text split at commas."""
    return [part.strip() for part in " ".join(split_args(args)).split(",")]


@dataclass(frozen=True)
class TagSet:
    """Which tags a syntax knows: Markdown-bodied block tags, raw-bodied ones, inline ones."""

    block_markdown: frozenset[str]
    block_raw: frozenset[str]
    inline: frozenset[str]
