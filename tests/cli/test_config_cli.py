"""`postpad config get/set/unset/keys`: nested keys, byte-exact minimal edits (CRLF and BOM
kept), untouched files on refusal, exit statuses."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from postpad.cli import main

FIXTURES = Path(__file__).parents[1] / "fixtures" / "siteconfig"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    target = tmp_path / "blog"
    shutil.copytree(FIXTURES / "hexo-site", target)
    return target


@pytest.fixture
def hugo(tmp_path: Path) -> Path:
    target = tmp_path / "hugo"
    shutil.copytree(FIXTURES / "hugo-site", target)
    return target / "hugo.toml"


def test_get_nested_value(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config", "get", str(site / "_config.butterfly.yml"), "code_blocks.theme"]) == 0
    assert capsys.readouterr().out == "pale night\n"
    assert main(["config", "get", str(site / "_config.butterfly.yml"), "menu", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "首页": "/ || fas fa-home",
        "归档": "/archives/ || fas fa-archive",
    }


def test_get_all_as_json(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config", "get", str(site / "_config.yml")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["highlight"] == {"line_number": False, "auto_detect": False}


def test_set_changes_one_line(site: Path) -> None:
    path = site / "_config.butterfly.yml"
    before = path.read_bytes().split(b"\n")
    assert main(["config", "set", str(path), "nav.fixed", "true"]) == 0
    after = path.read_bytes().split(b"\n")
    changed = [n for n, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    assert changed == [8]
    assert after[8] == "  fixed: true   # 滚动时固定导航栏".encode()


def test_set_keeps_crlf_and_bom(site: Path) -> None:
    path = site / "_config.yml"
    text = path.read_text(encoding="utf-8")
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    assert main(["config", "set", str(path), "highlight.line_number", "true"]) == 0
    expected = text.replace("line_number: false", "line_number: true")
    assert path.read_bytes() == b"\xef\xbb\xbf" + expected.replace("\n", "\r\n").encode()


def test_set_adds_a_missing_nested_key(site: Path) -> None:
    path = site / "_config.butterfly.yml"
    assert main(["config", "set", str(path), "toc.expand", "true"]) == 0
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[-3:] == ["  number: false", "  expand: true", ""]


def test_set_string_and_unset(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = site / "_config.yml"
    assert main(["config", "set", str(path), "title", "2024: 总结", "--string"]) == 0
    assert "title: '2024: 总结'" in path.read_text(encoding="utf-8").split("\n")
    assert main(["config", "unset", str(path), "highlight.auto_detect"]) == 0
    assert "auto_detect" not in path.read_text(encoding="utf-8")


def test_hugo_toml_nested_and_case_insensitive(hugo: Path) -> None:
    before = hugo.read_text(encoding="utf-8")
    assert main(["config", "set", str(hugo), "markup.goldmark.renderer.unsafe", "true"]) == 0
    assert main(["config", "set", str(hugo), "BASEURL", "https://new.example/"]) == 0
    after = hugo.read_text(encoding="utf-8")
    expected = before.replace("unsafe = false", "unsafe = true").replace(
        '"https://blog.example.org/"', '"https://new.example/"'
    )
    assert after == expected


def test_missing_key_and_refusal_leave_the_file(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = site / "_config.butterfly.yml"
    before = path.read_bytes()
    assert main(["config", "get", str(path), "nav.nothing"]) == 1
    assert "no key 'nav.nothing'" in capsys.readouterr().err
    assert main(["config", "set", str(path), "nav.fixed.deeper", "1"]) == 1
    assert "holds a value" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_broken_file_is_never_rewritten(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = site / "_config.butterfly.yml"
    path.write_text("nav:\n  fixed: [oops\n", encoding="utf-8")
    assert main(["config", "set", str(path), "nav.fixed", "true"]) == 1
    assert "line" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == "nav:\n  fixed: [oops\n"


def test_keys_lists_theme_defaults(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config", "keys", str(site / "_config.butterfly.yml"), "--missing"]) == 0
    out = capsys.readouterr().out.split("\n")
    assert "+ wordcount.enable = (missing)  [default false]" in out
    assert not any(line.startswith("+ nav.fixed") for line in out)


def test_bad_value_is_a_usage_error(site: Path) -> None:
    path = site / "_config.yml"
    assert main(["config", "set", str(path), "title", "[unclosed"]) == 2
