"""Hexo code through highlight.js itself (decision 0126), and the fall-back without Node.js."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from postpad.core.render import render
from postpad.core.render.options import RenderOptions
from postpad.core.render.rules import highlightjs
from postpad.core.render.rules.hexo_code import HexoCode, hexo_code_html, hexo_code_settings

FENCE = 'git log --all\nrm -rf x # 注释\necho "你好"\n'


@pytest.fixture(autouse=True)
def fresh_worker() -> Iterator[None]:
    highlightjs.reset()
    yield
    highlightjs.reset()


def needs_node() -> None:
    if highlightjs.node_command() is None:
        pytest.skip("Node.js is not installed")


def test_highlight_js_scopes_what_pygments_does_not() -> None:
    needs_node()
    html = hexo_code_html(FENCE, "bash", HexoCode(highlight_js=True))
    assert '<span class="line">git <span class="built_in">log</span> --all</span><br>' in html
    assert '<span class="built_in">rm</span> -rf x <span class="comment"># 注释</span>' in html
    assert '<span class="string">&quot;你好&quot;</span>' in html  # highlight.js escapes quotes
    pygments = hexo_code_html(FENCE, "bash", HexoCode())
    assert '<span class="built_in">log</span>' not in pygments


def test_spans_open_across_lines_are_closed_and_reopened_per_line() -> None:
    needs_node()
    html = hexo_code_html('x = """a\nb"""\n', "python", HexoCode(highlight_js=True, hljs=True))
    assert '<span class="hljs-string">&quot;&quot;&quot;a</span>' in html
    assert '<span class="hljs-string">b&quot;&quot;&quot;</span>' in html


def test_a_site_on_highlight_js_uses_it_and_one_on_prismjs_does_not() -> None:
    assert hexo_code_settings({}).highlight_js
    assert not hexo_code_settings({"syntax_highlighter": "prismjs"}).highlight_js
    assert not hexo_code_settings({"syntax_highlighter": "highlight.js"}).hljs


def test_without_node_the_preview_falls_back_to_pygments(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POSTPAD_HIGHLIGHTJS", "0")
    assert highlightjs.node_command() is None
    html = hexo_code_html(FENCE, "bash", HexoCode(highlight_js=True))
    assert html == hexo_code_html(FENCE, "bash", HexoCode())
    assert '<span class="string">"你好"</span>' in html


def test_a_worker_that_dies_is_given_up_and_the_fallback_is_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(highlightjs, "node_command", lambda: "true")  # exits at once
    assert highlightjs.highlight_js("a = 1", "python") is None
    html = hexo_code_html("a = 1\n", "python", HexoCode(highlight_js=True))
    assert '<span class="number">1</span>' in html


def test_a_hexo_site_config_turns_it_on_for_the_preview() -> None:
    needs_node()
    text = "---\ntitle: t\n---\n```bash\ngit log\n```\n"
    with_site = RenderOptions(engine="hexo", site_overrides={"site": {"url": "http://example.com"}})
    assert '<span class="built_in">log</span>' in render(text, with_site).html


def test_auto_detect_names_the_guessed_language_on_the_figure() -> None:
    needs_node()
    code = "SELECT name, count(*) FROM users WHERE id = 1 GROUP BY name;\n"
    guessed = hexo_code_html(code, "", HexoCode(highlight_js=True, auto_detect=True))
    assert guessed.startswith('<figure class="highlight pgsql">'), guessed[:60]  # its guess
    assert '<span class="keyword">SELECT</span>' in guessed
    plain = hexo_code_html(code, "", HexoCode(highlight_js=True))
    assert plain.startswith('<figure class="highlight plaintext">')
    assert hexo_code_settings({"highlight": {"auto_detect": True}}).auto_detect
    assert not hexo_code_settings({"highlight": {}}).auto_detect


# printed by hexo-util 4.0.0's highlight() with the same options
HLJS_WRAPPED = (
    '<figure class="highlight python"><table><tr><td class="gutter"><pre><span class="line">1'
    '</span><br><span class="line">2</span><br></pre></td><td class="code"><pre>'
    '<code class="hljs python">a = <span class="hljs-string">&quot;x&quot;</span><br>'
    "<mark>b</mark><br></code></pre></td></tr></table></figure>\n"
)
HLJS_UNWRAPPED = (
    '<pre><code class="hljs Python">a = <span class="hljs-string">&quot;x&quot;</span>\n'
    "b</code></pre>\n"
)


def test_hljs_option_writes_code_hljs_without_line_spans() -> None:
    needs_node()
    settings = HexoCode(highlight_js=True, hljs=True)
    assert hexo_code_html('a = "x"\nb\n', "python mark:2", settings) == HLJS_WRAPPED
    unwrapped = HexoCode(highlight_js=True, hljs=True, wrap=False, line_number=False)
    assert hexo_code_html('a = "x"\nb\n', "Python", unwrapped) == HLJS_UNWRAPPED


def test_a_worker_killed_mid_session_is_replaced_and_the_block_asked_again() -> None:
    needs_node()
    assert highlightjs.highlight_js("git log", "bash") is not None
    worker = highlightjs._BRIDGE._worker
    assert worker is not None
    worker.close()  # as if the system killed it
    again = highlightjs.highlight_js("git log --all", "bash")
    assert again == 'git <span class="built_in">log</span> --all'
    assert highlightjs._BRIDGE._worker is not worker
