"""Copy as rich text (core): the rendered post with inline styles only."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup, Tag

from postpad.core.render import RenderOptions
from postpad.core.richcopy import rich_copy
from postpad.core.richcopy.code import token_css

POST = """---
title: 富文本
---
## 安装 Hexo

Run `npm i` and read [the docs](https://hexo.io/).

```python
def f(x):
    return x + 1  # 注释
```

> 引用

| 名称 | 数量 |
|:-|-:|
| 苹果 | 3 |

![remote](https://example.com/a.png)

![local](images/b.png)

{% note warning flat %}
注意事项
{% endnote %}

{% tabs demo, 1 %}
<!-- tab 第一 -->
one
<!-- endtab -->
<!-- tab 第二 -->
two
<!-- endtab -->
{% endtabs %}

{% hideToggle 展开 %}
hidden text
{% endhideToggle %}

{% label 标签 blue %} and {% btn https://x.com,按钮,,outline %}

- [x] done
"""


def _soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def _butterfly(tmp_path: Path) -> tuple[str, list[str]]:
    options = RenderOptions(engine="hexo", theme="butterfly", post_path=tmp_path / "post.md")
    copy = rich_copy(POST, options)
    return copy.html, copy.local_images


def test_nothing_depends_on_a_stylesheet_class_or_script(tmp_path: Path) -> None:
    html, _ = _butterfly(tmp_path)
    soup = _soup(html)
    assert soup.find(["style", "script", "link", "input", "button"]) is None
    for tag in soup.find_all(True):
        assert set(tag.attrs) <= {"style", "href", "src", "alt", "title", "colspan", "rowspan"}
    for name in ("h2", "p", "blockquote", "table", "th", "td", "img", "pre", "a"):
        for tag in soup.find_all(name):
            assert tag.get("style"), f"<{name}> without inline style"


def test_code_keeps_colours_lines_and_indentation_without_the_gutter(tmp_path: Path) -> None:
    html, _ = _butterfly(tmp_path)
    pre = _soup(html).find("pre")
    assert isinstance(pre, Tag)
    keyword = pre.find("span", string="def")
    assert isinstance(keyword, Tag)
    assert keyword["style"] == token_css_for("def")
    # every space a no-break space, so editors that collapse whitespace keep the indentation
    assert pre.get_text() == "def f(x):    return x + 1  # 注释".replace(" ", "\xa0")
    assert len(pre.find_all("br")) == 1  # two lines; Hexo's line-number gutter is gone
    assert "background:" in str(pre["style"])


def token_css_for(word: str) -> str:
    from pygments.lexers import PythonLexer

    kind = next(kind for kind, value in PythonLexer().get_tokens(word) if value == word)
    return token_css(kind)


def test_tables_quotes_and_alignment(tmp_path: Path) -> None:
    soup = _soup(_butterfly(tmp_path)[0])
    cells = soup.find_all("td")
    assert "border:1px solid" in cells[0]["style"]
    assert "text-align:right" in cells[1]["style"]
    quote = soup.find("blockquote")
    assert isinstance(quote, Tag)
    assert "border-left:4px solid" in str(quote["style"])


def test_butterfly_tags_become_plain_styled_blocks(tmp_path: Path) -> None:
    soup = _soup(_butterfly(tmp_path)[0])
    note = soup.find(string=re.compile("注意事项"))
    assert note is not None
    assert "border-left:5px solid #f0ad4e" in str(note.find_parent("section")["style"])
    text = soup.get_text()
    assert text.count("第一") == 1  # the tab's title once, as a heading of its pane
    assert "one" in text
    assert "two" in text
    assert "hidden text" in text  # a toggle shows its content
    label = soup.find("span", string="标签")
    assert isinstance(label, Tag)
    assert "background:#428bca" in str(label["style"])
    assert "☑" in text


def test_images_remote_kept_local_resolved_and_reported(tmp_path: Path) -> None:
    html, local = _butterfly(tmp_path)
    sources = [img["src"] for img in _soup(html).find_all("img")]
    assert "https://example.com/a.png" in sources
    assert (tmp_path / "images" / "b.png").as_uri() in sources
    assert local == [(tmp_path / "images" / "b.png").as_uri()]


def test_plain_text_is_the_markdown_body() -> None:
    copy = rich_copy(POST, RenderOptions(engine="hexo", theme="butterfly"))
    assert copy.text.startswith("## 安装 Hexo\n")
    assert "title:" not in copy.text


def test_hugo_code_blocks_too() -> None:
    copy = rich_copy("```go\nfunc main() {}\n```\n", RenderOptions(engine="hugo"))
    soup = _soup(copy.html)
    assert soup.find(class_=True) is None
    pre = soup.find("pre")
    assert isinstance(pre, Tag)
    assert pre.get_text() == "func\xa0main()\xa0{}"
    assert pre.find("span", style=re.compile("color:"))


def test_lexer_token_types_missing_from_the_style_take_their_parents_colour() -> None:
    # YAML's lexer emits Literal.Scalar.Plain, which the "friendly" style does not list
    copy = rich_copy("```yaml\ntitle: 你好\ntags: [a, b]\n```\n", RenderOptions(engine="hexo"))
    pre = _soup(copy.html).find("pre")
    assert isinstance(pre, Tag)
    assert pre.get_text() == "title:\xa0你好tags:\xa0[a,\xa0b]"
