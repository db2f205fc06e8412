"""``postpad fmt --tables``: only table lines change; line endings, BOM, encoding kept."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from postpad.cli import main

POST = (
    "---\ntitle: 表格\n---\n\nSome text with two trailing spaces  \n\n"
    "|名称|值|\n|:-|--:|\n|甲|1|\n\n```\n|a|b|\n|-|-|\n```\n"
)
FORMATTED_TABLE = "| 名称 |  值 |\n| :--- | --: |\n| 甲   |   1 |\n"


def _expected(text: str) -> str:
    return text.replace("|名称|值|\n|:-|--:|\n|甲|1|\n", FORMATTED_TABLE)


@pytest.mark.parametrize(
    ("encoding", "bom", "newline"),
    [("utf-8", b"", "\n"), ("utf-8", codecs.BOM_UTF8, "\r\n"), ("gb18030", b"", "\r\n")],
)
def test_only_table_lines_change(tmp_path: Path, encoding: str, bom: bytes, newline: str) -> None:
    post = tmp_path / "post.md"
    post.write_bytes(bom + POST.replace("\n", newline).encode(encoding))
    assert main(["fmt", "--tables", str(post)]) == 0
    assert post.read_bytes() == bom + _expected(POST).replace("\n", newline).encode(encoding)


def test_mixed_line_endings_survive_outside_the_table(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    raw = "a\r\nb\n\n|x|\n|-|\n\nc\r\n"
    post.write_bytes(raw.encode())
    assert main(["fmt", "--tables", str(post)]) == 0
    assert post.read_bytes() == b"a\r\nb\n\n| x   |\n| --- |\n\nc\r\n"


def test_check_changes_nothing_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = tmp_path / "post.md"
    post.write_text(POST, encoding="utf-8")
    assert main(["fmt", "--tables", "--check", str(post)]) == 1
    assert post.read_text(encoding="utf-8") == POST
    assert "would format 1 table(s)" in capsys.readouterr().out
    assert main(["fmt", "--tables", str(post)]) == 0
    assert main(["fmt", "--tables", "--check", str(post)]) == 0


def test_untouched_file_keeps_its_mtime(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_text("no tables here\n", encoding="utf-8")
    before = post.stat().st_mtime_ns
    assert main(["fmt", "--tables", str(post)]) == 0
    assert post.stat().st_mtime_ns == before


def test_usage_errors(tmp_path: Path) -> None:
    assert main(["fmt", str(tmp_path / "x.md")]) == 2
    assert main(["fmt", "--tables", str(tmp_path / "missing.md")]) == 2


KRAMDOWN_PARAGRAPH = "## Ports\nType | Port\n---|---\nAFP | 548\n"


def test_jekyll_posts_keep_tables_kramdown_does_not_see(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: blog\n", encoding="utf-8")
    posts = tmp_path / "_posts"
    posts.mkdir()
    post = posts / "2024-01-01-ports.md"
    post.write_text(KRAMDOWN_PARAGRAPH, encoding="utf-8")
    assert main(["fmt", "--tables", str(post)]) == 0
    assert post.read_text(encoding="utf-8") == KRAMDOWN_PARAGRAPH  # a paragraph in Jekyll
    assert main(["fmt", "--tables", "--engine", "hexo", str(post)]) == 0
    assert "| Type | Port |" in post.read_text(encoding="utf-8")  # a table in GFM
