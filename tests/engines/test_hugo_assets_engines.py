"""Hugo publishes a file of `assets/` only when a template uses it (decision 0272): for a
Markdown image or link, the render hook of its kind calling `resources.Get` (Blowfish's, Hugo's
embedded one with `useEmbedded`), not without a hook, nor with one that reads page resources
only (PaperMod's). `postpad check`'s broken links and the preview's missing images are the
paths Hugo 0.168 leaves without a file in `public/`."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from engine_harness import ENGINES

from conftest import require_engine
from postpad.core.render import render
from postpad.core.render.options import options_for_site
from postpad.core.site import detect_site
from postpad.core.site.check import check_text
from postpad.core.site.check.render_findings import render_findings

pytestmark = pytest.mark.engines
HEADER = "---\ntitle: p\ndate: 2024-03-05 10:00:00\n---\n"
BODY = (
    "![a](/images/a.png)\n\n![b](images/b.png)\n\n[f](/files/doc.pdf)\n\n"
    "![s](/images/s.png)\n\n![n](/images/none.png)\n"
)
GLOBAL = (
    "{{- $r := or (.Page.Resources.GetMatch .Destination) (resources.Get .Destination) -}}"
    '<img src="{{ with $r }}{{ .RelPermalink }}{{ else }}{{ $.Destination }}{{ end }}">'
)
PAGE_ONLY = (
    "{{- $r := .Page.Resources.GetMatch .Destination -}}"
    '<img src="{{ with $r }}{{ .RelPermalink }}{{ else }}{{ $.Destination }}{{ end }}">'
)
EMBEDDED = '[markup.goldmark.renderHooks.image]\n  useEmbedded = "fallback"\n'
CASES = {  # case: (image hook, config, paths on the built site)
    "no hook": (None, "", {"/images/s.png"}),
    "resources.Get hook": (GLOBAL, "", {"/images/a.png", "images/b.png", "/images/s.png"}),
    "page resources hook": (PAGE_ONLY, "", {"/images/s.png"}),
    "embedded hook": (None, EMBEDDED, {"/images/a.png", "images/b.png", "/images/s.png"}),
}


def _site(hook: str | None, config: str) -> tuple[Path, Path]:
    harness = ENGINES["hugo"]
    site = harness.new_site(Path(tempfile.mkdtemp()))
    for path in ("assets/images/a.png", "assets/images/b.png", "assets/files/doc.pdf"):
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_bytes(b"\x89PNG\r\n")
    (site / "static/images").mkdir(parents=True)
    (site / "static/images/s.png").write_bytes(b"\x89PNG\r\n")
    if hook is not None:
        (site / "layouts/_default/_markup").mkdir(parents=True, exist_ok=True)
        (site / "layouts/_default/_markup/render-image.html").write_text(hook, "utf-8")
    (site / "hugo.toml").write_text((site / "hugo.toml").read_text("utf-8") + config, "utf-8")
    post = site / harness.posts_dir / "p.md"
    post.write_text(HEADER + BODY, "utf-8")
    return site, post


@pytest.mark.parametrize("case", sorted(CASES))
def test_assets_are_published_only_through_a_hook(case: str) -> None:
    require_engine("hugo")
    hook, config, published = CASES[case]
    site, post = _site(hook, config)
    result = ENGINES["hugo"].build(site, "UTC")
    assert result.returncode == 0, result.describe()
    targets = {
        "/images/a.png",
        "images/b.png",
        "/files/doc.pdf",
        "/images/s.png",
        "/images/none.png",
    }
    built = {t for t in targets if (site / "public" / t.lstrip("/")).is_file()}
    assert built == published
    found = detect_site(post)
    checked = {
        f.data["target"] for f in check_text(post, HEADER + BODY, found) if f.code == "broken-link"
    }
    assert checked == targets - published
    rendered = render(HEADER + BODY, options_for_site(found, post))
    window = {f.data["target"] for f in render_findings(rendered.warnings, post, found)}
    assert {t for t in window if t.startswith("/images/")} == {
        t for t in targets - published if t.startswith("/images/")
    }
