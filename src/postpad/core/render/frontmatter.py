"""Adapter to :mod:`postpad.core.frontmatter`'s splitter (with a tiny fallback while it lands)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from postpad.core.engines import engine_for

_FALLBACK = re.compile(r"\A(-{3,}|\+{3})\n.*?^\1[ \t]*(?:\n|\Z)", re.MULTILINE | re.DOTALL)


@dataclass(frozen=True)
class PostParts:
    header: str
    body: str
    body_line: int


def normalise_newlines(text: str) -> str:
    """``\r\n`` and lone ``\r`` as ``\n`` (markdown-it counts them as line breaks too)."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_post(text: str, engine: str) -> PostParts:
    """Header and body of ``text``; ``body_line`` is the 1-based file line of the body."""
    text = normalise_newlines(text)
    try:
        from postpad.core.frontmatter.split import split_front_matter
    except ImportError:  # pragma: no cover - only while the front-matter module is missing
        match = _FALLBACK.match(text)
        header = match.group(0) if match else ""
        return PostParts(header, text[len(header) :], header.count("\n") + 1)
    # where the engine finds the header (Hugo after blank lines; decision 0090)
    headless = engine_for(engine).headless_front_matter
    split = split_front_matter(text, allow_headless=headless, engine=engine)
    return PostParts(split.header, split.body, split.body_line)
