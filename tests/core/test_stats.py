"""Blog statistics match hexo-wordcount / Butterfly on Hexo's page (front matter excluded, code
counted as Hexo writes it: decision 0288)."""

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


def test_code_counts_images_and_link_targets_are_excluded() -> None:
    # real Hexo 8 + hexo-wordcount 6.0.1: 21 (Postpad said 8 before: code left out)
    body = (
        "正文四字\n\n```python\nprint('很多代码 words here')\n```\n\n"
        "`行内代码` ![图片说明](a.png) [链接文字](https://example.com/path)\n"
    )
    stats = count_text(body)
    assert stats.han == 16  # 正文四字 + 很多代码 + 行内代码 + 链接文字
    assert stats.latin_words == 5  # 1print (the gutter's 1), x27, words, here, x27
    assert stats.chars == 10  # the characters a reader sees are still counted without code


def test_a_code_block_is_read_as_hexo_writes_it() -> None:
    # Hexo's figure: the gutter's numbers and the lines joined without a space (<br> dropped),
    # braces as &#123;/&#125;, quotes as entities; marked's code spans escape ' and "
    assert count_text("```\nfoo bar\nbaz\n```\n").latin_words == 2  # 12foo, barbaz
    assert count_text("```js\nx = {a}\n```\n").latin_words == 4  # 1x, 123, a, 125
    assert count_text('a`it\'s "q"`x\n').latin_words == 7  # ait 39 s quot q quot x
    assert count_text("para\n\n    it's\n    two\n").latin_words == 5  # lines kept, no gutter


def test_words_join_where_marked_writes_no_break() -> None:
    # a heading's last word runs into the next block's first (``</h2><p>``), a line break
    # is <br> (breaks: true); real Hexo 8 + hexo-wordcount: 15
    text = "## Title\nnext line\n\n## Go语言\n\nNext para a/b=c\n\n## H\n\n```\n{x}\n```\n"
    assert count_text(text).wordcount == 15
    assert count_text("one\ntwo\n").latin_words == 1
    assert count_text("one\n\ntwo\n").latin_words == 2


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
    # AT amp T, the code span's a amp b, x (real Hexo: 7)
    assert count_text("AT&T `a&b` [x](http://e.com/?a&b)\n").latin_words == 7
    # marked writes / = ` as &#x2F; &#x3D; &#96; in text, not in an autolink
    assert count_text("a/b=c\n").latin_words == 5
    assert count_text("<https://e.com/a/b>\n").latin_words == 5
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


def test_the_status_bar_total_keeps_the_heading_join_through_edits() -> None:
    # the render's running total: editing the block after a heading counts the join again
    from postpad.core.render import RenderOptions, render
    from postpad.core.render.incremental import IncrementalRenderer

    renderer = IncrementalRenderer(RenderOptions(engine="hexo"))
    text = "## Title\n\nnext words\n\n中文\n"
    assert renderer.update(text).rendered.stats.latin_words == 2  # Titlenext, words
    edited = text.replace("next words", "中 words")
    assert renderer.update(edited).rendered.stats.latin_words == 2  # Title, words
    assert render(edited, RenderOptions(engine="hexo")).stats.latin_words == 2
    again = renderer.update(text.replace("next words", "next words\n\n## Go\n"))
    assert again.rendered.stats.latin_words == 3  # Titlenext, words, Go
