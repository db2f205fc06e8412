"""Which rule the blog counts words and reading time by: the site's engine and theme decide.

- Hexo: hexo-wordcount 6.0.1 (``wordcount``, ``min2read``); Butterfly calls
  ``min2read(page.content, {cn: 350, en: 160})``.
- Hugo 0.168: ``.WordCount`` counts fields between spaces, or with ``hasCJKLanguage`` (the
  page's source holds a Han, Hiragana, Katakana or Hangul character; ``isCJKLanguage`` in the
  front matter decides instead) each field holding a non-ASCII character by its characters;
  ``.ReadingTime`` is the count over 212 a minute (500 in CJK mode), rounded up.
- Jekyll 4.3: ``content | strip_html | number_of_words`` splits on ASCII spaces; Chirpy uses
  ``number_of_words: "auto"`` (CJK characters one each, plus the runs between them) and shows
  ``words / 180`` minutes, at least 1; minima shows no count.

Measured on the real engines (decision 0276, tests/engines/test_count_rules_engines.py).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from postpad.core.engines import engine_for
from postpad.core.stats import CJK, TextStats

_CJK_KEY = re.compile(
    r"^\s*[\"']?iscjklanguage[\"']?\s*[:=]\s*[\"']?(true|false)\b", re.IGNORECASE | re.M
)
_HEADER_END = re.compile(r"\n(?:---|\+\+\+)\s*(?:\n|\Z)")


@dataclass(frozen=True)
class CountRule:
    """One engine's (or theme's) way to count: ``key`` names it, ``label`` is what the window
    shows (a name from the engine's own templates, not translated)."""

    key: str
    label: str

    @property
    def by_characters(self) -> bool:
        """Whether CJK characters count one each (the figure is 字, not words)."""
        return self.key in ("hexo-wordcount", "butterfly", "go-fields-cjk", "chirpy-cjk")

    @property
    def hexo_wordcount(self) -> bool:
        """Whether the figure is hexo-wordcount's (Chinese characters plus words)."""
        return self.key in ("hexo-wordcount", "butterfly")

    def words(self, stats: TextStats) -> int:
        if self.key == "go-fields":
            return stats.fields
        if self.key == "go-fields-cjk":
            return stats.fields_cjk
        if self.key == "ruby-split" or (self.key == "chirpy" and not stats.cjk_chars):
            return stats.split_words
        if self.key in ("chirpy", "chirpy-cjk"):
            return stats.cjk_chars + stats.cjk_runs
        return stats.wordcount

    def minutes(self, stats: TextStats) -> int | None:
        """Reading time as the blog shows it; None when it shows none."""
        words = self.words(stats)
        if self.key == "go-fields":
            return -(-words // 212)
        if self.key == "go-fields-cjk":
            return -(-words // 500)
        if self.key == "ruby-split":
            return None
        if self.key in ("chirpy", "chirpy-cjk"):
            return max(1, words // 180)
        return stats.min2read(350 if self.key == "butterfly" else 300, 160)

    def for_stats(self, stats: TextStats) -> CountRule:
        """Chirpy's "auto" mode counts by characters when the page has a CJK character."""
        if self.key == "chirpy" and stats.cjk_chars:
            return CountRule("chirpy-cjk", self.label)
        return self


HEXO = CountRule("hexo-wordcount", "hexo-wordcount")
BUTTERFLY = CountRule("butterfly", "Butterfly (hexo-wordcount)")
HUGO = CountRule("go-fields", "Hugo .WordCount")
HUGO_CJK = CountRule("go-fields-cjk", "Hugo .WordCount (hasCJKLanguage)")
JEKYLL = CountRule("ruby-split", "Jekyll number_of_words")
CHIRPY = CountRule("chirpy", 'Chirpy (number_of_words: "auto")')


def _lower_keys(config: Mapping[str, object]) -> dict[str, object]:
    return {str(key).lower(): value for key, value in config.items()}


def hugo_cjk(config: Mapping[str, object], text: str, body_cjk: bool | None = None) -> bool:
    """Hugo's ``isCJKLanguage`` for a page: its front matter's, else with the site's
    ``hasCJKLanguage`` whether the whole source (front matter too) holds a CJK character.
    ``body_cjk``: whether the body has one, already known (the render's counts: searching a
    long post's text again costs 0.1 s a megabyte); None: search ``text``."""
    end = _HEADER_END.search(text, 3) if text.startswith(("---", "+++")) else None
    found = _CJK_KEY.search(text, 0, end.start()) if end is not None else None
    if found is not None:
        return found[1].lower() == "true"
    if _lower_keys(config).get("hascjklanguage") is not True:
        return False
    if body_cjk is None:
        return CJK.search(text) is not None
    return body_cjk or (end is not None and CJK.search(text, 0, end.start()) is not None)


def reads_source(engine: str) -> bool:
    """Whether the rule depends on the post's whole text (Hugo's CJK detection)."""
    return engine_for(engine).word_count == "go_fields"


def rule_for(
    engine: str,
    theme: str | None,
    config: Mapping[str, object],
    text: str = "",
    body_cjk: bool | None = None,
) -> CountRule:
    """The rule the post's site counts by; other engines keep hexo-wordcount's (decision 0012).
    ``text`` is the whole post, ``body_cjk`` as :func:`hugo_cjk` reads it."""
    theme = (theme or "").lower()
    style = engine_for(engine).word_count
    if style == "go_fields":
        return HUGO_CJK if hugo_cjk(config, text, body_cjk) else HUGO
    if style == "number_of_words":
        return CHIRPY if "chirpy" in theme else JEKYLL
    return BUTTERFLY if theme == "butterfly" else HEXO
