"""Latin words of the prose, for spell checking that never looks at Han text.

Only runs of Latin letters (with an inner apostrophe or hyphen) outside code, URLs, markup and
front matter are returned; Han characters split words and are never part of one. Words in
ALL CAPS, with digits, or shorter than two letters are left out (acronyms, identifiers).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from postpad.core.typography.mask import mask_text

_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z]+)*")


@dataclass(frozen=True)
class Word:
    """One Latin word: offsets into the text and the word itself."""

    start: int
    end: int
    text: str


def latin_words(text: str, *, masked: str | None = None) -> Iterator[Word]:
    """Yield the Latin words of ``text`` that a spelling checker should look at."""
    masked = mask_text(text) if masked is None else masked
    for match in _WORD.finditer(masked):
        word = match.group()
        if len(word) < 2 or word.isupper():
            continue
        before = masked[match.start() - 1] if match.start() else ""
        after = masked[match.end()] if match.end() < len(masked) else ""
        if any(char.isdigit() or char == "_" for char in (before, after)):
            continue
        yield Word(match.start(), match.end(), word)
