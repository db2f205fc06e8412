"""hexo-util ``slugize`` with its diacritics table; expected values printed by hexo-util 4.0.0."""

from __future__ import annotations

import pytest

from postpad.core.text.hexo_slug import escape_diacritic, hexo_slugize

CASES = [
    ("アーカイブページの pagenation を無効化する", "アーカイブページの-pagenation-を無効化する"),
    ("Café Ａｂ Ⓐ Æ ß Œuvre", "Cafe-Ab-A-AE-s-OEuvre"),
    ("한국어 ñ Ø ø", "한국어-n-O-o"),
    ("测试 文章: Hello World!", "测试-文章-Hello-World"),
    ("ﬁle ĳ", "ﬁle-ĳ"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_slugize_matches_hexo_util(text: str, expected: str) -> None:
    assert hexo_slugize(text) == expected
    assert hexo_slugize(text, transform=1) == expected.lower()


def test_kana_voicing_marks_are_not_diacritics() -> None:
    assert escape_diacritic("ブ パ が") == "ブ パ が"
    assert escape_diacritic("é") == "e"
