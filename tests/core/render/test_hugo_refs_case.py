"""A Hugo ref finds its page whatever the case of the written path, as Hugo 0.168 does
(decision 0251): the preview links it and ``postpad check`` reports no missing page."""

from __future__ import annotations

from pathlib import Path

from postpad.core.render import RenderOptions, render
from postpad.core.site import detect_site
from postpad.core.site.check import check_paths

POST = (
    "---\ntitle: 引用\n---\n\n"
    '[甲]({{< ref "posts/OpenSSL-First-Try/index.md" >}}) '
    '[乙]({{< relref "/Posts/Plain-Page" >}}) [丙]({{< relref "OPENSSL-FIRST-TRY" >}})\n'
)


def _site(root: Path) -> Path:
    (root / "hugo.toml").write_text('baseURL = "/"\ntitle = "t"\n', encoding="utf-8")
    bundle = root / "content/posts/openssl-first-try"
    bundle.mkdir(parents=True)
    (bundle / "index.md").write_text("---\ntitle: a\n---\n", encoding="utf-8")
    (root / "content/posts/plain-page.md").write_text("---\ntitle: b\n---\n", encoding="utf-8")
    post = root / "content/posts/refs.md"
    post.write_text(POST, encoding="utf-8")
    return post


def test_the_preview_links_a_ref_written_in_another_case(tmp_path: Path) -> None:
    post = _site(tmp_path)
    options = RenderOptions(engine="hugo", site_root=tmp_path, post_path=post)
    html = render(POST, options).html
    assert html.count('href="/posts/openssl-first-try/"') == 2
    assert 'href="/posts/plain-page/"' in html


def test_check_finds_the_page_of_a_ref_written_in_another_case(tmp_path: Path) -> None:
    post = _site(tmp_path)
    assert detect_site(tmp_path) is not None
    codes = [f.code for f in check_paths([post])]
    assert "hugo-ref-not-found" not in codes
