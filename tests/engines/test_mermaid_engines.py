"""Mermaid follows the site's config (decision 0155): where the blog does not draw a diagram,
the preview writes what the real engine writes, checked against the real Hexo 8 + Butterfly 5.7
and Hugo 0.168, plus a preview-only warning; where it does, the preview draws it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from corpus_preview import postpad_preview
from engine_harness import ENGINES
from fidelity_kit import POSTPAD_ONLY_ATTRIBUTES
from hexo_themes import installed, use_theme
from html_normalise import strict_text

from conftest import require_engine

pytestmark = pytest.mark.engines

POST = (
    "---\ntitle: m\n---\n\nBefore.\n\n"
    '{% mermaid {"theme":"dark"} %}\n  graph TD\n    A --> B & "x"\n{% endmermaid %}\n\n'
    "```mermaid\ngraph LR\n  C --> D\n```\n\nAfter.\n"
)
DIAGRAM = 'class="mermaid-wrap pp-diagram"'


def _butterfly_site(tmp_path: Path, theme_config: str, site_extra: str = "") -> Path:
    require_engine("hexo")
    if installed("butterfly") is None:
        pytest.skip("hexo-theme-butterfly is not installed (tests/engines/install_engines.sh)")
    engine = ENGINES["hexo"]
    site = engine.new_site(tmp_path)
    config = site / "_config.yml"
    text = re.sub(r"(?m)^theme: .*$", "theme: butterfly", config.read_text("utf-8"))
    config.write_text(text + site_extra, "utf-8")
    assert use_theme(site, "butterfly")
    (site / "_config.butterfly.yml").write_text(theme_config, "utf-8")
    (site / engine.posts_dir / "m.md").write_text(POST, "utf-8")
    return site


def _both(site: Path, engine: str = "hexo") -> tuple[str, str, list[str]]:
    """(the preview's HTML, the engine's, the preview's warnings)."""
    from postpad.core.render import options_for_site, render
    from postpad.core.site.detect import detect_site

    posts = site / ENGINES[engine].posts_dir
    result = ENGINES[engine].build(site, "UTC")
    assert result.returncode == 0, result.describe()
    post = posts / "m.md"
    found = detect_site(post)
    assert found is not None
    warnings = [w.message for w in render(POST, options_for_site(found, post)).warnings]
    return postpad_preview(site, post), result.posts["m.md"].body_html, warnings


def _same(ours: str, theirs: str) -> None:
    assert strict_text(ours, POSTPAD_ONLY_ATTRIBUTES) == strict_text(
        theirs, POSTPAD_ONLY_ATTRIBUTES
    )


def test_butterfly_with_mermaid_off_shows_what_the_blog_shows(tmp_path: Path) -> None:
    site = _butterfly_site(tmp_path, "# no mermaid: Butterfly's default is enable: false\n")
    ours, theirs, warnings = _both(site)
    # Hexo's lexer joins the quoted parts: the config word is {theme:dark}
    assert 'class="mermaid-src" data-config="{theme:dark}" hidden' in theirs
    assert DIAGRAM not in ours
    _same(ours, theirs)  # the hidden tag and the fence's code block, byte for byte (normalised)
    assert len(warnings) == 2
    assert all(
        w.startswith("Mermaid is off in this site's config: the blog shows") for w in warnings
    )
    assert "mermaid.enable is false" in warnings[0]


def test_butterfly_enable_without_code_write_draws_only_the_tag(tmp_path: Path) -> None:
    site = _butterfly_site(tmp_path, "mermaid:\n  enable: true\n")
    ours, theirs, warnings = _both(site)
    assert ours.count(DIAGRAM) == 1  # the tag; the fence is the engine's code block
    fence_ours = ours[ours.index("<figure") :]
    fence_theirs = theirs[theirs.index("<figure") :]
    _same(fence_ours, fence_theirs)
    assert [w for w in warnings if "mermaid.code_write is false" in w] == warnings
    assert len(warnings) == 1


def test_butterfly_code_write_draws_fences_the_highlighter_leaves_alone(tmp_path: Path) -> None:
    """code_write draws `pre > code.mermaid` only: with highlight.js a fence is a <figure>,
    unless mermaid is in highlight.exclude_languages (Butterfly's docs say so)."""
    on = "mermaid:\n  enable: true\n  code_write: true\n"
    site = _butterfly_site(tmp_path / "a", on)
    ours, theirs, warnings = _both(site)
    assert ours.count(DIAGRAM) == 1
    assert '<figure class="highlight plaintext">' in theirs
    assert len(warnings) == 1
    assert "exclude_languages" in warnings[0]
    excluded = "\nhighlight:\n  exclude_languages:\n    - mermaid\n"
    site = _butterfly_site(tmp_path / "b", on, excluded)
    ours, theirs, warnings = _both(site)
    assert '<pre><code class="highlight mermaid">' in theirs  # what the theme's script draws
    assert ours.count(DIAGRAM) == 2
    assert warnings == []


def _hugo_site(tmp_path: Path, hook: str | None) -> Path:
    require_engine("hugo")
    engine = ENGINES["hugo"]
    site = engine.new_site(tmp_path)
    if hook is not None:
        (site / hook).parent.mkdir(parents=True, exist_ok=True)
        (site / hook).write_text('<pre class="mermaid">{{ .Inner | htmlEscape }}</pre>', "utf-8")
    page = '+++\ntitle = "m"\ndate = 2024-06-01\n+++\n\n```mermaid\ngraph LR\n  C --> D\n```\n'
    (site / engine.posts_dir / "m.md").write_text(page, "utf-8")
    return site


def test_hugo_draws_a_mermaid_fence_only_with_a_render_hook(tmp_path: Path) -> None:
    from postpad.core.render import options_for_site, render
    from postpad.core.site.detect import detect_site

    for hook in (None, "layouts/_markup/render-codeblock-mermaid.html"):
        site = _hugo_site(tmp_path / str(hook is not None), hook)
        result = ENGINES["hugo"].build(site, "UTC")
        assert result.returncode == 0, result.describe()
        theirs = result.posts["m.md"].body_html
        post = site / "content" / "posts" / "m.md"
        found = detect_site(post)
        assert found is not None
        rendered = render(post.read_text("utf-8"), options_for_site(found, post))
        ours = "".join(block.html for block in rendered.blocks)
        if hook is None:
            assert 'class="language-mermaid" data-lang="mermaid"' in theirs  # a code block
            assert DIAGRAM not in ours
            assert 'data-lang="mermaid"' in ours
            assert "render-codeblock-mermaid" in rendered.warnings[0].message
        else:
            assert '<pre class="mermaid">graph LR' in theirs
            assert DIAGRAM in ours
            assert not rendered.warnings
