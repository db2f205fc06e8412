"""Which diagrams a site's blog draws, read from its theme's config (decision 0155)."""

from __future__ import annotations

from pathlib import Path

from postpad.core.render import options_for_site
from postpad.core.site.detect import detect_site


def _hexo(tmp_path: Path, theme_config: str | None, site_extra: str = "") -> Path:
    (tmp_path / "source" / "_posts").mkdir(parents=True)
    (tmp_path / "_config.yml").write_text("title: b\ntheme: butterfly\n" + site_extra, "utf-8")
    (tmp_path / "package.json").write_text('{"dependencies": {"hexo": "^8"}}', "utf-8")
    if theme_config is not None:
        (tmp_path / "_config.butterfly.yml").write_text(theme_config, "utf-8")
    post = tmp_path / "source" / "_posts" / "p.md"
    post.write_text("x\n", "utf-8")
    return post


def _support(post: Path) -> object:
    site = detect_site(post)
    assert site is not None
    return options_for_site(site, post).mermaid


def test_butterfly_default_is_off(tmp_path: Path) -> None:
    support = _support(_hexo(tmp_path, None))
    assert support is not None
    assert (support.tag, support.fence) == (False, False)  # type: ignore[attr-defined]


def test_butterfly_enable_and_code_write(tmp_path: Path) -> None:
    support = _support(_hexo(tmp_path / "a", "mermaid:\n  enable: true\n"))
    assert (support.tag, support.fence) == (True, False)  # type: ignore[attr-defined]
    assert "code_write" in support.why_fence  # type: ignore[attr-defined]
    both = _support(_hexo(tmp_path / "b", "mermaid:\n  enable: true\n  code_write: true\n"))
    assert (both.tag, both.fence, both.fence_needs_class) == (True, True, True)  # type: ignore[attr-defined]


def test_theme_defaults_then_theme_file_then_theme_config(tmp_path: Path) -> None:
    post = _hexo(
        tmp_path, "mermaid:\n  code_write: true\n", "theme_config:\n  mermaid:\n    enable: true\n"
    )
    theme = tmp_path / "themes" / "butterfly"
    theme.mkdir(parents=True)
    (theme / "_config.yml").write_text("mermaid:\n  enable: false\n  code_write: false\n", "utf-8")
    support = _support(post)
    assert (support.tag, support.fence) == (True, True)  # type: ignore[attr-defined]


def test_other_hexo_themes_and_sites_draw_every_diagram(tmp_path: Path) -> None:
    (tmp_path / "source" / "_posts").mkdir(parents=True)
    (tmp_path / "_config.yml").write_text("title: b\ntheme: next\n", "utf-8")
    post = tmp_path / "source" / "_posts" / "p.md"
    post.write_text("x\n", "utf-8")
    assert _support(post) is None


def test_hugo_needs_a_render_hook_in_the_site_or_its_theme(tmp_path: Path) -> None:
    (tmp_path / "content" / "posts").mkdir(parents=True)
    (tmp_path / "hugo.toml").write_text('title = "b"\ntheme = "paper"\n', "utf-8")
    post = tmp_path / "content" / "posts" / "p.md"
    post.write_text("x\n", "utf-8")
    support = _support(post)
    assert (support.tag, support.fence) == (True, False)  # type: ignore[attr-defined]
    hook = tmp_path / "themes" / "paper" / "layouts" / "_default" / "_markup"
    hook.mkdir(parents=True)
    (hook / "render-codeblock-mermaid.html").write_text("{{ .Inner }}", "utf-8")
    assert _support(post) is None
