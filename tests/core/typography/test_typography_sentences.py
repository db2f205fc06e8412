"""Sentence boundaries for focus mode, Chinese and English."""

from __future__ import annotations

from postpad.core.typography.sentences import sentence_bounds, sentences

TEXT = "他说：“好。”然后走了！Pi is 3.14. See example.com now? 最后一句"


def _parts(text: str) -> list[str]:
    return [text[start:end] for start, end in sentences(text)]


def test_sentences_tile_the_text_and_end_at_cjk_and_latin_marks() -> None:
    assert _parts(TEXT) == [
        "他说：“好。”",
        "然后走了！",
        "Pi is 3.14. ",
        "See example.com now? ",
        "最后一句",
    ]


def test_bounds_of_the_sentence_at_an_offset() -> None:
    assert sentence_bounds(TEXT, 0) == (0, 7)
    assert sentence_bounds(TEXT, 7) == (0, 7)  # just after 。” still the sentence written
    assert sentence_bounds(TEXT, 8) == (7, 12)
    assert TEXT[slice(*sentence_bounds(TEXT, len(TEXT)))] == "最后一句"


def test_empty_and_unpunctuated_text() -> None:
    assert sentences("") == [(0, 0)]
    assert sentence_bounds("没有标点", 2) == (0, 4)
    assert _parts("等等……然后呢？？") == ["等等……", "然后呢？？"]
