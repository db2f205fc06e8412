"""Paste as Markdown: clipboard HTML shaped like 知乎, CSDN, 微信, Word and LibreOffice output
(tests/fixtures/paste/NAME.html) → the Markdown in NAME.md; dialect rules; when not to convert."""

from __future__ import annotations

from pathlib import Path

import pytest

from postpad.core.paste import dialect_for, html_to_markdown

FIXTURES = Path(__file__).parents[2] / "fixtures" / "paste"
CASES = sorted(path.stem for path in FIXTURES.glob("*.html"))


def test_every_source_has_a_fixture() -> None:
    assert {"zhihu", "csdn", "weixin", "word", "libreoffice"} <= set(CASES)


@pytest.mark.parametrize("name", CASES)
def test_fixture(name: str) -> None:
    html = (FIXTURES / f"{name}.html").read_text(encoding="utf-8")
    expected = (FIXTURES / f"{name}.md").read_text(encoding="utf-8")
    assert html_to_markdown(html) == expected


def test_code_language_from_class_names() -> None:
    for html, language in [
        ('<pre><code class="language-python">x = 1</code></pre>', "python"),
        ('<pre><code class="hljs python">x = 1</code></pre>', "python"),
        ('<pre class="prettyprint lang-js"><code>x = 1</code></pre>', "js"),
        ('<pre class="brush: ruby;">x = 1</pre>', "ruby"),
        ('<div class="highlight-sh"><pre>x = 1</pre></div>', "sh"),
        ('<pre data-lang="go"><code>x = 1</code></pre>', "go"),
        ("<pre><code>x = 1</code></pre>", ""),
    ]:
        assert html_to_markdown(html) == f"```{language}\nx = 1\n```\n", html


def test_code_with_a_fence_inside_gets_a_longer_fence() -> None:
    html = "<pre><code>```\ninner\n```</code></pre>"
    assert html_to_markdown(html) == "````\n```\ninner\n```\n````\n"


def test_hexo_wraps_template_syntax_in_raw_but_not_code() -> None:
    html = "<p>Use {{ page.title }} here.</p><pre><code>{% if x %}</code></pre>"
    result = html_to_markdown(html, dialect_for("hexo"))
    assert result == (
        "{% raw %}\nUse {{ page.title }} here.\n{% endraw %}\n\n```\n{% if x %}\n```\n"
    )


def test_jekyll_raw_wraps_code_too_and_breaks_with_two_spaces() -> None:
    html = "<p>a<br>b</p><pre><code>{{ site.url }}</code></pre>"
    result = html_to_markdown(html, dialect_for("jekyll"))
    assert result == "a  \nb\n\n{% raw %}\n```\n{{ site.url }}\n```\n{% endraw %}\n"
    hugo = html_to_markdown(html, dialect_for("hugo"))
    assert hugo == "a\\\nb\n\n```\n{{ site.url }}\n```\n"


def test_code_editor_and_plain_html_are_left_to_plain_paste() -> None:
    vscode = (
        '<div style="color: #d4d4d4;background-color: #1e1e1e;white-space: pre;">'
        '<div><span style="color: #569cd6;">def</span> f():</div>'
        "<div>    return 1</div></div>"
    )
    assert html_to_markdown(vscode) is None
    assert html_to_markdown("<span>just text</span>") is None
    assert html_to_markdown('<img src="https://example.com/a.png">') is None  # image paste
    assert html_to_markdown("<span>just text</span>", force=True) == "just text\n"


def test_images_stay_remote_unless_a_hook_moves_them() -> None:
    html = '<p>x</p><p><img src="/img/a.png" alt="图"></p>'
    assert "![图](https://blog.example/img/a.png)" in (
        html_to_markdown(html, base_url="https://blog.example/post/1.html") or ""
    )
    seen: list[tuple[str, str]] = []

    def hook(src: str, alt: str) -> str:
        seen.append((src, alt))
        return "post/a.png"

    assert "![图](post/a.png)" in (html_to_markdown(html, image_src=hook) or "")
    assert seen == [("/img/a.png", "图")]


def test_table_cells_escape_pipes_and_line_up() -> None:
    html = "<table><tr><th>名</th><th>值</th></tr><tr><td>a|b</td><td>中文字</td></tr></table>"
    assert html_to_markdown(html) == ("| 名   | 值     |\n| ---- | ------ |\n| a\\|b | 中文字 |\n")


def test_google_docs_wrapper_and_css_bold() -> None:
    html = (
        '<b style="font-weight:normal;" id="docs-internal-guid-1"><p><span style="font-weight:700">'
        'Bold</span> and <span style="font-style:italic">it</span></p><p>two</p></b>'
    )
    assert html_to_markdown(html) == "**Bold** and *it*\n\ntwo\n"


def test_qt_rich_text_from_a_text_widget_is_left_to_plain_paste() -> None:
    qt_html = (
        '<html><head><meta name="qrichtext" content="1" /><style>p { white-space: pre-wrap; }'
        "</style></head><body><p># Title</p><p>Some *em*</p></body></html>"
    )
    assert html_to_markdown(qt_html) is None
