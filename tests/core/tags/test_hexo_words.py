"""The forms split a Hexo tag's arguments exactly as the preview does (``tag_args.split_args``,
proved against the real Hexo), and also know where each word lies (decision 0154)."""

from __future__ import annotations

import random

from postpad.core.render.rules.tag_args import split_args
from postpad.core.tags.hexo_words import tokens

ALPHABET = " a\"'\\\u3000\u00a0:b\t,"


def test_words_are_the_previews_words_on_random_text() -> None:
    rng = random.Random(154)
    for _ in range(5000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 14)))
        assert [word for _s, _e, word in tokens(text)] == split_args(text), repr(text)


def test_each_word_knows_its_text() -> None:
    text = 'Paypal  lang:"objective c" ""\u3000x \'a b\''
    spans = [(text[start:end], word) for start, end, word in tokens(text)]
    assert spans == [
        ("Paypal", "Paypal"),
        ('lang:"objective c"', "lang:objective c"),
        ('""\u3000x', "x"),  # "" joins the text after it; the word is trimmed as JS trims
        ("'a b'", "a b"),
    ]
