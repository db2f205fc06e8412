"""`postpad fm` on a header PyYAML refuses (decisions 0239, 0249, 0259): `get` reads it as the
site's engine does when the engine reads it; `set` and `unset` refuse it, as the read-only form
does, saying what the engine does with it; the file is never touched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from postpad.cli import main

TAB = "---\ntitle: 骑行\np:\n  \tq: 1\ntags: [a, b]\ndate: 2024-03-04\n---\nbody\n"
TWICE = "---\ntitle: a\ntitle: 最后\n---\nbody\n"


def _hugo(tmp_path: Path, text: str) -> Path:
    (tmp_path / "hugo.toml").write_text("title = 'site'\n", encoding="utf-8")
    (tmp_path / "content" / "posts").mkdir(parents=True)
    path = tmp_path / "content" / "posts" / "p.md"
    path.write_text(text, encoding="utf-8")
    return path


def _jekyll(tmp_path: Path, text: str) -> Path:
    (tmp_path / "_config.yml").write_text("title: site\n", encoding="utf-8")
    (tmp_path / "Gemfile").write_text('gem "jekyll"\n', encoding="utf-8")
    (tmp_path / "_posts").mkdir()
    path = tmp_path / "_posts" / "2024-03-04-p.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_get_reads_what_hugo_reads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _hugo(tmp_path, TAB)
    assert main(["fm", "get", str(path)]) == 0
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert data["p"] == {"q": 1}
    assert data["tags"] == ["a", "b"]
    assert "Hugo reads it" in err
    assert main(["fm", "get", str(path), "tags", "--json"]) == 0
    assert capsys.readouterr().out == '["a", "b"]\n'


def test_get_keeps_jekylls_last_value(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _jekyll(tmp_path, TWICE)
    assert main(["fm", "get", str(path), "title"]) == 0
    assert capsys.readouterr().out == "最后\n"


@pytest.mark.parametrize("argv", [["set", "title", "新"], ["unset", "tags"]])
def test_edits_are_refused_and_say_hugo_reads_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    path = _hugo(tmp_path, TAB)
    assert main(["fm", argv[0], str(path), *argv[1:]]) == 1
    err = capsys.readouterr().err
    assert "line 4, column 3" in err
    assert "Hugo reads it as written" in err
    assert "edit it as text" in err
    assert path.read_text(encoding="utf-8") == TAB


def test_a_header_the_engine_refuses_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _hugo(tmp_path, TWICE)
    assert main(["fm", "get", str(path)]) == 1
    assert "duplicated mapping key" in capsys.readouterr().err
    assert main(["fm", "set", str(path), "title", "x"]) == 1
    assert "Hugo refuses it too: the build stops" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == TWICE


def test_a_scaffold_is_called_a_template(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Hexo's scaffolds/post.md is no post Hexo leaves out (decisions 0250, 0258)."""
    (tmp_path / "_config.yml").write_text("title: site\n", encoding="utf-8")
    (tmp_path / "package.json").write_text('{"dependencies": {"hexo": "8"}}', encoding="utf-8")
    (tmp_path / "scaffolds").mkdir()
    scaffold = tmp_path / "scaffolds" / "post.md"
    text = "---\ntitle: {{ title }}\ndate: {{ date }}\n---\n"
    scaffold.write_text(text, encoding="utf-8")
    assert main(["fm", "set", str(scaffold), "tags", "[a]"]) == 1
    err = capsys.readouterr().err
    assert "template (scaffolds/post.md), not a post" in err
    assert "leaves the post out" not in err
    assert scaffold.read_text(encoding="utf-8") == text
