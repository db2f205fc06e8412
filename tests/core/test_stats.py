"""Blog statistics match hexo-wordcount / Butterfly (front matter and code excluded)."""

from __future__ import annotations

import pytest

from postpad.core.stats import TextStats, count_plain, count_text


def test_han_characters_and_words() -> None:
    stats = count_text("我用 Python 写博客，每天写 3 篇 blog posts。\n")
    assert stats.han == 9  # 我用写博客每天写篇
    assert stats.latin_words == 4  # Python, 3, blog, posts
    assert stats.wordcount == 13


def test_han_removed_before_words_are_counted_like_hexo_wordcount() -> None:
    # hexo-wordcount deletes Han characters first, so Latin runs around them join up
    assert count_plain("用Python和Go写").latin_words == 1
    assert count_plain("用 Python 和 Go 写").latin_words == 2


def test_word_pattern_matches_the_wordcount_package() -> None:
    assert count_plain("don't stop-me now_1").latin_words == 5  # don, t, stop, me, now_1
    assert count_plain("Ελληνικά русский").latin_words == 2
    assert count_plain("かな 한국어").latin_words == 2  # other CJK scripts are word runs
    assert count_plain("，。！？“”").wordcount == 0


def test_code_front_matter_images_and_link_targets_are_excluded() -> None:
    body = (
        "正文四字\n\n```python\nprint('很多代码 words here')\n```\n\n"
        "`行内代码` ![图片说明](a.png) [链接文字](https://example.com/path)\n"
    )
    stats = count_text(body)
    assert stats.han == 8  # 正文四字 + 链接文字
    assert stats.latin_words == 0


def test_entities_are_spaces_in_characters_but_words_on_a_hexo_blog() -> None:
    # marked writes &ensp; as written and & as &amp;; hexo-wordcount's stripHTML keeps them,
    # so each name is a word on the blog (real Hexo 8 + hexo-wordcount 6.0.1: 21; decision 0276)
    stats = count_text("&ensp;&ensp;&ensp;&ensp;段落\n")
    assert stats.han == 2
    assert stats.latin_words == 4
    assert stats.chars == 6
    assert stats.chars_no_spaces == 2
    ensp = (
        "&ensp;&ensp;&ensp;&ensp;段落一\n&ensp;&ensp;两个 words&amp;more\n\n　　全角空格缩进 here\n"
    )
    assert count_text(ensp).wordcount == 21
    assert count_text("AT&T `a&b` [x](http://e.com/?a&b)\n").latin_words == 4  # AT amp T x
    # real Hexo 8 + hexo-wordcount 6.0.1: a &lt; b and c &gt; d is 7 words, &#169; and &copy; 1
    assert count_text("a < b and c > d\n").wordcount == 7
    assert count_text("x &lt; y\n").wordcount == 3
    assert count_text("x &#169; y &copy; z\n").wordcount == 5


def test_html_block_text_counts() -> None:
    assert count_text("<div>\n三个字\n</div>\n").han == 3


def test_paragraphs_count_blocks_and_ensp_indented_lines() -> None:
    assert count_text("一\n\n二\n\n三\n").paragraphs == 3
    assert count_text("&ensp;&ensp;一\n&ensp;&ensp;二\n").paragraphs == 2
    assert count_text("一\n二\n").paragraphs == 1


@pytest.mark.parametrize(
    ("han", "words", "minutes"),
    [(0, 0, 1), (299, 0, 1), (600, 0, 2), (449, 0, 1), (450, 0, 1), (0, 480, 3), (300, 160, 2)],
)
def test_min2read(han: int, words: int, minutes: int) -> None:
    # hexo-wordcount 6.0.1: parseInt(han / 300 + words / 160), at least 1 (no rounding up)
    assert TextStats(han=han, latin_words=words).minutes == minutes


def test_umlauts_are_hexo_wordcount_words() -> None:
    # hexo-wordcount 6.0.1's pattern has [äÄåÅöÖ]+ of its own: "Käse" is K, ä, se
    assert count_plain("Käse").latin_words == 3
    assert count_text("用Python和Go写 café naïve Käse\n").latin_words == 7


def test_stats_add_and_subtract() -> None:
    a, b = TextStats(1, 2, 3, 4, 5), TextStats(10, 20, 30, 40, 50)
    assert a + b == TextStats(11, 22, 33, 44, 55)
    assert (a + b) - b == a
