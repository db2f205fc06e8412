from __future__ import annotations

import string
import subprocess
import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from postpad.core.site.slug import hexo_slugize, make_slug, pinyin_slug, unicode_slug


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("测试 文章: Hello World!", "测试-文章-Hello-World"),  # what `hexo new` produced
        ("  a  --  b  ", "a-b"),
        ("Crème brûlée", "Creme-brulee"),
        ("C#语言 / 入门?", "C-语言-入门"),
    ],
)
def test_hexo_slugize_matches_hexo_util(title: str, slug: str) -> None:
    assert hexo_slugize(title) == slug


def test_hexo_filename_case() -> None:
    assert hexo_slugize("Hello World", transform=1) == "hello-world"
    assert hexo_slugize("Hello World", transform=2) == "HELLO-WORLD"


def test_pinyin_slug_for_chinese_titles() -> None:
    assert pinyin_slug("2024年第2季度学习心得") == "2024-nian-di-2-ji-du-xue-xi-xin-de"
    assert pinyin_slug("重庆 Python 笔记！") == "chong-qing-python-bi-ji"
    assert pinyin_slug("Ｐｙｔｈｏｎ") == "python"


def test_make_slug_styles() -> None:
    assert make_slug("你好 World", "hexo", "engine") == "你好-World"
    assert make_slug("你好 World", "hugo", "engine") == "你好-world"
    assert make_slug("你好 World", "jekyll", "pinyin") == "ni-hao-world"
    assert make_slug("！？", "hugo", "pinyin") == "untitled"
    assert unicode_slug("Hello, 世界") == "hello-世界"


def test_pypinyin_loads_only_when_a_pinyin_slug_is_made() -> None:
    # pypinyin reads its phrase dictionary on import (~0.2 s): importing the site modules at
    # start-up must not pay for it (issue 4, start-up time).
    script = (
        "import sys\n"
        "import postpad.core.site.slug, postpad.core.site.newpost, postpad.core.site.images\n"
        "import postpad.core.site.drafts\n"
        "before = 'pypinyin' in sys.modules\n"
        "from postpad.core.site.slug import pinyin_slug\n"
        "print(before, pinyin_slug('新质生产力'), 'pypinyin' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "xin-zhi-sheng-chan-li", "True"]


def test_an_ascii_name_makes_its_slug_without_pypinyin() -> None:
    """A camera's file name needs no pinyin: the first paste of photos imported pypinyin
    (0.2-0.6 s) on the UI thread for nothing (decision 0215)."""
    script = (
        "import sys\n"
        "from postpad.core.site.images import clean_image_name\n"
        "print(clean_image_name('IMG_0001 (2).JPG'), 'pypinyin' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["img-0001-2.jpg", "False"]


def _through_pypinyin(text: str) -> str:
    """``pinyin_slug`` as it was, every text through pypinyin."""
    import re

    from pypinyin import Style, lazy_pinyin

    from postpad.core.text.hexo_slug import escape_diacritic

    parts = lazy_pinyin(unicodedata.normalize("NFKC", text), style=Style.NORMAL, errors="default")
    ascii_text = unicodedata.normalize("NFKD", escape_diacritic("-".join(parts)))
    ascii_text = ascii_text.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


@given(st.text(alphabet=string.printable + "Ｐｙ＿１ ", max_size=24))
def test_ascii_slugs_are_what_pypinyin_gives(text: str) -> None:
    assert pinyin_slug(text) == _through_pypinyin(text)
