"""The suggested commit message comes from the posts' titles."""

from __future__ import annotations

from pathlib import Path

from postpad.core.vcs.message import suggested_message


def _post(folder: Path, name: str, title: str | None) -> Path:
    path = folder / name
    header = f"title: {title}\n" if title is not None else "date: 2024-01-01\n"
    path.write_text(f"---\n{header}---\nBody\n", encoding="utf-8")
    return path


def test_one_post_gives_its_title(tmp_path: Path) -> None:
    assert suggested_message([_post(tmp_path, "a.md", "你好，世界")]) == "post: 你好，世界"


def test_several_posts_are_listed_then_counted(tmp_path: Path) -> None:
    posts = [_post(tmp_path, f"{n}.md", f"T{n}") for n in range(5)]
    assert suggested_message(posts) == "posts: T0, T1, T2 (+2)"


def test_files_without_titles_use_their_names(tmp_path: Path) -> None:
    image = tmp_path / "cover.png"
    image.write_bytes(b"\x89PNG")
    assert suggested_message([image, _post(tmp_path, "b.md", None)]) == "update: cover.png, b.md"


def test_a_hexo_header_without_its_opening_dashes_gives_the_title(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: Blog\n", encoding="utf-8")
    post = tmp_path / "source" / "_posts" / "headless.md"
    post.parent.mkdir(parents=True)
    post.write_text("title: 无头文章\ndate: 2020-01-01\n---\nBody\n", encoding="utf-8")
    assert suggested_message([post]) == "post: 无头文章"
