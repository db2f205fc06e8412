"""A root path ``/x`` resolves in the site's own folders, the ones ``postpad check`` reads: the
theme's ``static/``, Hugo module mounts, Hexo's theme ``source/`` (decision 0265)."""

from __future__ import annotations

from pathlib import Path

from postpad.core.render import options_for_site, render
from postpad.core.render.image_lookup import image_found
from postpad.core.site import detect_site
from postpad.core.site.check import check_paths

FIXTURE = Path(__file__).parents[2] / "fixtures" / "sites" / "hugo-theme"
GIF = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"


def _missing(text: str, post: Path) -> list[tuple[int | None, str]]:
    site = detect_site(post)
    rendered = render(text, options_for_site(site, post))
    return [(w.line, w.message) for w in rendered.warnings if w.code == "missing-image"]


def _checked(post: Path) -> list[int | None]:
    return [f.line for f in check_paths([post]) if f.code == "broken-link"]


def test_hugo_theme_static_and_module_mounts_are_found() -> None:
    post = FIXTURE / "content" / "posts" / "theme-images.md"
    text = post.read_text(encoding="utf-8")
    assert _missing(text, post) == [(14, "image not found: /img/nowhere.gif")]
    assert _checked(post) == [14]  # the same line as check's
    html = render(text, options_for_site(detect_site(post), post)).html
    for shown in ("themes/paper/static/img/default-cover.gif", "hugo-theme/pictures/cat.gif"):
        assert (FIXTURE / shown.removeprefix("hugo-theme/")).resolve().as_uri() in html


def test_image_found_looks_where_the_render_does() -> None:
    post = FIXTURE / "content" / "posts" / "theme-images.md"
    options = options_for_site(detect_site(post), post)
    assert image_found("/pictures/cat.gif", options)
    assert image_found("/img/default-cover.gif", options)
    assert not image_found("/img/nowhere.gif", options)


def _hexo_site(root: Path, theme_source: Path) -> Path:
    (root / "_config.yml").write_text("title: b\ntheme: plain\n", encoding="utf-8")
    (theme_source / "img").mkdir(parents=True)
    (theme_source / "img" / "logo.gif").write_bytes(GIF)
    (root / "source" / "_posts").mkdir(parents=True)
    post = root / "source" / "_posts" / "p.md"
    post.write_text("---\ntitle: t\n---\n\n![a](/img/logo.gif)\n\n![b](/img/no.gif)\n", "utf-8")
    return post


def test_hexo_theme_source_is_published_at_the_root(tmp_path: Path) -> None:
    post = _hexo_site(tmp_path, tmp_path / "themes" / "plain" / "source")
    assert _missing(post.read_text(encoding="utf-8"), post) == [(7, "image not found: /img/no.gif")]
    assert _checked(post) == [7]


def test_hexo_theme_from_npm(tmp_path: Path) -> None:
    post = _hexo_site(tmp_path, tmp_path / "node_modules" / "hexo-theme-plain" / "source")
    assert _missing(post.read_text(encoding="utf-8"), post) == [(7, "image not found: /img/no.gif")]
    assert _checked(post) == [7]
