"""A Hexo blog on hexo-renderer-markdown-it is built by the harness with that renderer and its
`markdown:` config (decision 0157), not with hexo-renderer-marked."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from corpus_engine import build_site
from hexo_renderers import blog_renderer, installed, render_snippets
from html_normalise import strict_text
from markdown_it.utils import read_fixture_file
from test_corpus_harness import synthetic_site

from conftest import require_engine
from postpad.core.render import RenderOptions, render

POST = (
    "---\ntitle: T\ndate: 2024-01-02\n---\n"
    '## Hello "World"\n\nSay "hi" ==marked== text[^1].\n\n[^1]: The note.\n'
)
CONFIG = "markdown:\n  render:\n    breaks: false\n  plugins:\n    - markdown-it-mark\n"
CONFIG += "    - markdown-it-footnote\n"
PACKAGE = '{"dependencies": {"hexo": "^7.0.0", "hexo-renderer-markdown-it": "^7.1.1"}}\n'


def _body(where: Path, package: str | None) -> str:
    site = synthetic_site(where, {"t.md": POST}, config=CONFIG)
    if package is not None:
        (site.root / "package.json").write_text(package, encoding="utf-8")
    texts = {post: site.path(post).read_bytes() for post in site.posts}
    built = build_site(site, where / "build", texts).read("source/_posts/t.md")
    assert built is not None
    return built.body_html


def test_the_blogs_renderer_is_read_from_its_package_json(tmp_path: Path) -> None:
    (tmp_path / "package.json").write_text(PACKAGE, encoding="utf-8")
    assert blog_renderer(tmp_path) == "hexo-renderer-markdown-it"
    (tmp_path / "package.json").write_text('{"dependencies": {"hexo-renderer-marked": "7"}}')
    assert blog_renderer(tmp_path) == "hexo-renderer-marked"
    (tmp_path / "package.json").unlink()
    assert blog_renderer(tmp_path) is None


@pytest.mark.engines
def test_a_markdown_it_blog_is_built_with_markdown_it_and_its_config(tmp_path: Path) -> None:
    require_engine("hexo")
    if installed("hexo-renderer-markdown-it") is None:
        pytest.skip("hexo-renderer-markdown-it is not installed (tests/engines/install_engines.sh)")
    body = _body(tmp_path / "it", PACKAGE)
    assert "<mark>marked</mark>" in body  # markdown-it-mark, listed under markdown.plugins
    assert 'class="footnote-ref"' in body  # markdown-it-footnote
    assert "“hi”" in body  # typographer with the renderer's default quotes
    assert '<h2 id="Hello-“World”">' in body, body  # its anchors plugin, hexo-util slugize
    marked = _body(tmp_path / "marked", None)
    assert "<mark>" not in marked
    assert "marked&#x3D;&#x3D;" in marked
    assert "footnote-ref" not in marked


FIXTURES = Path(__file__).parents[1] / "fixtures" / "render"


@pytest.mark.engines
@pytest.mark.parametrize("name", ["hexo_markdown_it.md", "hexo_markdown_it_plugins.md"])
def test_the_markdown_it_fixtures_are_what_the_real_renderer_writes(
    tmp_path: Path, name: str
) -> None:
    """Every case of the fixture file (Postpad's preview of a site on hexo-renderer-markdown-it
    with that `markdown:` section) is what Hexo with the real renderer writes, in the corpus's
    strict form (tests/core/render/test_render_hexo_markdown_it.py checks the preview side)."""
    require_engine("hexo")
    if installed("hexo-renderer-markdown-it") is None:
        pytest.skip("hexo-renderer-markdown-it is not installed (tests/engines/install_engines.sh)")
    cases = {
        f"{line}: {title}": (source, html)
        for line, title, source, html in read_fixture_file(FIXTURES / name)
    }
    snippets = {key: source for key, (source, _html) in cases.items()}
    section = (FIXTURES / name).with_suffix(".yml")  # the `markdown:` section, if any
    config = yaml.safe_load(section.read_text(encoding="utf-8")) if section.is_file() else {}
    engine = render_snippets("hexo-renderer-markdown-it", snippets, tmp_path, config)
    for key, (_source, html) in cases.items():
        assert engine[key] is not None, key
        assert strict_text(engine[key]) == strict_text(html), key


@pytest.mark.engines
@pytest.mark.parametrize("images", [None, {"prepend_root": True}])
def test_image_paths_get_the_root_only_with_images_prepend_root(
    tmp_path: Path, images: dict[str, object] | None
) -> None:
    """Unlike marked, hexo-renderer-markdown-it leaves image paths alone unless
    `markdown.images.prepend_root` is on; the preview agrees with the real renderer both ways."""
    require_engine("hexo")
    if installed("hexo-renderer-markdown-it") is None:
        pytest.skip("hexo-renderer-markdown-it is not installed (tests/engines/install_engines.sh)")
    source = "![](a.png) ![](/img/b.png)\n"
    markdown = {"images": images} if images else {}
    config = {"root": "/blog/", **({"markdown": markdown} if markdown else {})}
    engine = render_snippets("hexo-renderer-markdown-it", {"p": source}, tmp_path / "e", config)
    overrides = {"hexo_renderer": "hexo-renderer-markdown-it", "site": {"root": "/blog/"}}
    site = tmp_path / "site"
    (site / "source" / "_posts").mkdir(parents=True)
    options = RenderOptions(
        engine="hexo",
        site_overrides=overrides | markdown,
        post_path=site / "source" / "_posts" / "p.md",
        site_root=site,
    )
    preview = "".join(block.html for block in render(source, options).blocks)
    assert engine["p"] is not None
    assert strict_text(preview) == strict_text(engine["p"])
    assert ('src="/blog/a.png"' in preview) is bool(images)
