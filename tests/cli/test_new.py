from __future__ import annotations

import shutil
from pathlib import Path

from postpad.cli import main

SITES = Path(__file__).resolve().parents[1] / "fixtures" / "sites"


def _copy(tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copytree(SITES / name, target)
    return target.resolve()


def test_new_hexo_post_prints_path(tmp_path: Path, capsys) -> None:
    root = _copy(tmp_path, "hexo-butterfly")
    assert main(["new", "--site", str(root), "新质生产力"]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert path == root / "source/_posts/xin-zhi-sheng-chan-li.md"
    text = path.read_text("utf-8")
    assert text.startswith("---\ntitle: 新质生产力\ndate: ")
    assert (root / "source/_posts/xin-zhi-sheng-chan-li").is_dir()


def test_new_draft_with_engine_slug(tmp_path: Path, capsys) -> None:
    root = _copy(tmp_path, "hexo-butterfly")
    assert main(["new", "--site", str(root), "--draft", "--slug-style", "engine", "标题 一"]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert path == root / "source/_drafts/标题-一.md"
    assert "date:" not in path.read_text("utf-8")


def test_new_from_a_file_inside_the_site_and_existing_file(tmp_path: Path, capsys) -> None:
    root = _copy(tmp_path, "jekyll")
    args = ["new", "--site", str(root / "_posts"), "--slug", "fixed", "Title"]
    assert main(args) == 0
    first = Path(capsys.readouterr().out.strip())
    assert first.parent == root / "_posts"
    assert first.name.endswith("-fixed.md")
    assert main(args) == 0  # a second one gets a unique name, never overwrites
    assert Path(capsys.readouterr().out.strip()).name.endswith("-fixed-1.md")


def test_new_without_site_fails(tmp_path: Path, capsys) -> None:
    assert main(["new", "--site", str(tmp_path), "x"]) == 2
    assert "no Hexo" in capsys.readouterr().err


def test_dry_run_writes_nothing(tmp_path: Path, capsys) -> None:
    root = _copy(tmp_path, "hugo")
    assert main(["new", "--site", str(root), "--dry-run", "--bundle", "Hi"]) == 0
    out = capsys.readouterr().out
    # the site's TOML archetype (decision 0283); its draft = true stays without --draft
    assert out.startswith(f"{root}/content/posts/hi/index.md\n+++\ntitle = 'Hi'\ndate = ")
    assert out.endswith("draft = true\n+++\n")
    assert not (root / "content/posts/hi").exists()


def test_tags_and_category(tmp_path: Path, capsys) -> None:
    root = _copy(tmp_path, "hexo-butterfly")
    args = ["new", "--site", str(root), "--tag", "Python,笔记", "--tag", "工具"]
    assert main([*args, "--category", "技术/编程", "T"]) == 0
    text = Path(capsys.readouterr().out.strip()).read_text("utf-8")
    assert "tags:\n  - Python\n  - 笔记\n  - 工具\ncategories:\n  - 技术\n  - 编程\n" in text
