"""`postpad fm get/set/unset`: exit statuses, byte-exact edits, untouched files on failure."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from postpad.cli import main

POST = (
    "---\r\n"
    "title: 秋夜小记\r\n"
    "date: 2024/6/1\r\n"
    "categories: 随笔\r\n"
    "top_img: 'linear-gradient(20deg, #0062be, #925696)'\r\n"
    "cover: \r\n"
    "---\r\n"
    "\r\n"
    "&ensp;&ensp;正文。"
).encode()


@pytest.fixture
def post(tmp_path: Path) -> Path:
    path = tmp_path / "post.md"
    path.write_bytes(POST)
    return path


def test_get_all_as_json_in_file_order(post: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fm", "get", str(post)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["title", "date", "categories", "top_img", "cover"]
    assert data["date"] == "2024/6/1"
    assert data["cover"] is None


def test_get_one_key_plain_and_json(post: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fm", "get", str(post), "top_img"]) == 0
    assert capsys.readouterr().out == "linear-gradient(20deg, #0062be, #925696)\n"
    assert main(["fm", "get", str(post), "cover", "--json"]) == 0
    assert capsys.readouterr().out == "null\n"


def test_set_changes_only_that_line_keeping_crlf(post: Path) -> None:
    assert main(["fm", "set", str(post), "title", "总结: 2024", "--string"]) == 0
    assert post.read_bytes() == POST.replace(
        "title: 秋夜小记".encode(), "title: '总结: 2024'".encode()
    )


def test_set_parses_yaml_flow_values_unless_string(
    post: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["fm", "set", str(post), "tags", "[生活, '2024']"]) == 0
    assert main(["fm", "set", str(post), "sticky", "3"]) == 0
    assert main(["fm", "set", str(post), "comments", "true"]) == 0
    assert main(["fm", "set", str(post), "subtitle", "true", "--string"]) == 0
    capsys.readouterr()
    assert main(["fm", "get", str(post)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["tags"] == ["生活", "2024"]
    assert data["sticky"] == 3
    assert data["comments"] is True
    assert data["subtitle"] == "true"
    text = post.read_bytes().decode()
    assert "subtitle: 'true'\r\n" in text
    assert "tags:\r\n  - 生活\r\n  - '2024'\r\n" in text


def test_setting_same_value_leaves_file_byte_identical(post: Path) -> None:
    before = post.stat().st_mtime_ns
    assert main(["fm", "set", str(post), "date", "2024/6/1"]) == 0
    assert main(["fm", "set", str(post), "cover", ""]) == 0
    assert post.read_bytes() == POST
    assert post.stat().st_mtime_ns == before


def test_date_value_keeps_the_keys_layout_new_date_key_as_typed(post: Path) -> None:
    assert main(["fm", "set", str(post), "date", "2024-10-03"]) == 0
    assert main(["fm", "set", str(post), "updated", "2024-10-04T09:30:00+08:00"]) == 0
    text = post.read_bytes().decode()
    assert "\r\ndate: 2024/10/3\r\n" in text
    assert "\r\nupdated: 2024-10-04T09:30:00+08:00\r\n" in text
    assert main(["fm", "set", str(post), "date", "2024-10-05", "--string"]) == 0
    assert "\r\ndate: '2024-10-05'\r\n" in post.read_bytes().decode()


def test_unset(post: Path) -> None:
    assert main(["fm", "unset", str(post), "top_img"]) == 0
    assert post.read_bytes() == POST.replace(
        b"top_img: 'linear-gradient(20deg, #0062be, #925696)'\r\n", b""
    )
    assert main(["fm", "unset", str(post), "not-there"]) == 0


def test_failures_exit_1_with_one_line_and_leave_file(
    post: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["fm", "get", str(tmp_path / "missing.md")]) == 1
    assert main(["fm", "get", str(post), "nope"]) == 1
    broken = tmp_path / "broken.md"
    broken.write_bytes(b"---\ntitle: a: b\n---\nbody\n")
    assert main(["fm", "set", str(broken), "title", "x"]) == 1
    assert broken.read_bytes() == b"---\ntitle: a: b\n---\nbody\n"
    binary = tmp_path / "image.md"
    binary.write_bytes(b"\x00\x01")
    assert main(["fm", "unset", str(binary), "x"]) == 1
    errors = capsys.readouterr().err.strip().split("\n")
    assert len(errors) == 4
    assert "line 2, column 9" in errors[2]


def test_legacy_file_needs_explicit_conversion(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "gbk.md"
    data = "---\ntitle: 旧文章\n---\n正文\n".encode("gbk")
    path.write_bytes(data)
    assert main(["fm", "set", str(path), "title", "新"]) == 1
    assert path.read_bytes() == data
    assert "legacy encoding" in capsys.readouterr().err
    assert main(["fm", "set", str(path), "title", "新", "--convert-to-utf8"]) == 0
    assert path.read_bytes() == "---\ntitle: 新\n---\n正文\n".encode()


@pytest.mark.parametrize(
    "argv",
    [
        ["fm"],
        ["fm", "get"],
        ["fm", "set", "x.md", "key"],
        ["fm", "frobnicate", "x.md"],
        ["fm", "get", "x.md", "--bogus"],
    ],
)
def test_usage_errors_exit_2(argv: list[str]) -> None:
    assert main(argv) == 2


def test_bad_value_is_a_usage_error_and_file_untouched(post: Path) -> None:
    assert main(["fm", "set", str(post), "title", "a: b"]) == 2
    assert main(["fm", "set", str(post), "title", "[unclosed"]) == 2
    assert post.read_bytes() == POST


def test_python_dash_m_subprocess(post: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "postpad", "fm", "set", str(post), "draft", "false"],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert b"cover: \r\ndraft: false\r\n---\r\n" in post.read_bytes()
    version = subprocess.run(
        [sys.executable, "-m", "postpad", "--version"], capture_output=True, text=True, check=False
    )
    assert version.returncode == 0
    assert version.stdout.startswith("postpad ")


# ----- issue 11: values starting with -, engine key rules, blank lines, typed times ---------


def test_value_may_start_with_a_dash(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.md"
    path.write_bytes(b"---\ntitle: x\ndraft: true\n---\nbody\n")
    assert main(["fm", "set", str(path), "title", "-LKs-网站推荐"]) == 0
    assert main(["fm", "set", str(path), "draft", "--string", "--", "--x--"]) == 0
    assert path.read_bytes().decode() == "---\ntitle: '-LKs-网站推荐'\ndraft: '--x--'\n---\nbody\n"
    assert main(["fm", "get", str(path), "title"]) == 0
    assert capsys.readouterr().out == "-LKs-网站推荐\n"
    assert main(["fm", "set", "--help"]) == 0
    assert "may start with -" in " ".join(capsys.readouterr().out.split())
    assert main(["fm", "--help"]) == 0
    assert "put -- before it" in capsys.readouterr().out


def _hugo_post(tmp_path: Path, header: str) -> Path:
    (tmp_path / "hugo.toml").write_text("title = 'site'\n", encoding="utf-8")
    posts = tmp_path / "content" / "posts"
    posts.mkdir(parents=True)
    path = posts / "p.md"
    path.write_bytes(header.encode())
    return path


def test_hugo_keys_match_whatever_their_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _hugo_post(tmp_path, "---\nTitle: 旧\nTags: [a]\nDate: 2020-08-11\n---\nbody\n")
    assert main(["fm", "get", str(path), "title"]) == 0
    assert capsys.readouterr().out == "旧\n"
    assert main(["fm", "set", str(path), "title", "新"]) == 0
    assert main(["fm", "set", str(path), "tags", "[b, c]"]) == 0
    assert path.read_bytes().decode() == (
        "---\nTitle: 新\nTags: [b, c]\nDate: 2020-08-11\n---\nbody\n"
    )
    assert main(["fm", "unset", str(path), "date"]) == 0
    assert path.read_bytes().decode() == "---\nTitle: 新\nTags: [b, c]\n---\nbody\n"


def test_hugo_duplicate_spellings_refused_then_fixed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = "---\ntitle: lower\nTitle: Upper\n---\nbody\n"
    path = _hugo_post(tmp_path, original)
    assert main(["fm", "get", str(path), "title"]) == 0
    assert capsys.readouterr().out == "Upper\n"  # what Hugo shows
    assert main(["fm", "set", str(path), "title", "x"]) == 1
    assert path.read_bytes().decode() == original
    assert "uses 'Title'" in capsys.readouterr().err
    assert main(["fm", "unset", str(path), "title"]) == 0
    assert "still reads 'Title'" in capsys.readouterr().err
    assert main(["fm", "set", str(path), "title", "x"]) == 0
    assert path.read_bytes().decode() == "---\nTitle: x\n---\nbody\n"


def test_engine_option_and_unknown_engine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "p.md"
    original = b"---\nTitle: old\n---\nbody\n"
    path.write_bytes(original)
    assert main(["fm", "set", str(path), "title", "x"]) == 1  # no site: Hugo or Hexo?
    assert path.read_bytes() == original
    assert "--engine" in capsys.readouterr().err
    assert main(["fm", "set", str(path), "title", "x", "--engine", "hexo"]) == 0
    assert path.read_bytes() == b"---\nTitle: old\ntitle: x\n---\nbody\n"
    path.write_bytes(original)
    assert main(["fm", "set", str(path), "--engine", "hugo", "title", "x"]) == 0
    assert path.read_bytes() == b"---\nTitle: x\n---\nbody\n"


BLANK_FIRST = '\n---\ntitle: "AWS"\ncategories:\n- AWS\n---\nbody\n'


def test_hexo_post_starting_with_a_blank_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "_config.yml").write_text("title: site\n", encoding="utf-8")
    posts = tmp_path / "source" / "_posts"
    posts.mkdir(parents=True)
    path = posts / "aws.md"
    path.write_bytes(BLANK_FIRST.encode())
    assert main(["fm", "get", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"title": "AWS", "categories": ["AWS"]}
    assert main(["fm", "set", str(path), "title", "X"]) == 0
    assert path.read_bytes().decode() == BLANK_FIRST.replace('"AWS"', '"X"')


@pytest.mark.parametrize("engine", ["jekyll", None])
def test_blank_line_header_not_read_or_unsure_is_refused(
    tmp_path: Path, engine: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "aws.md"
    path.write_bytes(BLANK_FIRST.encode())
    argv = ["fm", "set", str(path), "title", "X"] + (["--engine", engine] if engine else [])
    assert main(argv) == 1
    assert path.read_bytes() == BLANK_FIRST.encode()  # never a second block on top
    assert "cannot change 'title'" in capsys.readouterr().err


def test_typed_time_for_a_date_only_key_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    path.write_bytes(b"---\ntitle: x\ndate: 2020-08-11\n---\nbody\n")
    assert main(["fm", "set", str(path), "date", "2023-10-05 08:09:10"]) == 0
    assert path.read_bytes() == b"---\ntitle: x\ndate: 2023-10-05 08:09:10\n---\nbody\n"
    assert main(["fm", "set", str(path), "date", "2023-10-06"]) == 0  # keeps the time now
    assert path.read_bytes() == b"---\ntitle: x\ndate: 2023-10-06 08:09:10\n---\nbody\n"


def test_iso_string_date_keeps_its_layout(tmp_path: Path) -> None:
    path = _hugo_post(tmp_path, "---\ntitle: x\ndate: '2020-08-11T00:00:00Z'\n---\nbody\n")
    assert main(["fm", "set", str(path), "date", "2023-10-05"]) == 0
    assert path.read_bytes() == b"---\ntitle: x\ndate: '2023-10-05T00:00:00Z'\n---\nbody\n"


def test_jekyll_typed_time_gets_the_site_offset(tmp_path: Path) -> None:
    # Jekyll reads `2023-10-05 08:09:10` as UTC (8 h off on a Shanghai site): the site's zone
    # is written with the time, in Jekyll's own offset style
    (tmp_path / "_config.yml").write_text("timezone: Asia/Shanghai\n", encoding="utf-8")
    posts = tmp_path / "_posts"
    posts.mkdir()
    path = posts / "2020-08-11-p.md"
    path.write_bytes(b"---\ntitle: x\ndate: 2020-08-11\n---\nbody\n")
    assert main(["fm", "set", str(path), "date", "2023-10-05 08:09:10"]) == 0
    assert path.read_bytes() == b"---\ntitle: x\ndate: 2023-10-05 08:09:10 +0800\n---\nbody\n"
