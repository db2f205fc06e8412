"""Whole post files on disk: untouched saves are byte-identical; one edit changes one key's bytes.

Files live in tests/fixtures/files (raw bytes: CRLF, BOM, UTF-16, GBK, mixed endings, no final
newline). ``expected/NAME`` holds each file after ``set title 改过的标题`` (or the failure), so
a reviewer can read the exact bytes a user would get.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

from postpad.core.errors import FrontMatterError, LegacyEncodingError
from postpad.core.frontmatter import read_fields, set_field, split_front_matter
from postpad.core.textfile import encode_text, read_text_file, save_text_file

FILES = Path(__file__).parents[2] / "fixtures" / "files"
TEXT_CASES = Path(__file__).parents[2] / "fixtures" / "frontmatter"
POSTS = sorted(path for path in FILES.glob("*.md"))
NEW_TITLE = "改过的标题"

#: name -> (encoding, bom, newline, final newline, front-matter format)
FORMATS = {
    "body-hard-breaks.md": ("utf-8", False, "\n", True),
    "butterfly-bom.md": ("utf-8", True, "\n", True),
    "butterfly-crlf.md": ("utf-8", False, "\r\n", False),
    "butterfly-gbk.md": ("gb18030", False, "\n", True),
    "butterfly-utf16.md": ("utf-16-le", True, "\r\n", True),
    "butterfly.md": ("utf-8", False, "\n", False),
    "comment-only-front-matter.md": ("utf-8", False, "\n", True),
    "empty-front-matter.md": ("utf-8", False, "\n", True),
    "empty.md": ("utf-8", False, "\n", False),
    "hexo-headless.md": ("utf-8", False, "\n", True),
    "hexo-json.md": ("utf-8", False, "\n", True),
    "hugo-json.md": ("utf-8", False, "\n", True),
    "hugo-toml.md": ("utf-8", False, "\n", True),
    "invalid-yaml.md": ("utf-8", False, "\n", True),
    "mixed-endings.md": ("utf-8", False, "mixed", True),
    "no-front-matter.md": ("utf-8", False, "\n", True),
    "rich-yaml.md": ("utf-8", False, "\n", True),
    "tab-indented.md": ("utf-8", False, "\n", True),
}


def test_every_post_file_is_listed() -> None:
    assert sorted(path.name for path in POSTS) == sorted(FORMATS)


@pytest.mark.parametrize("source", POSTS, ids=lambda path: path.name)
def test_format_detected(source: Path) -> None:
    loaded = read_text_file(source)
    fmt = loaded.format
    assert (fmt.encoding, fmt.bom, fmt.newline, fmt.final_newline) == FORMATS[source.name]
    assert fmt.legacy == (fmt.encoding == "gb18030")


@pytest.mark.parametrize("source", POSTS, ids=lambda path: path.name)
def test_saving_untouched_gives_identical_bytes(source: Path, tmp_path: Path) -> None:
    target = tmp_path / source.name
    shutil.copyfile(source, target)
    loaded = read_text_file(target)
    file_format = loaded.format.keeping_legacy() if loaded.format.legacy else loaded.format
    save_text_file(target, loaded.text, base=loaded, file_format=file_format)
    assert target.read_bytes() == source.read_bytes()


def _text_cases() -> list[str]:
    """Every input of the text fixture files (loaded by path: tests are not a package)."""
    module_path = Path(__file__).with_name("test_frontmatter_fixtures.py")
    spec = importlib.util.spec_from_file_location("_frontmatter_fixture_reader", module_path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return [case.input for case in module.CASES]


def test_saving_untouched_text_fixtures_gives_identical_bytes(tmp_path: Path) -> None:
    inputs = _text_cases()
    assert len(inputs) > 50
    for number, text in enumerate(inputs):
        for newline in ("\n", "\r\n"):
            data = text.replace("\n", newline).encode()
            target = tmp_path / f"case{number}.md"
            target.write_bytes(data)
            loaded = read_text_file(target)
            save_text_file(target, loaded.text, base=loaded)
            assert target.read_bytes() == data, text


def _edited(source: Path) -> bytes:
    loaded = read_text_file(source)
    try:
        new_text = set_field(loaded.text, "title", NEW_TITLE)
    except FrontMatterError as exc:
        return f"FrontMatterError {exc.line}:{exc.column}\n".encode()
    try:
        return encode_text(new_text, loaded)
    except LegacyEncodingError:
        data = encode_text(new_text, loaded.format.converted_to_utf8())
        return b"LegacyEncodingError; converted to UTF-8:\n" + data


@pytest.mark.parametrize("source", POSTS, ids=lambda path: path.name)
def test_setting_title_matches_golden_bytes(source: Path) -> None:
    expected = FILES / "expected" / source.name
    assert _edited(source) == expected.read_bytes()


@pytest.mark.parametrize("source", POSTS, ids=lambda path: path.name)
def test_setting_title_changes_only_title_lines(source: Path) -> None:
    loaded = read_text_file(source)
    try:
        new_text = set_field(loaded.text, "title", NEW_TITLE)
    except FrontMatterError:
        pytest.skip("invalid front matter is never edited")
    old_lines = loaded.text.split("\n")
    new_lines = new_text.split("\n")
    removed = [line for line in old_lines if line not in new_lines]
    added = [line for line in new_lines if line not in old_lines]
    delimiters = ["---"] if split_front_matter(loaded.text).format is None else []
    assert all("title" in line for line in removed)
    assert all("title" in line or line in delimiters for line in added)
    assert NEW_TITLE in read_fields(new_text)["title"]  # type: ignore[operator]


def test_bundled_sample_post_has_the_butterfly_shape_and_round_trips(tmp_path: Path) -> None:
    from postpad.core.assets import sample_post_path

    sample = sample_post_path()
    data = sample.read_bytes()
    loaded = read_text_file(sample)
    assert not loaded.format.final_newline
    fields = read_fields(loaded.text)
    assert str(fields["date"]).count("/") == 2
    assert fields["cover"] is None
    assert "cover: \n" in loaded.text
    assert "#" in str(fields["top_img"])
    target = tmp_path / "sample.md"
    target.write_bytes(data)
    copy = read_text_file(target)
    save_text_file(target, set_field(copy.text, "comments", False), base=copy)
    assert target.read_bytes() == data.replace(b"comments: true\n", b"comments: false\n")
