"""The post header as static HTML for export (decision 0243): the preview's DOM and classes,
text escaped, only the CSS values the header decided on."""

from __future__ import annotations

from pathlib import Path

from postpad.core.postheader import header_payload, header_settings
from postpad.core.postheader.page_html import header_html

GRADIENT = "linear-gradient(20deg, #0062be, #925696)"


def _html(tmp_path: Path, front: str, theme: str | None = "butterfly") -> str:
    root = tmp_path / "blog"
    post = root / "source" / "_posts" / "p.md"
    post.parent.mkdir(parents=True, exist_ok=True)
    settings = header_settings(
        engine="hexo",
        theme=theme,
        site_root=root,
        site_config={"language": "zh-CN"},
        post_path=post,
    )
    payload = header_payload(f"---\n{front}---\n\n正文\n", settings)
    assert payload is not None
    return header_html(payload)


def test_butterfly_banner_title_and_meta(tmp_path: Path) -> None:
    html = _html(
        tmp_path,
        "title: 某篇 <b>文章</b>\ndate: 2024-06-01\ncategories: [技术, 编程]\n"
        f"top_img: '{GRADIENT}'\n",
    )
    assert html.startswith(
        '<header id="pp-post-header" class="pp-post-header pp-butterfly pp-banner pp-mask" '
        f'style="background-color: #49b1f5; background: {GRADIENT};">'
    )
    assert '<h1 class="pp-post-title">某篇 &lt;b&gt;文章&lt;/b&gt;</h1>' in html
    assert (
        '<span class="pp-post-date pp-post-created"><span class="pp-post-meta-label">发表于'
        '</span> <span class="pp-post-date-text">2024-06-01</span></span>'
    ) in html
    assert (
        '<span class="pp-post-category">技术</span><span class="pp-post-meta-separator">›'
        '</span><span class="pp-post-category">编程</span>'
    ) in html


def test_no_banner_plain_and_no_header(tmp_path: Path) -> None:
    assert 'class="pp-post-header pp-butterfly pp-no-banner">' in _html(
        tmp_path, "title: t\ntop_img: false\n"
    )
    plain = _html(tmp_path, "title: 随手记\n", theme=None)
    assert plain == (
        '<header id="pp-post-header" class="pp-post-header pp-plain">'
        '<div class="pp-post-info"><h1 class="pp-post-title">随手记</h1></div></header>\n'
    )
    assert _html(tmp_path, "draft: true\n", theme=None) == ""


def test_a_refused_value_leaves_the_theme_colour(tmp_path: Path) -> None:
    html = _html(tmp_path, "title: t\ntop_img: 'red; background: url(x)'\n")
    assert 'style="background-color: #49b1f5;"' in html
    assert "url(" not in html


def test_an_image_url_cannot_leave_its_string(tmp_path: Path) -> None:
    root = tmp_path / "blog"
    (root / "source" / "img").mkdir(parents=True)
    (root / "source" / "img" / 'a"b.jpg').write_bytes(b"\xff\xd8\xff")
    html = _html(tmp_path, "title: t\ntop_img: '/img/a\"b.jpg'\n")
    assert "background-image: url(&quot;file://" in html
    assert "a%22b.jpg&quot;)" in html


def test_a_remote_url_cannot_leave_its_string() -> None:
    banner = {"kind": "image", "value": 'https://example.com/a")b\\c.jpg'}
    html = header_html({"show": True, "style": "butterfly", "title": "t", "banner": banner})
    assert "url(&quot;https://example.com/a%22)b%5Cc.jpg&quot;)" in html
