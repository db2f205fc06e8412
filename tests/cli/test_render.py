"""``postpad render FILE [-o OUT.html] [--engine NAME] [--theme light|dark]``."""

from __future__ import annotations

from pathlib import Path

import pytest

from postpad.cli import main

POST = (
    "---\ntitle: 测试文章\ndate: 2024/6/1\n---\n\n"
    '## 小标题\n他说"你好"\n第二行\n\n<script>alert(1)</script>\n'
)


@pytest.fixture
def post(tmp_path: Path) -> Path:
    path = tmp_path / "post.md"
    path.write_text(POST, encoding="utf-8")
    return path


def test_render_to_file_is_a_standalone_page(post: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.html"
    assert main(["render", str(post), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>测试文章</title>" in page
    assert "Content-Security-Policy" in page
    assert "<script" not in page  # the post's script is shown as text, the page has none
    assert "&lt;script&gt;" in page
    assert 'id="小标题"' in page  # hexo by default: hexo-style ids
    assert "他说”你好”<br />" in page
    assert "<style>" in page
    assert "<link" not in page


def test_render_to_stdout(post: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(post)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("<!DOCTYPE html>")
    assert "小标题" in out


def test_engine_and_theme_options(post: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(post), "--engine", "hugo", "--theme", "dark"]) == 0
    out = capsys.readouterr().out
    assert 'data-theme="dark"' in out
    assert 'id="小标题"' in out
    assert "raw HTML omitted" in out
    assert "<br />" not in out


def test_warnings_go_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.md"
    path.write_text("{% nosuch %}\n", encoding="utf-8")
    assert main(["render", str(path), "--warnings"]) == 0
    assert f"{path}:1: hexo-unknown-tag" in capsys.readouterr().err


def test_missing_file_fails_cleanly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(tmp_path / "nope.md")]) == 1
    assert "nope.md" in capsys.readouterr().err


def test_bad_engine_is_a_usage_error(post: Path) -> None:
    assert main(["render", str(post), "--engine", "wordpress"]) == 2


def test_unwritable_output(post: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(post), "-o", str(tmp_path / "no" / "dir" / "x.html")]) == 1
    assert "cannot write" in capsys.readouterr().err
