"""The real engines publish a root path ``/x`` from the folders Postpad looks in (decision 0265):
Hugo 0.168 from the theme's ``static/`` and module mounts, Hexo 8.1.2 from the theme's
``source/`` (in ``themes/`` or the npm package ``hexo-theme-<name>``). Every root image of the
post is on the built site exactly when the preview and ``postpad check`` find its file."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from engine_harness import ENGINES, run

from conftest import require_engine
from postpad.core.render import options_for_site, render
from postpad.core.site import detect_site
from postpad.core.site.check import check_paths

pytestmark = pytest.mark.engines

FIXTURE = Path(__file__).parents[1] / "fixtures" / "sites" / "hugo-theme"
GIF = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"
IMAGE = re.compile(r"!\[[^\]]*\]\((/[^)\s]+)\)")


def _postpad_missing(post: Path) -> tuple[set[str], set[str]]:
    """The root images the preview warns about, and those on check's broken-link lines."""
    text = post.read_text(encoding="utf-8")
    rendered = render(text, options_for_site(detect_site(post), post))
    warned = [w.message for w in rendered.warnings if w.code == "missing-image"]
    preview = {message.rsplit(": ", 1)[-1] for message in warned}
    lines = text.splitlines()
    checked = {f.line for f in check_paths([post]) if f.code == "broken-link"}
    return preview, {m for n in checked if n for m in IMAGE.findall(lines[n - 1])}


def _published(public: Path, post: Path) -> tuple[set[str], set[str]]:
    images = set(IMAGE.findall(post.read_text(encoding="utf-8")))
    there = {src for src in images if (public / src.lstrip("/")).is_file()}
    return there, images - there


def test_hugo_publishes_theme_static_and_mounts(tmp_path: Path) -> None:
    require_engine("hugo")
    site = tmp_path / "hugo-theme"
    shutil.copytree(FIXTURE, site)
    binary = ENGINES["hugo"].binary()
    assert binary is not None
    code, log = run([binary, "--destination", "public"], site, "UTC")
    assert code == 0, log
    post = site / "content" / "posts" / "theme-images.md"
    there, gone = _published(site / "public", post)
    assert there == {"/img/default-cover.gif", "/pictures/cat.gif", "/site.gif"}
    assert gone == {"/img/nowhere.gif"}
    assert _postpad_missing(post) == (gone, gone)


def _hexo_theme_site(tmp_path: Path, npm: bool) -> Path:
    hexo = ENGINES["hexo"]
    site = hexo.new_site(tmp_path)
    if npm:  # the theme as an npm package: node_modules/hexo-theme-meta, no themes/meta
        (site / "node_modules").unlink()
        (site / "node_modules").mkdir()
        for entry in (hexo.site / "node_modules").iterdir():
            (site / "node_modules" / entry.name).symlink_to(entry)
        shutil.move(site / "themes" / "meta", site / "node_modules" / "hexo-theme-meta")
    theme = site / ("node_modules/hexo-theme-meta" if npm else "themes/meta")
    (theme / "source" / "img").mkdir(parents=True, exist_ok=True)
    (theme / "source" / "img" / "logo.gif").write_bytes(GIF)
    post = site / "source" / "_posts" / "p.md"
    post.write_text("---\ntitle: t\n---\n\n![a](/img/logo.gif)\n\n![b](/img/no.gif)\n", "utf-8")
    return post


@pytest.mark.parametrize("npm", [False, True])
def test_hexo_publishes_theme_source_at_the_root(tmp_path: Path, npm: bool) -> None:
    require_engine("hexo")
    post = _hexo_theme_site(tmp_path, npm)
    site = post.parents[2]
    result = ENGINES["hexo"].build(site, "UTC")
    assert result.returncode == 0, result.describe()
    there, gone = _published(site / "public", post)
    assert (there, gone) == ({"/img/logo.gif"}, {"/img/no.gif"})
    assert _postpad_missing(post) == (gone, gone)
