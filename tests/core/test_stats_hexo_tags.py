"""The 字数 counts the text Butterfly's tags write on the page (tab names, a label's or a
button's text, a toggle's title), as hexo-wordcount counts the rendered post: Hexo 8 +
Butterfly 5.7 + hexo-wordcount 6.0.1 printed these figures (the engines test
tests/engines/test_count_rules_engines.py checks them on the real engines)."""

from __future__ import annotations

import pytest

from postpad.core.count_rules import BUTTERFLY
from postpad.core.render import RenderOptions, render

#: post body: (Han characters, words) hexo-wordcount counts on the page Butterfly writes
TAG_POSTS = {
    "note": ("{% note blue %}\n这是一个提示\n{% endnote %}\n", 6, 0),
    "tabs": (
        "{% tabs 标签页 %}\n<!-- tab 第一 -->\n内容一\n<!-- endtab -->\n"
        "<!-- tab Second -->\n内容二\n<!-- endtab -->\n{% endtabs %}\n",
        8,
        1,
    ),
    "label-btn": ("缩进段落，{% label 标签 red %} 与 {% btn /,按钮 %}。\n", 9, 0),
    "toggle": ("{% hideToggle 展开 %}\n隐藏内容\n{% endhideToggle %}\n", 6, 0),
    "tag-line": ("{% btn /,按钮 Go %}\n", 2, 1),
    # Butterfly 5.7 writes a gallery's images as JSON text: url, png, alt, title are words
    "gallery": (
        "{% gallery %}\n![夕阳](./夕阳.png)\n![第二梦](./第二梦.png)\n{% endgallery %}\n",
        10,
        8,
    ),
    # Hexo writes a raw block's HTML as it is: its text is on the page
    "raw": ("正文\n\n{% raw %}\n<div>原始 HTML 文字</div>\n{% endraw %}\n", 6, 1),
}


@pytest.mark.parametrize("name", list(TAG_POSTS))
def test_butterfly_tag_text_is_counted(name: str) -> None:
    body, han, words = TAG_POSTS[name]
    stats = render(
        f"---\ntitle: t\n---\n{body}", RenderOptions(engine="hexo", theme="butterfly")
    ).stats
    assert (stats.han, stats.latin_words) == (han, words)
    assert BUTTERFLY.words(stats) == han + words  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "body", ["正文 {% mystery 神秘 %}\n", "正文 {% youtube abc 神秘 %}\n", "正文 {{ 神秘 }}\n"]
)
def test_inline_placeholders_are_not_counted(body: str) -> None:
    """An unknown tag's placeholder, an embed the preview does not load, a deleted {{ }}:
    Postpad's text on the preview, not the blog's."""
    stats = render(body, RenderOptions(engine="hexo", theme="butterfly")).stats
    assert (stats.han, stats.latin_words) == (2, 0)


def test_unknown_tag_placeholder_is_not_counted() -> None:
    """The preview's placeholder for a tag it does not know is Postpad's text, not the blog's."""
    stats = render(
        "{% mystery 神秘 %}\n正文\n{% endmystery %}\n", RenderOptions(engine="hexo")
    ).stats
    assert stats.han == 2
