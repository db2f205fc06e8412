"""``postpad images localize`` on real corpus posts (Weibo-hosted images, the dead-host case)
and on a 20-image post: only the image links' lines change, exactly URL -> local path."""

from __future__ import annotations

import dataclasses
import shutil
import sys
from pathlib import Path
from urllib.parse import quote

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "images"))
from image_server import jpeg_bytes, png_bytes, start_server

from postpad.cli import main
from postpad.core.images import fetch
from postpad.core.images.refs import remote_refs

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
REAL_POSTS = [
    "jekyll/Gaohaoyang--gaohaoyang.github.io/site/_posts/2015-02-12-create-my-blog-with-jekyll.md",
    "hexo/theme-suka--hexo-theme-unit-test/site/source/_posts/images.md",
]


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch):
    """Every remote URL is answered by a local server (the real URL never leaves the test)."""
    state, server = start_server()
    real = fetch.fetch_image

    def local(url: str, timeout: float = 15.0) -> fetch.Fetched:
        got = real(state.url("/r/" + quote(url, safe="")), timeout)
        return dataclasses.replace(got, url=url, name=fetch.name_from_url(url, got.suffix))

    monkeypatch.setattr(fetch, "fetch_image", local)
    yield state
    server.shutdown()
    server.server_close()


def _assert_only_links_changed(before: str, after: str, links: dict[str, str]) -> int:
    old_lines, new_lines = before.split("\n"), after.split("\n")
    assert len(old_lines) == len(new_lines)
    changed = 0
    for old, new in zip(old_lines, new_lines, strict=True):
        expected = old
        for url in sorted(links, key=len, reverse=True):
            expected = expected.replace(url, links[url])
        assert new == expected
        changed += old != new
    return changed


@pytest.mark.parametrize("relative", REAL_POSTS)
def test_real_posts(tmp_path: Path, served, relative: str, capsys) -> None:
    site_dir = CORPUS / relative.split("/site/")[0] / "site"
    copy = tmp_path / "site"
    shutil.copytree(site_dir, copy)
    post = copy / relative.split("/site/")[1]
    before = post.read_bytes()
    urls = [ref.url for ref in remote_refs(before.decode("utf-8"))]
    for url in urls:
        served.add("/r/" + quote(url, safe=""), jpeg_bytes())
    assert main(["images", "localize", str(post)]) == 0
    out = capsys.readouterr().out.splitlines()
    links = dict(line.removeprefix("changed: ").split(" -> ") for line in out)
    assert set(links) == set(urls)
    after = post.read_bytes()
    assert _assert_only_links_changed(before.decode(), after.decode(), links) >= len(urls) // 2
    for link in links.values():
        assert list(copy.rglob(Path(link).name))  # each file is where its link points


def test_twenty_remote_images_and_failures(tmp_path: Path, capsys) -> None:
    state, server = start_server()
    try:
        urls = [state.add(f"/img/{n}.png", png_bytes(4 + n, 4)) for n in range(20)]
        dead = state.url("/img/dead.jpg")
        body = "".join(f"Paragraph {n} ![pic {n}]({u})  \n\n" for n, u in enumerate(urls))
        text = f"---\ntitle: Twenty\r\ncover: {urls[0]}\n---\n{body}![gone]({dead})\n"
        post = tmp_path / "twenty.md"
        post.write_bytes(text.encode())
        assert main(["images", "localize", str(post), "--dry-run"]) == 1
        assert post.read_bytes() == text.encode()
        assert main(["images", "localize", str(post)]) == 1  # one failed
        err = capsys.readouterr().err
        assert f"failed: {dead}: http-404" in err
        after = post.read_bytes().decode()
        links = {u: f"{n}.png" for n, u in enumerate(urls)}
        assert _assert_only_links_changed(text, after, links) == 21  # cover + 20 body lines
        assert f"![gone]({dead})" in after
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
            ["twenty.md", *(f"{n}.png" for n in range(20))]
        )
    finally:
        server.shutdown()
        server.server_close()


def test_check_remote_flag(tmp_path: Path, capsys) -> None:
    state, server = start_server()
    try:
        post = tmp_path / "p.md"
        post.write_text(f"---\ntitle: t\n---\n![x]({state.url('/nope.png')})\n")
        assert main(["check", str(post)]) == 0
        assert "dead-remote-image" not in capsys.readouterr().out  # no network unless asked
        main(["check", "--remote", str(post)])
        assert "dead-remote-image" in capsys.readouterr().out
    finally:
        server.shutdown()
        server.server_close()


def test_upload_cli_with_picgo(tmp_path: Path, capsys) -> None:
    import json

    state, server = start_server()
    try:
        settings = tmp_path / "images.json"
        upload = state.url("/upload")
        settings.write_text(json.dumps({"global": {"uploader": "picgo", "picgo_url": upload}}))
        (tmp_path / "a.png").write_bytes(png_bytes())
        post = tmp_path / "p.md"
        post.write_text('Text ![a](a.png "t") and ![b](b.png)\n', encoding="utf-8")
        args = ["images", "upload", str(post), "--settings", str(settings)]
        assert main([*args, "--dry-run"]) == 0
        assert state.uploads == []
        assert main(args) == 1  # b.png is missing
        url = state.url("/cdn/1-0-a.png")
        assert post.read_text(encoding="utf-8") == f'Text ![a]({url} "t") and ![b](b.png)\n'
        assert "failed: b.png: missing" in capsys.readouterr().err
    finally:
        server.shutdown()
        server.server_close()


def test_upload_cli_without_an_uploader(tmp_path: Path) -> None:
    post = tmp_path / "p.md"
    post.write_text("![a](a.png)\n")
    assert main(["images", "upload", str(post), "--settings", str(tmp_path / "none.json")]) == 2
