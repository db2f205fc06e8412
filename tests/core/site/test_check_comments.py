"""A path or a tag inside a comment the engine drops is no problem (decision 0270): HTML
comments (every engine; Hugo has no other comment in content, `{{/* */}}` is text), Liquid's
`{% comment %}` and kramdown's `{::comment}` (Jekyll), Nunjucks' `{# #}` (Hexo). A raw block
prints a template comment as text. Hexo sets HTML comments aside before Nunjucks (no tag runs
there), Jekyll does not. The engines' side is tests/engines/test_check_comments_engines.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from postpad.core.render import render
from postpad.core.render.options import options_for_site
from postpad.core.site import detect_site
from postpad.core.site.check import check_text
from postpad.core.site.check.render_findings import render_findings

HEADER = "---\ntitle: t\ndate: 2024-01-01\n---\n"  # body from line 5


def _site(tmp_path: Path, engine: str) -> Path:
    """The post's path in a small site of ``engine``."""
    root = tmp_path / engine
    if engine == "hugo":
        posts = root / "content/posts"
        posts.mkdir(parents=True)
        unsafe = "[markup.goldmark.renderer]\nunsafe = true\n"  # raw HTML on the page
        (root / "hugo.toml").write_text(f'title = "x"\n{unsafe}', "utf-8")
    else:
        posts = root / ("source/_posts" if engine == "hexo" else "_posts")
        posts.mkdir(parents=True)
        (root / "_config.yml").write_text("title: x\n", "utf-8")
    if engine == "hexo":
        (root / "package.json").write_text('{"dependencies": {"hexo": "8.1.2"}}', "utf-8")
    return posts / ("2024-01-01-p.md" if engine == "jekyll" else "p.md")


def _found(post: Path, body: str, codes: tuple[str, ...]) -> list[tuple[int, str, str]]:
    found = check_text(post, HEADER + body, detect_site(post))
    return sorted((f.line, f.code, f.data.get("target", "")) for f in found if f.code in codes)


def _window(post: Path, body: str) -> list[tuple[int, str]]:
    site = detect_site(post)
    rendered = render(HEADER + body, options_for_site(site, post))
    found = render_findings(rendered.warnings, post, site)
    return sorted((f.line, f.data["target"]) for f in found if f.code == "broken-link")


HTML = (
    '<!-- ![a](/a.png) <img src="/b.png"> -->\n\n'  # 5
    '<!--\n<img src="/c.png">\n-->\n\n'  # 7-9
    'Text <!-- <img src="/d.png"> --> and <img src="/on.png"> end.\n'  # 11
)


@pytest.mark.parametrize("engine", ["hexo", "jekyll", "hugo"])
def test_an_html_comment_holds_no_image(tmp_path: Path, engine: str) -> None:
    post = _site(tmp_path, engine)
    assert _found(post, HTML, ("broken-link",)) == [(11, "broken-link", "/on.png")]
    assert _window(post, HTML) == [(11, "/on.png")]


def test_an_html_comment_over_a_blank_line_only_when_it_opens_a_block(tmp_path: Path) -> None:
    post = _site(tmp_path, "jekyll")
    body = 'Text <!-- open\n\n<img src="/shown.png"> -->\n\n<!-- a\n\n<img src="/hidden.png"> -->\n'
    assert _found(post, body, ("broken-link",)) == [(7, "broken-link", "/shown.png")]


HEXO = (
    '{# ![a](/a.png) #} and {# <img src="/b.png"> #} ![on](/on.png)\n\n'  # 5
    "{#\n![c](/c.png)\n{% img /d.png %}\n{% post_link nope %}\n{% nosuchtag %}\n#}\n\n"  # 7-12
    '{% raw %}\n{# <img src="/raw.png"> #}\n{% endraw %}\n\n'  # 14-16
    "<!-- {% post_link nope2 %} {% nosuchtag2 %} {% img /e.png %} -->\n"  # 18
)


def test_hexo_nunjucks_and_html_comments(tmp_path: Path) -> None:
    post = _site(tmp_path, "hexo")
    codes = ("broken-link", "hexo-post-not-found", "unknown-tag")
    assert _found(post, HEXO, codes) == [
        (5, "broken-link", "/on.png"),
        (15, "broken-link", "/raw.png"),
    ]
    comments = _found(post, HEXO, ("hexo-nunjucks-comment",))
    assert [line for line, _c, _t in comments] == [5, 5, 7]  # Hexo deletes them (not in raw)
    assert _window(post, HEXO) == [(5, "/on.png"), (15, "/raw.png")]


JEKYLL = (
    '{% comment %}\n![a](/a.png)\n<img src="/b.png">\n{% nosuchtag %}\n{% endcomment %}\n\n'  # 5-9
    "A {% comment %} ![c](/c.png) {% endcomment %} b ![on](/on.png)\n\n"  # 11
    "X {::comment} ![k](/k.png) {:/comment} y\n\n"  # 13
    "<!-- {% nosuchtag2 %} -->\n"  # 15: Liquid runs it
)


def test_jekyll_liquid_and_kramdown_comments(tmp_path: Path) -> None:
    post = _site(tmp_path, "jekyll")
    found = _found(post, JEKYLL, ("broken-link", "unknown-tag"))
    assert found == [(11, "broken-link", "/on.png"), (15, "unknown-tag", "")]


def test_hugo_has_no_go_comment_in_content(tmp_path: Path) -> None:
    post = _site(tmp_path, "hugo")
    body = "{{/* ![x](/x.png) */}}\n"  # Hugo 0.168 writes {{/* <img src="/x.png"> */}}
    assert _found(post, body, ("broken-link",)) == [(5, "broken-link", "/x.png")]


def test_hexo_a_line_that_starts_with_a_tag_is_html_a_comment_is_deleted(tmp_path: Path) -> None:
    """Hexo swaps a tag for an `<!--swig-->` placeholder before Markdown (the line is an HTML
    block, a Markdown image after the tag is text) and deletes a `{# #}` comment (the text
    after it is a paragraph): real Hexo 8.1.2 shows /f.png and /on.png, not /g.png."""
    post = _site(tmp_path, "hexo")
    body = "{# c #} ![on](/on.png)\n\n{% img /f.png %} ![g](/g.png)\n\n"
    expected = [(5, "broken-link", "/on.png"), (7, "broken-link", "/f.png")]
    assert _found(post, body, ("broken-link",)) == expected
    assert _window(post, body) == [(5, "/on.png"), (7, "/f.png")]
