"""Latin words for the spelling checker: Han text, code, URLs and markup are never words."""

from __future__ import annotations

from postpad.core.typography.words import latin_words


def _words(text: str) -> list[str]:
    return [word.text for word in latin_words(text)]


def test_words_between_han_text_are_found_and_han_is_never_a_word() -> None:
    text = "我用Postpad写blog，感觉很gooood。"
    assert _words(text) == ["Postpad", "blog", "gooood"]
    for word in latin_words(text):
        assert text[word.start : word.end] == word.text


def test_code_urls_markup_and_front_matter_are_skipped() -> None:
    text = (
        "---\ntitle: Misspeled title\n---\n"
        'Run `mispeled_code` at https://exmaple.com/pathh and <span class="klass">ok</span>\n'
        "```\nnott checked\n```\n"
        "&ensp;&ensp;&ensp;&ensp;Realy wrong"
    )
    assert _words(text) == ["Run", "at", "and", "ok", "Realy", "wrong"]


def test_acronyms_identifiers_and_contractions() -> None:
    assert _words("HTML and CSS, v2beta, snake_case, don’t, it's") == [
        "and",
        "don’t",
        "it's",
    ]
