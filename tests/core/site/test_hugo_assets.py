"""Hugo's `assets/` is published only through a render hook that calls `resources.Get`
(decision 0272): `postpad check` and the preview's root folders count it then, and not
otherwise. The real Hugo side is tests/engines/test_hugo_assets_engines.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from postpad.core.site import detect_site
from postpad.core.site.check import check_text

HEADER = "---\ntitle: t\ncover: /covers/c.png\n---\n"  # body from line 5
BODY = "![a](/images/a.png)\n\n![b](images/b.png)\n\n[f](/images/doc.pdf)\n"
GLOBAL = "{{ with or (.Page.Resources.Get .Destination) (resources.Get .Destination) }}{{ end }}"
PAGE_ONLY = "{{ with .Page.Resources.GetMatch .Destination }}{{ .RelPermalink }}{{ end }}"


def _site(tmp_path: Path, config: str = "") -> Path:
    root = tmp_path / "site"
    (root / "content/posts").mkdir(parents=True)
    (root / "hugo.toml").write_text(f'title = "x"\n{config}', "utf-8")
    for path in ("assets/images/a.png", "assets/images/b.png", "assets/images/doc.pdf"):
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_bytes(b"x")
    (root / "assets/covers").mkdir()
    (root / "assets/covers/c.png").write_bytes(b"x")  # a theme template may read it
    return root


def _hook(folder: Path, text: str, kind: str = "image") -> None:
    (folder / "_markup").mkdir(parents=True, exist_ok=True)
    (folder / "_markup" / f"render-{kind}.html").write_text(text, "utf-8")


def _broken(root: Path) -> list[str]:
    post = root / "content/posts/p.md"
    found = check_text(post, HEADER + BODY, detect_site(post))
    assert not [f for f in found if f.code == "missing-image"]  # the cover: never reported
    return sorted(f.data["target"] for f in found if f.code == "broken-link")


ALL = ["/images/a.png", "/images/doc.pdf", "images/b.png"]


def test_without_a_hook_assets_are_not_published(tmp_path: Path) -> None:
    root = _site(tmp_path)
    assert _broken(root) == ALL
    assert (root / "assets") not in {folder for _p, folder in detect_site(root).image_roots()}


@pytest.mark.parametrize("where", ["layouts", "layouts/_default", "themes/t/layouts"])
def test_an_image_hook_with_resources_get_publishes_images(tmp_path: Path, where: str) -> None:
    root = _site(tmp_path, 'theme = "t"\n' if where.startswith("themes") else "")
    _hook(root / where, GLOBAL)
    assert _broken(root) == ["/images/doc.pdf"]  # a link has no such hook
    assert (root / "assets") in {folder for _p, folder in detect_site(root).image_roots()}
    _hook(root / where, GLOBAL, "link")
    assert _broken(root) == []


def test_a_hook_reading_page_resources_only_publishes_nothing(tmp_path: Path) -> None:
    root = _site(tmp_path)
    _hook(root / "layouts/_default", PAGE_ONLY)  # PaperMod's
    assert _broken(root) == ALL


@pytest.mark.parametrize(
    ("setting", "own_hook", "broken"),
    [
        ('useEmbedded = "fallback"', False, ["/images/doc.pdf"]),
        ('useEmbedded = "fallback"', True, ALL),
        ('useEmbedded = "always"', True, ["/images/doc.pdf"]),
        ('useEmbedded = "never"', False, ALL),
        ("enableDefault = true", False, ["/images/doc.pdf"]),
    ],
)
def test_the_embedded_hook(tmp_path: Path, setting: str, own_hook: bool, broken: list[str]) -> None:
    root = _site(tmp_path, f"[markup.goldmark.renderHooks.image]\n{setting}\n")
    if own_hook:
        _hook(root / "layouts", PAGE_ONLY)
    assert _broken(root) == broken


def test_a_theme_not_installed_may_publish_them(tmp_path: Path) -> None:
    root = _site(tmp_path, 'theme = "gone"\n')
    assert _broken(root) == []
