"""The status bar's count is the blog's: Hugo's ``.WordCount``/``.ReadingTime`` (with and without
``hasCJKLanguage``) and Jekyll's ``number_of_words`` (default, "cjk", "auto") printed by the real
engines equal Postpad's figures for the same posts, through the preview's own render
(decision 0276)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from engine_harness import ENGINES, run
from hexo_themes import installed, use_theme

from conftest import require_engine
from postpad.core.count_rules import CHIRPY, HUGO, HUGO_CJK, JEKYLL, rule_for
from postpad.core.render import RenderOptions, render

pytestmark = pytest.mark.engines

POSTS = {
    "zh": "我用Python写博客，每天写3篇。\n\n第二段：中文标点“引号”。\n",
    "en": "Hello world, this is a don't-stop test_1 of 10 words.\n\nSecond para here.\n",
    "mixed": "我用 Python 写博客，每天写 3 篇 blog posts。\n\n用Python和Go写 café naïve\n",
    "code": "Text before.\n\n```python\nprint('代码 words here')\nx = a<b\n```\n\n"
    "`inline 代码` and [链接 text](https://e.com/x) ![图片 alt](a.png)\n",
    "ensp": "&ensp;&ensp;&ensp;&ensp;段落一\n&ensp;&ensp;两个 words&amp;more\n\n全角 here\n",
    "kana": "かなカナ 한국어 text\n",
    "escaped": "a < b and c > d, AT&T x &lt; y 中&gt;文\n",
    "html": "<div>\n三个字 html words\n</div>\n\nA&nbsp;B x&mdash;y <span>内</span>\n",
    "long": "汉" * 1001 + "\n\n" + "word " * 425 + "\n",
    "english-long": "word " * 425 + "\n",
    "empty": "",
}
COUNTS = re.compile(r'<script type="application/json" id="counts">(.*?)</script>', re.S)
HUGO_LAYOUT = (
    '<script type="application/json" id="counts">{{ dict "file" .File.Path "words" .WordCount '
    '"minutes" .ReadingTime | jsonify | safeJS }}</script>\n'
)
JEKYLL_LAYOUT = (
    '<script type="application/json" id="counts">{"file": {{ page.path | jsonify }}, '
    '"default": {{ content | strip_html | number_of_words }}, '
    '"auto": {{ content | strip_html | number_of_words: "auto" }}}</script>\n'
)


def _hugo_site(tmp_path: Path, cjk: bool) -> dict[str, dict[str, int]]:
    require_engine("hugo")
    engine = ENGINES["hugo"]
    root = engine.new_site(tmp_path)
    (root / "layouts" / "single.html").write_text(HUGO_LAYOUT, encoding="utf-8")
    if cjk:
        config = root / "hugo.toml"
        config.write_text("hasCJKLanguage = true\n" + config.read_text("utf-8"), "utf-8")
    for name, body in POSTS.items():
        page = root / "content" / "posts" / f"{name}.md"
        page.write_text(f'+++\ntitle = "{name}"\ndate = 2024-06-01\n+++\n{body}', "utf-8")
    binary = engine.binary()  # type: ignore[attr-defined]
    code, log = run([binary, "--destination", "public"], root, "UTC")
    assert code == 0, log
    found = {}
    for html in (root / "public" / "posts").glob("*/index.html"):
        data = json.loads(COUNTS.search(html.read_text("utf-8"))[1])  # type: ignore[index]
        found[Path(data["file"]).stem] = data
    return found


def _postpad(engine: str, text: str, site_root: Path | None = None) -> object:
    return render(text, RenderOptions(engine=engine, site_root=site_root)).stats


@pytest.mark.parametrize("cjk", [False, True], ids=["plain", "hasCJKLanguage"])
def test_hugo_word_count_and_reading_time(tmp_path: Path, cjk: bool) -> None:
    hugo = _hugo_site(tmp_path, cjk)
    config = {"hasCJKLanguage": True} if cjk else {}
    for name, body in POSTS.items():
        text = f'+++\ntitle = "{name}"\ndate = 2024-06-01\n+++\n{body}'
        rule = rule_for("hugo", None, config, text)
        assert rule == (HUGO_CJK if cjk and name not in ("en", "english-long", "empty") else HUGO)
        stats = _postpad("hugo", text)
        assert (rule.words(stats), rule.minutes(stats)) == (  # type: ignore[arg-type]
            hugo[name]["words"],
            hugo[name]["minutes"],
        ), name


def test_jekyll_number_of_words(tmp_path: Path) -> None:
    require_engine("jekyll")
    root = ENGINES["jekyll"].new_site(tmp_path)
    (root / "_layouts" / "post.html").write_text(JEKYLL_LAYOUT, encoding="utf-8")
    for name, body in POSTS.items():
        (root / "_posts" / f"2024-06-01-{name}.md").write_text(
            f"---\ntitle: {name}\n---\n{body}", encoding="utf-8"
        )
    code, log = run(["jekyll", "build", "--quiet"], root, "UTC")
    assert code == 0, log
    jekyll = {}
    for html in (root / "_site").rglob("*.html"):
        match = COUNTS.search(html.read_text("utf-8"))
        if match:
            data = json.loads(match[1])
            jekyll[Path(data["file"]).stem.removeprefix("2024-06-01-")] = data
    assert len(jekyll) == len(POSTS)
    for name, body in POSTS.items():
        stats = _postpad("jekyll", f"---\ntitle: {name}\n---\n{body}")
        assert JEKYLL.words(stats) == jekyll[name]["default"], name  # type: ignore[arg-type]
        chirpy = CHIRPY.for_stats(stats)  # type: ignore[arg-type]
        assert chirpy.words(stats) == jekyll[name]["auto"], name  # type: ignore[arg-type]


def _as_hexo_wordcount_writes(count: int) -> str:
    """``wordcount``'s text: the count, from 1,000 on ``Math.round(count / 100) / 10 + 'k'``."""
    if count < 1000:
        return str(count)
    tenths = int(count / 100 + 0.5) / 10
    return f"{tenths:g}k"


#: code as Hexo writes it, and the places marked writes no break (decision 0288)
HEXO_POSTS = {
    "fences": '```\nit\'s "q" a&b <x>\n```\n\n' + "```js\nx = {a} 'q'\n" * 12 + "```\n",
    "spans": 'a`it\'s "q" a&b`x 中`文`字 AT&T `a&b` [x](http://e.com/?a&b)\n',
    "indented": 'para\n\n    it\'s "q" {y}\n    two\n',
    "headings": "## Title\nnext line\n\n## Go语言\n\nNext para a/b=c\n\n## H\n\n```\n{x}\n```\n",
    "lines": "one\ntwo\n\n- a\n- b\n\n<https://e.com/a/b> and https://x.org/y\n",
    "codeblock": "{% codeblock Title here lang:js %}\nx = {a}\n{% endcodeblock %}\n",
}


def test_hexo_wordcount_on_real_hexo(tmp_path: Path) -> None:
    """hexo-wordcount 6.0.1's helpers on Hexo 8's own rendering of each post, code included
    (decision 0288): the 字数 and Butterfly's min2read agree."""
    require_engine("hexo")
    package = Path(__file__).parent / "sites" / "hexo-butterfly" / "node_modules" / "hexo-wordcount"
    if not (package / "index.js").is_file():
        pytest.skip("hexo-wordcount is not installed in sites/hexo-butterfly")
    site = ENGINES["hexo"].new_site(tmp_path)
    script = Path(__file__).parent / "oracles" / "hexo_wordcount.js"
    posts = {**POSTS, **HEXO_POSTS}
    out = tmp_path / "counts.json"
    code, log = run(
        ["node", str(script), str(site), str(package), str(out)], site, "UTC", json.dumps(posts)
    )
    assert code == 0, log
    assert out.is_file(), log
    hexo = json.loads(out.read_text("utf-8"))
    butterfly = rule_for("hexo", "butterfly", {})
    for name, body in posts.items():
        stats = _postpad("hexo", f"---\ntitle: {name}\n---\n{body}")
        words = butterfly.words(stats)  # type: ignore[arg-type]
        assert _as_hexo_wordcount_writes(words) == hexo[name]["wordcount"], name
        if words:
            assert butterfly.minutes(stats) == hexo[name]["min2read"], name  # type: ignore[arg-type]


#: Butterfly's tags write text on the page (tab names, label and button text, toggle titles)
BUTTERFLY_POSTS = {
    "note": "{% note blue %}\n这是一个提示\n{% endnote %}\n",
    "tabs": "{% tabs 标签页 %}\n<!-- tab 第一 -->\n内容一\n<!-- endtab -->\n"
    "<!-- tab Second -->\n内容二\n<!-- endtab -->\n{% endtabs %}\n",
    "label-btn": "缩进段落，{% label 标签 red %} 与 {% btn /,按钮 %}。\n",
    "toggle": "{% hideToggle 展开 %}\n隐藏内容\n{% endhideToggle %}\n",
    "tag-line": "{% btn /,按钮 Go %}\n",
    "hide-block": "{% hideBlock 查看答案 %}\n答案是 42\n{% endhideBlock %}\n",
    "raw": "正文\n\n{% raw %}\n<div>原始 HTML 文字</div>\n{% endraw %}\n",
    "gallery": "{% gallery %}\n![夕阳](./夕阳.png)\n"
    "![第二梦](./第二梦.png 'a \"t\"')\n{% endgallery %}\n",
}


def test_hexo_wordcount_counts_butterfly_tag_text(tmp_path: Path) -> None:
    """Hexo 8 + Butterfly 5.7's tags, counted by hexo-wordcount 6.0.1: the 字数 includes the
    text the tags write (it left out a tab's name, a button's text, a toggle's title)."""
    require_engine("hexo")
    package = Path(__file__).parent / "sites" / "hexo-butterfly" / "node_modules" / "hexo-wordcount"
    if not (package / "index.js").is_file() or installed("butterfly") is None:
        pytest.skip("hexo-wordcount or hexo-theme-butterfly is not installed")
    site = ENGINES["hexo"].new_site(tmp_path)
    config = site / "_config.yml"
    config.write_text(
        re.sub(r"(?m)^theme: .*$", "theme: butterfly", config.read_text("utf-8")), "utf-8"
    )
    assert use_theme(site, "butterfly")
    script = Path(__file__).parent / "oracles" / "hexo_wordcount.js"
    out = tmp_path / "counts.json"
    code, log = run(
        ["node", str(script), str(site), str(package), str(out)],
        site,
        "UTC",
        json.dumps(BUTTERFLY_POSTS),
    )
    assert code == 0, log
    assert out.is_file(), log
    hexo = json.loads(out.read_text("utf-8"))
    butterfly = rule_for("hexo", "butterfly", {})
    for name, body in BUTTERFLY_POSTS.items():
        options = RenderOptions(engine="hexo", theme="butterfly")
        stats = render(f"---\ntitle: {name}\n---\n{body}", options).stats
        words = butterfly.words(stats)  # type: ignore[arg-type]
        assert _as_hexo_wordcount_writes(words) == hexo[name]["wordcount"], name
