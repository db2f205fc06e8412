from __future__ import annotations

import difflib
import shutil
from pathlib import Path

from image_server import jpeg_bytes, png_bytes

from postpad.core.images.fetch import sniff_suffix
from postpad.core.images.localize import localize
from postpad.core.images.refs import image_refs
from postpad.core.site.detect import detect_site

SITES = Path(__file__).resolve().parents[2] / "fixtures" / "sites"


def _hexo(tmp_path: Path) -> Path:
    root = tmp_path / "hexo"
    shutil.copytree(SITES / "hexo-butterfly", root)
    return root


def _post(root: Path, server, *, fail: bool = True) -> tuple[Path, str]:
    ok = server.add("/a/photo.jpg", jpeg_bytes())
    cover = server.add("/c/cover", png_bytes())  # no suffix: named from the bytes
    gone = server.url("/gone.png")
    page = server.add("/page.png", b"<html>login</html>", "text/html")
    text = (
        "---\ntitle: Remote\ncover: " + cover + "\ntags: [a]\n---\n"
        f'Intro ![one]({ok} "t") and <img src="{ok}" width="3">\r\n'
        f"\n![dead]({gone}) ![html]({page})\n\n```\n![code]({ok})\n```\n"
    )
    post = root / "source" / "_posts" / "remote.md"
    post.write_text(text, encoding="utf-8", newline="")
    return post, text


def test_refs_skip_code_and_find_front_matter() -> None:
    text = "---\ntop_img: https://x/y.png\n---\n`![a](http://i/1.png)` ![b](http://i/2.png)\n"
    refs = image_refs(text, "hexo")
    assert [(r.key, r.url) for r in refs] == [
        ("top_img", "https://x/y.png"),
        ("", "http://i/2.png"),
    ]


def test_localize_rewrites_only_the_links_that_downloaded(tmp_path: Path, image_server) -> None:
    root = _hexo(tmp_path)
    post, text = _post(root, image_server)
    result = localize(text, post, detect_site(post))
    assert set(result.failed.values()) == {"http-404", "not-an-image"}
    folder = post.with_suffix("")  # post_asset_folder: true
    assert sorted(p.name for p in folder.iterdir()) == ["cover.png", "photo.jpg"]
    assert (folder / "photo.jpg").read_bytes() == jpeg_bytes()
    changed = [
        line
        for line in difflib.ndiff(text.splitlines(True), result.text.splitlines(True))
        if line[:1] in "+-"
    ]
    assert changed == [
        f"- cover: {image_server.url('/c/cover')}\n",
        "+ cover: cover.png\n",
        f'- Intro ![one]({image_server.url("/a/photo.jpg")} "t") and <img src="'
        f'{image_server.url("/a/photo.jpg")}" width="3">\r\n',
        '+ Intro ![one](photo.jpg "t") and <img src="photo.jpg" width="3">\r\n',
    ]
    assert f"![code]({image_server.url('/a/photo.jpg')})" in result.text


def test_dry_run_writes_nothing(tmp_path: Path, image_server) -> None:
    root = _hexo(tmp_path)
    post, text = _post(root, image_server)
    result = localize(text, post, detect_site(post), dry_run=True)
    assert result.links
    assert not post.with_suffix("").exists()


def test_jekyll_goes_to_assets_images(tmp_path: Path, image_server) -> None:
    root = tmp_path / "jekyll"
    shutil.copytree(SITES / "jekyll", root)
    post = root / "_posts" / "2024-01-01-r.md"
    url = image_server.add("/x/shot.png", png_bytes())
    result = localize(f"---\nimage: {url}\n---\n![s]({url})\n", post, detect_site(post))
    assert (root / "assets" / "images" / "shot.png").is_file()
    assert (
        result.text == "---\nimage: /assets/images/shot.png\n---\n![s](/assets/images/shot.png)\n"
    )


def test_timeout_is_a_failure_not_a_hang(tmp_path: Path, image_server) -> None:
    from postpad.core.images import fetch

    slow = image_server.add("/slow.png", png_bytes(), delay=2.0)
    result = localize(f"![s]({slow})\n", tmp_path / "p.md", None,
                      fetch=lambda u: fetch.fetch_image(u, timeout=0.3))  # fmt: skip
    assert result.failed == {slow: "timeout"}
    assert result.text == f"![s]({slow})\n"


def test_sniff() -> None:
    assert sniff_suffix(png_bytes()) == "png"
    assert sniff_suffix(jpeg_bytes()) == "jpg"
    assert sniff_suffix(b"<!doctype html>") is None


def test_refs_find_reference_definitions_used_only_by_images_and_img_tags() -> None:
    text = (
        "![a][Pic  One] ![two][] ![three] [link][shared] ![s][shared] [![in][n]](http://x)\n"
        "{% img left http://h/a.jpg 300 'T' %} {% asset_img x.jpg %} `![c][code]`\n\n"
        '[pic one]: http://h/1.jpg "title"\n[two]:\n  <http://h/2.jpg>\n[three]: http://h/3.jpg\n'
        "[shared]: http://h/s.jpg\n[n]: http://h/n.jpg\n[code]: http://h/c.jpg\n"
        "[unused]: http://h/u.jpg\n"
    )
    found = {ref.url: text[ref.start : ref.end] for ref in image_refs(text, "hexo")}
    # a definition a link shares, one only code uses and an unused one keep their URLs
    assert sorted(found) == [f"http://h/{n}.jpg" for n in ("1", "2", "3", "a", "n")]
    assert all(url == span for url, span in found.items())
    assert [r.url for r in image_refs(text, "hugo")] == [
        f"http://h/{n}.jpg" for n in ("1", "2", "3", "n")
    ]  # {% %} is plain text in Hugo


def test_localize_rewrites_reference_definitions_and_img_tags(tmp_path: Path, image_server) -> None:
    root = _hexo(tmp_path)
    one = image_server.add("/r/one.jpg", jpeg_bytes())
    two = image_server.add("/r/two.png", png_bytes())
    shared = image_server.add("/r/shared.png", png_bytes(4, 4))
    text = (
        "---\ntitle: Refs\n---\nSee ![first][one] and [the file][s] ![s][s].\n\n"
        f"{{% img center {two} 300 'Two' %}}\n\n[one]: {one} \"One\"\n[s]: {shared}\n"
    )
    post = root / "source" / "_posts" / "refs.md"
    result = localize(text, post, detect_site(post))
    assert result.failed == {}
    assert sorted(p.name for p in post.with_suffix("").iterdir()) == ["one.jpg", "two.png"]
    changed = [
        line
        for line in difflib.ndiff(text.splitlines(True), result.text.splitlines(True))
        if line[:1] in "+-"
    ]
    assert changed == [
        f"- {{% img center {two} 300 'Two' %}}\n",
        "+ {% asset_img center two.png 300 'Two' %}\n",  # img takes no bare names: asset_img
        f'- [one]: {one} "One"\n',
        '+ [one]: one.jpg "One"\n',
    ]  # [s] is also a plain link's: left as it was


def test_img_tag_keeps_its_name_when_the_link_is_a_root_path(tmp_path: Path, image_server) -> None:
    root = _hexo(tmp_path)
    config = root / "_config.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "post_asset_folder: true", "post_asset_folder: false"
        ),
        encoding="utf-8",
    )
    url = image_server.add("/r/three.png", png_bytes())
    post = root / "source" / "_posts" / "tag.md"
    result = localize(f"{{% img {url} %}}\n", post, detect_site(post))
    assert result.text == "{% img /images/three.png %}\n"
    assert (root / "source" / "images" / "three.png").is_file()
