"""The count follows the site's engine: figures measured with Hugo 0.168, Jekyll 4.3.1 and Hexo
8 with hexo-wordcount 6.0.1 on the same posts (decision 0276; the engines test
tests/engines/test_count_rules_engines.py checks them on the real engines)."""

from __future__ import annotations

import re

import pytest
import regex

from postpad.core.count_rules import (
    BUTTERFLY,
    CHIRPY,
    HEXO,
    HUGO,
    HUGO_CJK,
    JEKYLL,
    hugo_cjk,
    rule_for,
)
from postpad.core.stats import CJK, TextStats, count_text

ZH = "我用Python写博客，每天写3篇。\n\n第二段：中文标点“引号”。\n"
EN = "Hello world, this is a don't-stop test_1 of 10 words.\n\nSecond para here.\n"
MIXED = "我用 Python 写博客，每天写 3 篇 blog posts。\n\n用Python和Go写 café naïve\n"
CODE = (
    "Text before.\n\n```python\nprint('代码 words here')\nx = a<b\n```\n\n"
    "`inline 代码` and [链接 text](https://e.com/x) ![图片 alt](a.png)\n"
)
ENSP = "&ensp;&ensp;&ensp;&ensp;段落一\n&ensp;&ensp;两个 words&amp;more\n\n　　全角空格缩进 here\n"
KANA = "かなカナ 한국어 text\n"
#: post: (Hugo, Hugo hasCJKLanguage, Jekyll number_of_words, number_of_words "cjk"), as the
#: real engines printed them
ENGINE_FIGURES = {
    "zh": (ZH, 2, 31, 2, 25),
    "en": (EN, 13, 13, 13, 13),
    "mixed": (MIXED, 10, 39, 10, 21),
    "code": (CODE, 13, 27, 13, 17),
    "ensp": (ENSP, 5, 13, 5, 15),  # Jekyll "cjk" 16: kramdown keeps a leading U+3000
    "kana": (KANA, 3, 8, 3, 8),
}


@pytest.mark.parametrize("name", sorted(ENGINE_FIGURES))
def test_hugo_and_jekyll_counts(name: str) -> None:
    body, hugo, hugo_cjk_words, jekyll, jekyll_cjk = ENGINE_FIGURES[name]
    stats = count_text(body)
    assert HUGO.words(stats) == hugo
    assert HUGO_CJK.words(stats) == hugo_cjk_words
    assert JEKYLL.words(stats) == jekyll
    assert CHIRPY.for_stats(stats).words(stats) == (jekyll_cjk if stats.cjk_chars else jekyll)


@pytest.mark.parametrize(
    ("words", "minutes"), [(0, 0), (1, 1), (212, 1), (213, 2), (424, 2), (425, 3)]
)
def test_hugo_reading_time_is_212_words_a_minute_rounded_up(words: int, minutes: int) -> None:
    assert HUGO.minutes(TextStats(fields=words)) == minutes


@pytest.mark.parametrize(
    ("words", "minutes"), [(0, 0), (500, 1), (501, 2), (1000, 2), (1001, 3), (1002, 3)]
)
def test_hugo_cjk_reading_time_is_500_a_minute_rounded_up(words: int, minutes: int) -> None:
    assert HUGO_CJK.minutes(TextStats(fields_cjk=words)) == minutes


def test_hugo_cjk_mode_follows_the_site_and_the_front_matter() -> None:
    on = {"hasCJKLanguage": True}
    assert hugo_cjk(on, '+++\ntitle = "中文标题"\n+++\nEnglish only body.\n')  # the source's
    assert not hugo_cjk(on, '+++\ntitle = "x"\n+++\nEnglish only.\n')
    assert not hugo_cjk({}, "中文\n")
    assert not hugo_cjk(on, "+++\nisCJKLanguage = false\n+++\n中文 English 混合\n")
    assert hugo_cjk({}, "---\niscjklanguage: true\n---\nEnglish\n")
    assert rule_for("hugo", None, {"hascjklanguage": True}, "中文\n") == HUGO_CJK
    assert rule_for("hugo", None, {}, "中文\n") == HUGO


def test_the_rule_follows_engine_and_theme() -> None:
    assert rule_for("hexo", "butterfly", {}) == BUTTERFLY
    assert rule_for("hexo", "next", {}) == HEXO
    assert rule_for("jekyll", "jekyll-theme-chirpy", {}) == CHIRPY
    assert rule_for("jekyll", "minima", {}) == JEKYLL
    assert rule_for("eleventy", None, {}) == HEXO


def test_butterfly_reads_350_chinese_characters_a_minute() -> None:
    # post-info.pug: min2read(page.content, {cn: 350, en: 160}); hexo-wordcount floors
    stats = TextStats(han=700)
    assert (BUTTERFLY.minutes(stats), HEXO.minutes(stats)) == (2, 2)
    stats = TextStats(han=690)
    assert (BUTTERFLY.minutes(stats), HEXO.minutes(stats)) == (1, 2)


def test_jekyll_shows_no_reading_time_and_chirpy_180_words_a_minute() -> None:
    stats = TextStats(split_words=400)
    assert JEKYLL.minutes(stats) is None
    assert CHIRPY.minutes(stats) == 2  # 400 / 180 floored
    assert CHIRPY.minutes(TextStats(split_words=10)) == 1
    chinese = count_text("中" * 400 + "\n")
    assert CHIRPY.for_stats(chinese).words(chinese) == 400


def test_cjk_class_is_the_four_scripts() -> None:
    scripts = regex.compile(r"[\p{Han}\p{Katakana}\p{Hiragana}\p{Hangul}]")
    wrong = [
        cp for cp in range(0x34000) if bool(CJK.match(chr(cp))) != bool(scripts.match(chr(cp)))
    ]
    assert wrong == []
    assert re.fullmatch(CJK, "。") is None  # punctuation is no CJK character


def test_the_counts_add_up_per_block() -> None:
    whole = count_text(ZH + "\n" + CODE)
    assert whole == count_text(ZH) + count_text(CODE)


def test_hugo_counts_no_raw_html_goldmark_omits() -> None:
    from postpad.core.render import RenderOptions, render

    text = "---\ntitle: t\n---\n<div>\n三个字 html words\n</div>\n\nA&nbsp;B x&mdash;y\n"
    hugo = render(text, RenderOptions(engine="hugo")).stats
    assert (HUGO.words(hugo), HUGO_CJK.words(hugo)) == (3, 5)  # real Hugo 0.168
    jekyll = render(text, RenderOptions(engine="jekyll")).stats
    assert JEKYLL.words(jekyll) == 5  # kramdown keeps it (real Jekyll 4.3.1)


def test_hugo_cjk_fields_are_counted_as_goldmark_writes_them() -> None:
    from postpad.core.render import RenderOptions, render

    def cjk_words(body: str) -> int:
        stats = render("---\ntitle: t\n---\n" + body, RenderOptions(engine="hugo")).stats
        return HUGO_CJK.words(stats)

    # real Hugo 0.168 (and the corpus posts, tests/engines/test_count_rules_corpus.py):
    assert cjk_words('用 "npm" 安装\n') == 4  # 用 &ldquo;npm&rdquo; 安装: npm is one word
    assert cjk_words("用 “npm” 安装\n") == 8  # typed quotes: “npm” counts 5
    assert cjk_words("不能双重使用<>、{}\n") == 17  # 不能双重使用&lt;&gt;、{}


def test_raw_html_text_as_strip_html_leaves_it() -> None:
    stats = count_text("<table><tr><td>Version</td><td>1.0</td></tr></table>\n")
    assert (stats.fields, stats.split_words) == (1, 1)  # "Version1.0", as Hugo and Jekyll
    stats = count_text("<div>\n<script>var x = 1;</script>\n文字\n</div>\n")
    assert stats.fields == 1


def test_hugo_counts_the_param_shortcodes_value(tmp_path) -> None:
    from postpad.core.render import RenderOptions, render

    (tmp_path / "hugo.toml").write_text('[params]\n  author = "站长"\n', encoding="utf-8")
    options = RenderOptions(
        engine="hugo", site_root=tmp_path, site_variables={"params": {"author": "站长"}}
    )
    text = '+++\ntitle = "t"\n+++\n作者：{{< param author >}}。\n\n{{< param author >}}\n'
    stats = render(text, options).stats
    assert HUGO_CJK.words(stats) == 8  # 作者：站长。 and 站长, as real Hugo 0.168 counts them


def test_hugo_cjk_from_the_bodys_counts_without_searching_it_again() -> None:
    on = {"hasCJKLanguage": True}
    english = "+++\ntitle = 'x'\n+++\n" + "word " * 1000
    assert not hugo_cjk(on, english, body_cjk=False)
    assert hugo_cjk(on, english, body_cjk=True)
    assert hugo_cjk(on, '+++\ntitle = "中文"\n+++\nEnglish\n', body_cjk=False)  # the header's
    assert not hugo_cjk(on, "+++\nisCJKLanguage = false\n+++\n", body_cjk=True)


def test_characters_past_the_bmp_are_cjk_too() -> None:
    # U+20000 (CJK Extension B) is \p{Han}: the fast class leaves the supplementary planes out
    stats = count_text("\U00020000中 text\n")
    assert (stats.cjk_chars, stats.cjk_runs, stats.fields_cjk) == (2, 1, 3)
    assert count_text("plain ascii\x1ctext\n").fields == 2  # Go and Ruby: \x1c is no space
