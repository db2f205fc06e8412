"""Slugs for new post files, including Chinese titles.

Two styles, the user chooses:

- ``"pinyin"``: Han characters become toneless pinyin syllables (pypinyin), everything lower-case
  ASCII joined by ``-``: ``新质生产力 Hello`` -> ``xin-zhi-sheng-chan-li-hello``. Stable, URL-safe.
- ``"engine"``: what the engine's own CLI would do. Hexo uses hexo-util ``slugize`` (keeps case and
  Chinese; spaces and ``~`!@#$%^&*()-_+=[]{}|\\;:"'<>,.?/`` become ``-``), so ``hexo new`` and
  Postpad name the file the same way. Other engines keep Unicode letters and lower-case the rest
  (Jekyll ``slugify``, Hugo ``urlize``).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from postpad.core.engines import engine_for
from postpad.core.text.hexo_slug import escape_diacritic, hexo_slugize

SlugStyle = Literal["pinyin", "engine"]
SLUG_STYLES: tuple[SlugStyle, ...] = ("pinyin", "engine")

__all__ = ["SLUG_STYLES", "SlugStyle", "hexo_slugize", "make_slug", "pinyin_slug", "unicode_slug"]


def unicode_slug(text: str) -> str:
    """Lower-case, Unicode letters and digits kept, every other run becomes ``-``."""
    normal = unicodedata.normalize("NFKC", escape_diacritic(text)).lower()
    return re.sub(r"[\W_]+", "-", normal).strip("-")


def pinyin_slug(text: str) -> str:
    """Toneless pinyin for Han characters, ASCII for the rest: lower-case, ``-`` separated."""
    joined = unicodedata.normalize("NFKC", text)
    if not joined.isascii():  # ASCII (a camera's IMG_0001) is what pypinyin would give back
        # it loads its phrase dictionary on import (0.2-0.6 s): only for a slug that needs it
        # (a paste of camera photos paid it on the UI thread, decision 0215)
        from pypinyin import Style, lazy_pinyin

        joined = "-".join(lazy_pinyin(joined, style=Style.NORMAL, errors="default"))
    ascii_text = unicodedata.normalize("NFKD", escape_diacritic(joined))
    ascii_text = ascii_text.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def make_slug(
    title: str, engine: str, style: SlugStyle = "pinyin", *, filename_case: int = 0
) -> str:
    """The slug for ``title``; never empty (falls back to ``untitled``)."""
    if style == "pinyin":
        slug = pinyin_slug(title)
    elif engine_for(engine).slugize:
        slug = hexo_slugize(title, transform=filename_case)
    else:
        slug = unicode_slug(title)
    return slug or "untitled"
