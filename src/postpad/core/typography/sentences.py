"""Sentence boundaries in mixed Chinese and English text (for focus mode).

A sentence ends after 。！？ (full-width), after ``! ?`` and after a ``.`` followed by a space or
the end of the line (so 3.14 and example.com do not end one), plus any closing quotes and
brackets that follow (他说：“好。”). ``……`` also ends a sentence when what follows is a new one.
"""

from __future__ import annotations

import re

_END = re.compile(r"(?:[。！？!?]+|\.(?=\s|$)|……)[”’」』）)\]\"']*\s*")


def sentence_bounds(text: str, offset: int) -> tuple[int, int]:
    """``(start, end)`` of the sentence of ``text`` at ``offset`` (code points).

    ``text`` is one paragraph or line; the end includes the closing punctuation and the spaces
    after it. A cursor right after a sentence's end still belongs to it (the one just written).
    """
    spans = sentences(text)
    for start, end in spans:
        if start < offset <= end:
            return start, end
    return spans[0] if offset <= 0 else spans[-1]


def sentences(text: str) -> list[tuple[int, int]]:
    """All sentence spans of ``text`` in order (they cover it without gaps)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    return spans
