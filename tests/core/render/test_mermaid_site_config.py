"""Mermaid follows the site's config (decision 0155): the render options say which diagrams the
blog draws; the others come out as the blog shows them, with a preview-only warning."""

from __future__ import annotations

from typing import Any

from postpad.core.render import RenderOptions, render

POST = (
    "Text.\n\n{% mermaid %}\n  graph TD\n    A --> B & 'x'\n{% endmermaid %}\n\n"
    "```mermaid\ngraph LR\n  C --> D\n```\n"
)
DIAGRAM = 'class="mermaid-wrap pp-diagram"'
#: Butterfly's scripts/tag/mermaid.js (5.7) for this tag: hidden, hexo-util escapeHTML, trimBody
HIDDEN = (
    '<div class="mermaid-wrap"><pre class="mermaid-src" data-config="{}" hidden>\n'
    "    graph TD\n  A --&gt; B &amp; &#39;x&#39;\n  </pre></div>\n"
)


def _render(mermaid: dict[str, Any] | None, engine: str = "hexo", **site: Any) -> Any:
    overrides = {"site": {**site, **({"mermaid": mermaid} if mermaid is not None else {})}}
    return render(POST, RenderOptions(engine=engine, theme="butterfly", site_overrides=overrides))


def _html(rendered: Any) -> str:
    return "".join(block.html for block in rendered.blocks)


def test_without_a_site_setting_every_diagram_is_drawn() -> None:
    rendered = _render(None)
    assert _html(rendered).count(DIAGRAM) == 2
    assert rendered.warnings == []
    plain = render(POST, RenderOptions(engine="generic"))  # a post outside a site
    assert _html(plain).count(DIAGRAM) == 1  # the fence (the tag is Hexo's)


def test_mermaid_off_hides_the_tag_and_shows_the_fence_as_code() -> None:
    why = "mermaid.enable is false in _config.butterfly.yml"
    rendered = _render({"tag": False, "fence": False, "why_tag": why, "why_fence": why})
    html = _html(rendered)
    assert DIAGRAM not in html
    assert HIDDEN in html
    assert '<figure class="highlight plaintext">' in html  # Hexo's code block
    assert [w.code for w in rendered.warnings] == ["mermaid-off", "mermaid-off"]
    assert rendered.warnings[0].line == 3  # the tag's line
    assert rendered.warnings[0].message == (
        f"Mermaid is off in this site's config: the blog shows nothing for this diagram ({why})"
    )
    assert "the blog shows the diagram's code" in rendered.warnings[1].message


def test_the_tag_config_word_is_kept_escaped_as_hexo_does() -> None:
    source = '{% mermaid \'{"theme":"dark"}\' %}\ngraph TD\n{% endmermaid %}\n'
    options = RenderOptions(
        engine="hexo", theme="butterfly", site_overrides={"site": {"mermaid": {"tag": False}}}
    )
    html = _html(render(source, options))
    assert (
        'data-config="{&quot;theme&quot;:&quot;dark&quot;}" hidden>\n    graph TD\n  </pre>' in html
    )


def test_a_fence_needing_the_mermaid_class_is_drawn_only_with_it() -> None:
    setting = {"tag": True, "fence": True, "fence_needs_class": True}
    rendered = _render(setting)
    assert _html(rendered).count(DIAGRAM) == 1  # highlight.js writes a <figure>: not drawn
    assert "exclude_languages" in rendered.warnings[0].message
    excluded = _render(setting, highlight={"exclude_languages": ["mermaid"]})
    assert _html(excluded).count(DIAGRAM) == 2  # <pre><code class="highlight mermaid">
    assert excluded.warnings == []


def test_hugo_without_a_render_hook_shows_the_fence_as_code() -> None:
    why = "no layouts/_markup/render-codeblock-mermaid.html render hook"
    rendered = _render({"fence": False, "why_fence": why}, engine="hugo")
    html = _html(rendered)
    assert DIAGRAM not in html
    assert 'data-lang="mermaid"' in html
    assert rendered.warnings[0].message.endswith(f"({why})")
