"""`postpad check`'s links rule reports only what is on the built page (decision 0260): raw HTML
only when the engine keeps it, no path inside a code tag block, Hexo's `{% img %}` as Hexo reads
it, and Hexo's relative-image rewrite only for Markdown images. The engines' side is in
tests/engines/test_check_links_engines.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from postpad.core.site import detect_site
from postpad.core.site.check import check_text
from postpad.core.site.check.hexo_img import img_source

LINKS = ("broken-link", "hexo-relative-image")


def _site(tmp_path: Path, engine: str, config: str = "") -> tuple[Path, Path]:
    """(site root, posts folder) of a small site of ``engine``."""
    root = tmp_path / engine
    if engine == "hugo":
        posts = root / "content/posts"
        posts.mkdir(parents=True)
        (root / "hugo.toml").write_text('title = "x"\n' + config, "utf-8")
    else:
        posts = root / ("source/_posts" if engine == "hexo" else "_posts")
        posts.mkdir(parents=True)
        (root / "_config.yml").write_text("title: x\n" + config, "utf-8")
    if engine == "hexo":
        (root / "package.json").write_text('{"dependencies": {"hexo": "8.1.2"}}', "utf-8")
    return root, posts


def _links(root: Path, post: Path, body: str) -> list[tuple[int, str, str]]:
    text = f"---\ntitle: t\ndate: 2024-01-01\n---\n{body}"
    found = check_text(post, text, detect_site(root))
    return [(f.line, f.code, f.data.get("target", "")) for f in found if f.code in LINKS]


RAW = '<img src="/gone.png">\n\nText <a href="/gone.pdf">d</a> ![md](/md.png)\n'


def test_hugo_raw_html_is_not_on_the_page_unless_unsafe(tmp_path: Path) -> None:
    root, posts = _site(tmp_path, "hugo")
    assert _links(root, posts / "p.md", RAW) == [(7, "broken-link", "/md.png")]
    unsafe = "[markup.goldmark.renderer]\nunsafe = true\n"
    (root / "hugo.toml").write_text(f'title = "x"\n{unsafe}', "utf-8")
    assert sorted(_links(root, posts / "p.md", RAW)) == [
        (5, "broken-link", "/gone.png"),
        (7, "broken-link", "/gone.pdf"),
        (7, "broken-link", "/md.png"),
    ]


@pytest.mark.parametrize("engine", ["hexo", "jekyll"])
def test_raw_html_counts_where_the_engine_keeps_it(tmp_path: Path, engine: str) -> None:
    root, posts = _site(tmp_path, engine)
    assert sorted(_links(root, posts / "p.md", RAW)) == [
        (5, "broken-link", "/gone.png"),
        (7, "broken-link", "/gone.pdf"),
        (7, "broken-link", "/md.png"),
    ]


CODE_TAGS = {
    "jekyll": '{% highlight html %}\n<img src="a.png">\n![x](b.png)\n{% endhighlight %}\n',
    "hexo": (
        '{% codeblock lang:html %}\n<img src="a.png">\n![x](b.png)\n{% endcodeblock %}\n\n'
        '{% code %}\n<img src="c.png">\n{% img /d.png %}\n{% endcode %}\n'
    ),
    "hugo": "{{< highlight html >}}\n![x](b.png)\n[y](c.pdf)\n{{< /highlight >}}\n",
}


@pytest.mark.parametrize("engine", sorted(CODE_TAGS))
def test_a_path_in_a_code_tag_block_is_code(tmp_path: Path, engine: str) -> None:
    root, posts = _site(tmp_path, engine, "")
    after = "\n![after](/after.png)\n"
    found = _links(root, posts / "p.md", CODE_TAGS[engine] + after)
    assert found == [(6 + CODE_TAGS[engine].count("\n"), "broken-link", "/after.png")]


def test_a_fence_inside_a_raw_block_is_code(tmp_path: Path) -> None:
    for engine in ("hexo", "jekyll"):
        root, posts = _site(tmp_path, engine)
        body = '{% raw %}\n```html\n<img src="a.png">\n```\n{% endraw %}\n'
        assert _links(root, posts / "p.md", body) == []


def test_hexo_raw_keeps_raw_html_but_not_markdown(tmp_path: Path) -> None:
    """Hexo writes a raw block out after the Markdown render: ``![x](a.png)`` stays text, raw
    HTML is on the page. Jekyll's raw only stops Liquid: kramdown renders both."""
    body = '{% raw %}\n![x](/a.png)\n<img src="/b.png">\n{% img /c.png %}\n{% endraw %}\n'
    root, posts = _site(tmp_path, "hexo")
    assert _links(root, posts / "p.md", body) == [(7, "broken-link", "/b.png")]
    root, posts = _site(tmp_path, "jekyll")
    assert _links(root, posts / "p.md", body) == [
        (6, "broken-link", "/a.png"),
        (7, "broken-link", "/b.png"),
    ]


@pytest.mark.parametrize(
    ("args", "src"),
    [
        ("/img/a.png", "/img/a.png"),
        ("left /img/a.png 300 200 \"A title\" 'alt text'", "/img/a.png"),
        ('a b /x/y.png 3 "ti tle" "al t"', "/x/y.png"),
        ("pic.png 10 20", None),  # a relative path is a class name: Hexo writes no src
        ("cls https://example.com/a.png", "https://example.com/a.png"),
        ("cls www.example.com/a.png", "www.example.com/a.png"),
    ],
)
def test_hexo_img_source_as_hexo_reads_it(args: str, src: str | None) -> None:
    assert img_source(args) == src


def test_hexo_img_tag_to_a_missing_image(tmp_path: Path) -> None:
    root, posts = _site(tmp_path, "hexo")
    (root / "source/img").mkdir()
    (root / "source/img/here.png").write_bytes(b"png")
    body = (
        '{% img /img/here.png %}\n\n{% img left /img/gone.png 300 "A title" %}\n'
        "{% image /img/gone2.png %} {% img gone3.png %}\n\n`{% img /img/code.png %}`\n"
        "```\n{% img /img/fence.png %}\n```\n"
    )
    assert _links(root, posts / "p.md", body) == [
        (7, "broken-link", "/img/gone.png"),
        (8, "broken-link", "/img/gone2.png"),
    ]


def test_jekyll_img_tag_is_not_hexos(tmp_path: Path) -> None:
    root, posts = _site(tmp_path, "jekyll")
    assert _links(root, posts / "p.md", "{% img /img/gone.png %}\n") == []


def test_hexo_relative_image_only_for_markdown(tmp_path: Path) -> None:
    """hexo-renderer-marked rewrites a Markdown image's relative src to /src; raw HTML is left
    as written (real Hexo 8.1.2: ``<img src="rel.png">`` stays)."""
    root, posts = _site(tmp_path, "hexo")
    (posts / "rel.png").write_bytes(b"png")
    body = '<img src="rel.png">\n\nText <img src="rel.png">\n\n![m](rel.png)\n'
    assert _links(root, posts / "p.md", body) == [(9, "hexo-relative-image", "rel.png")]


def test_a_longer_tag_name_opens_no_code_block(tmp_path: Path) -> None:
    """Hexo and Liquid name a tag by its whole word: ``{% code-block %}`` is no ``{% code %}``."""
    root, posts = _site(tmp_path, "hexo")
    body = "{% code-block %}\n\n![a](/a.png)\n"
    assert _links(root, posts / "p.md", body) == [(7, "broken-link", "/a.png")]
    root, posts = _site(tmp_path, "jekyll")
    body = "{% highlighter %}\n\n![a](/a.png)\n"
    assert _links(root, posts / "p.md", body) == [(7, "broken-link", "/a.png")]
