"""Heading ids the way each engine makes them.

* ``hexo``: hexo-util ``slugize`` (keeps case and CJK; runs of spaces and ASCII punctuation become
  one ``-``), duplicates get ``-1``, ``-2`` (hexo-renderer-marked ``headingId`` counter).
* ``github``: lowercase, letters/digits/``-``/``_`` kept, spaces become ``-``, other characters
  dropped (Goldmark ``autoHeadingID`` github style, github-slugger); duplicates ``-1``, ``-2``.
"""

from __future__ import annotations

import re
import unicodedata

_CONTROL = re.compile(r"[\u0000-\u001f]")
_SPECIAL = re.compile(r"""[\s~`!@#$%^&*()\-_+=\[\]{}|\\;:"'<>,.?/]+""")
_DASHES = re.compile(r"-{2,}")


def _strip_diacritics(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    kept = [ch for ch in decomposed if not (unicodedata.combining(ch) and ch.isascii() is False)]
    return unicodedata.normalize("NFC", "".join(kept))


def hexo_slugize(text: str, transform: int = 0) -> str:
    """hexo-util ``slugize(str, {transform})``."""
    result = _SPECIAL.sub("-", _CONTROL.sub("", _strip_diacritics(text)))
    result = _DASHES.sub("-", result).strip("-")
    if transform == 1:
        return result.lower()
    if transform == 2:
        return result.upper()
    return result


def github_slug(text: str) -> str:
    """GitHub-style id: lowercase, punctuation dropped, spaces to ``-``."""
    out: list[str] = []
    for ch in text.strip().lower():
        if ch.isalnum() or ch in "-_":
            out.append(ch)
        elif ch.isspace():
            out.append("-")
        elif unicodedata.category(ch).startswith("M"):
            out.append(ch)
    return "".join(out)


def base_slug(style: str, text: str, transform: int = 0) -> str:
    if style == "hexo":
        return hexo_slugize(text.strip(), transform)
    if style in ("github", "kramdown"):
        return github_slug(text) or "heading"
    return ""


class HeadingIdAllocator:
    """Hands out unique ids in document order (``x``, ``x-1``, ``x-2`` …)."""

    def __init__(self) -> None:
        self._counts: dict[str, int] = {}

    def allocate(self, base: str) -> str:
        count = self._counts.get(base)
        if count is None:
            self._counts[base] = 1
            return base
        self._counts[base] = count + 1
        return f"{base}-{count}"
