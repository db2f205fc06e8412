"""``image_found``: a missing image is found once it is where the render looks (decision 0226)."""

from __future__ import annotations

from pathlib import Path

from postpad.core.render import RenderOptions, render
from postpad.core.render.image_lookup import image_found

POST = "---\ntitle: t\n---\n\n![cat](images/cat.png)\n"


def test_found_once_the_file_is_where_the_render_looks(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_text(POST, encoding="utf-8")
    options = RenderOptions(engine="hexo", post_path=post)
    assert [w.code for w in render(POST, options).warnings] == ["missing-image"]
    assert not image_found("images/cat.png", options)
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "cat.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    assert image_found("images/cat.png", options)
    codes = [w.code for w in render(POST, options).warnings]
    assert "missing-image" not in codes  # the same answer as the render's


def test_site_root_images_follow_the_profile(tmp_path: Path) -> None:
    (tmp_path / "static").mkdir()
    post = tmp_path / "content" / "posts" / "p.md"
    options = RenderOptions(engine="hugo", post_path=post, site_root=tmp_path)
    assert not image_found("/pics/a.jpg", options)
    (tmp_path / "static" / "pics").mkdir()
    (tmp_path / "static" / "pics" / "a.jpg").write_bytes(b"\xff\xd8\xff")
    assert image_found("/pics/a.jpg", options)


def test_remote_and_empty_sources_are_never_found(tmp_path: Path) -> None:
    options = RenderOptions(engine="hexo", post_path=tmp_path / "p.md")
    assert not image_found("https://example.com/a.png", options)
    assert not image_found("", options)
