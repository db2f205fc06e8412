"""The status bar's count says what it counts: words, Chinese characters, or both."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QLocale

from postpad.core.stats import count_text
from postpad.gui import i18n
from postpad.gui.statusbar import StatusBar

pytestmark = pytest.mark.gui

CHINESE = "今天写了三段文字，说明长期主义不是口号。\n"
ENGLISH = "Hello brave new world.\n"
MIXED = "今天用 Hexo 写博客，配置 Butterfly 主题。\n"


@pytest.fixture
def bar(qtbot):
    status = StatusBar()
    qtbot.addWidget(status)
    return status


@pytest.fixture
def english_ui(qapp):
    i18n.install_translators(qapp, QLocale("en_US"))  # the packaged English plural forms


@pytest.fixture
def chinese_ui(qapp):
    i18n.install_translators(qapp, QLocale("zh_CN"))
    yield
    i18n.install_translators(qapp, QLocale("en_US"))


def _shown(bar: StatusBar, body: str) -> str:
    bar.update_stats(SimpleNamespace(stats=count_text(body)))
    return bar.words.text()


def test_an_empty_post_has_no_reading_time(bar, english_ui) -> None:
    # Butterfly's min2read is at least 1: "0 words · 1 min" on a new, empty post
    assert _shown(bar, "") == "0 words"
    assert _shown(bar, "---\n") == "0 words"
    assert _shown(bar, "Hi.\n") == "1 word · 1 min"


def test_english_names_the_unit(bar, english_ui) -> None:
    assert _shown(bar, ENGLISH) == "4 words · 1 min"
    assert _shown(bar, CHINESE) == "18 Chinese characters · 1 min"
    assert _shown(bar, "长。\n") == "1 Chinese character · 1 min"
    stats = count_text(MIXED)
    assert (stats.han, stats.latin_words) == (10, 2)
    assert _shown(bar, MIXED) == "10 Chinese characters · 2 words · 1 min"


def test_chinese_keeps_the_blogs_total_and_names_its_parts(bar, chinese_ui) -> None:
    assert _shown(bar, ENGLISH) == "4 字 · 1 分钟"
    assert _shown(bar, CHINESE) == "18 字 · 1 分钟"
    # the blog's 字数 (10 汉字 + 2 words) first, then what it adds up
    assert _shown(bar, MIXED) == "12 字（汉字 10 · 英文 2） · 1 分钟"


LONG_MIXED = "长" * 12345 + "\n\n" + "word " * 2345 + "\n"


@pytest.mark.parametrize(
    ("ui", "expected"),
    [
        ("en_US", "12,345 Chinese characters · 2,345 words · "),
        ("zh_CN", "14,690 字（汉字 12,345 · 英文 2,345） · "),
    ],
)
def test_counts_are_grouped_by_thousands(bar, qapp, ui: str, expected: str) -> None:
    """Decision 0222: as the interface language writes numbers, also under LANG=C."""
    QLocale.setDefault(QLocale.c())  # Qt's default locale is not what decides
    i18n.install_translators(qapp, QLocale(ui))
    try:
        assert _shown(bar, LONG_MIXED).startswith(expected)
        assert "12,345" in bar.words.toolTip()
    finally:
        i18n.install_translators(qapp, QLocale("en_US"))
        QLocale.setDefault(QLocale.system())


def test_word_count_popup_groups_too(qapp) -> None:
    from postpad.gui.wordcount_popup import rows

    values = dict(rows(count_text(LONG_MIXED)))
    assert values["Chinese characters"] == "12,345"
    assert values["Latin words"] == "2,345"


def _site_post(tmp_path, config: tuple[str, str], folder: str, name: str, text: str):
    """A post in a small site whose config file ``config`` names (decision 0276)."""
    site = tmp_path / "site"
    (site / folder).mkdir(parents=True)
    (site / config[0]).write_text(config[1], encoding="utf-8")
    post = site / folder / name
    post.write_text(text, encoding="utf-8")
    return post


def _count_in_window(qtbot, main_window, post) -> tuple[str, str]:
    from PySide6.QtWidgets import QLabel

    main_window.open_paths([post])
    label = main_window.status_bar().findChild(QLabel, "statusWords")
    qtbot.waitUntil(lambda: label.toolTip().count("\n") > 1, timeout=10000)  # counted
    return label.text(), label.toolTip()


HUGO_POST = '+++\ntitle = "中文"\ndate = 2024-06-01\n+++\n我用Python写博客，每天写3篇。\n'


def test_a_hugo_site_counts_as_hugo(qtbot, main_window, tmp_path, english_ui) -> None:
    # real Hugo 0.168 .WordCount: 1 without hasCJKLanguage, 18 with it (tests/engines)
    config = ("hugo.toml", 'baseURL = "http://e.com/"\n')
    post = _site_post(tmp_path, config, "content/posts", "a.md", HUGO_POST)
    text, tip = _count_in_window(qtbot, main_window, post)
    assert text == "1 word · 1 min"
    assert tip.startswith("Counted as Hugo .WordCount counts\n")


def test_a_cjk_hugo_site_counts_characters(qtbot, main_window, tmp_path, english_ui) -> None:
    config = ("hugo.toml", 'baseURL = "http://e.com/"\nhasCJKLanguage = true\n')
    post = _site_post(tmp_path, config, "content/posts", "a.md", HUGO_POST)
    text, tip = _count_in_window(qtbot, main_window, post)
    assert text == "18 characters and words · 1 min"
    assert tip.startswith("Counted as Hugo .WordCount (hasCJKLanguage) counts\n")


def test_a_jekyll_site_shows_number_of_words(qtbot, main_window, tmp_path, chinese_ui) -> None:
    text = "---\ntitle: a\n---\nHello brave new world.\n"
    post = _site_post(tmp_path, ("_config.yml", "title: x\n"), "_posts", "2024-06-01-a.md", text)
    text, tip = _count_in_window(qtbot, main_window, post)
    assert text == "4 词"  # number_of_words; minima and plain Jekyll show no reading time
    assert tip.startswith("按 Jekyll number_of_words 的规则计数\n")
