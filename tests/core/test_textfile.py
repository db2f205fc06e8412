"""Reading remembers everything about the bytes; saving is atomic and refuses to lose work."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from postpad.core import textfile
from postpad.core.errors import (
    BinaryFileError,
    FileTooLargeError,
    LegacyEncodingError,
    NotAFileError,
    SaveConflictError,
    UnreadableFileError,
)
from postpad.core.textfile import encode_text, read_text_file, save_text_file

POST = "---\ntitle: 你好\ncover: \n---\n\n&ensp;&ensp;正文\n"


def write(tmp_path: Path, data: bytes, name: str = "post.md") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "encoding", "bom", "newline", "final"),
    [
        (POST.encode(), "utf-8", False, "\n", True),
        (POST.replace("\n", "\r\n").encode(), "utf-8", False, "\r\n", True),
        (b"\xef\xbb\xbf" + POST.encode(), "utf-8", True, "\n", True),
        (b"\xff\xfe" + POST.encode("utf-16-le"), "utf-16-le", True, "\n", True),
        (b"\xfe\xff" + POST.encode("utf-16-be"), "utf-16-be", True, "\n", True),
        (POST.rstrip("\n").encode(), "utf-8", False, "\n", False),
        (b"a\r\nb\nc\r\n", "utf-8", False, "mixed", True),
        (b"", "utf-8", False, "\n", False),
    ],
)
def test_read_detects_format_and_saving_untouched_gives_identical_bytes(
    tmp_path: Path, data: bytes, encoding: str, bom: bool, newline: str, final: bool
) -> None:
    path = write(tmp_path, data)
    loaded = read_text_file(path)
    assert "\r" not in loaded.text
    assert (loaded.format.encoding, loaded.format.bom) == (encoding, bom)
    assert loaded.format.newline == newline
    assert loaded.format.final_newline is final
    assert encode_text(loaded.text, loaded) == data
    save_text_file(path, loaded.text, base=loaded)
    assert path.read_bytes() == data


def test_mixed_endings_keep_each_untouched_line(tmp_path: Path) -> None:
    data = b"one\r\ntwo\nthree\r\nfour\n"
    loaded = read_text_file(write(tmp_path, data))
    edited = loaded.text.replace("three", "THREE").replace("two\n", "two\nnew\n")
    # "new" takes the dominant ending (a tie goes to CRLF); "THREE" is a changed line too
    assert encode_text(edited, loaded) == b"one\r\ntwo\nnew\r\nTHREE\r\nfour\n"


def test_gbk_is_decoded_with_notice_and_never_saved_back_silently(tmp_path: Path) -> None:
    data = POST.encode("gbk")
    path = write(tmp_path, data)
    loaded = read_text_file(path)
    assert loaded.text == POST
    assert loaded.format.encoding == "gb18030"
    assert loaded.format.legacy
    assert loaded.format.notice
    assert "GB18030" in loaded.format.notice
    with pytest.raises(LegacyEncodingError):
        save_text_file(path, loaded.text, base=loaded)
    assert path.read_bytes() == data
    kept = save_text_file(
        path, loaded.text, base=loaded, file_format=loaded.format.keeping_legacy()
    )
    assert path.read_bytes() == data
    converted = save_text_file(
        path, kept.text, base=kept, file_format=kept.format.converted_to_utf8()
    )
    assert path.read_bytes() == POST.encode()
    assert converted.format.encoding == "utf-8"
    assert not converted.format.legacy


def test_forced_encoding_reopens_a_file(tmp_path: Path) -> None:
    path = write(tmp_path, "標題\n".encode("big5"))
    assert read_text_file(path).text != "標題\n"  # the strict fallback is GB18030
    loaded = read_text_file(path, encoding="big5")
    assert loaded.text == "標題\n"
    assert loaded.format.legacy


def test_refuses_binary_directories_missing_and_unreadable(tmp_path: Path) -> None:
    with pytest.raises(BinaryFileError):
        read_text_file(write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00"))
    with pytest.raises(NotAFileError):
        read_text_file(tmp_path)
    with pytest.raises(NotAFileError):
        read_text_file(tmp_path / "missing.md")
    locked = write(tmp_path, b"secret", "locked.md")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as root: permissions do not stop reading")
        with pytest.raises(UnreadableFileError):
            read_text_file(locked)
    finally:
        locked.chmod(0o600)


def test_size_limit_is_documented_and_twenty_megabytes_open(tmp_path: Path) -> None:
    assert textfile.MAX_FILE_BYTES >= 20 * 1024 * 1024
    line = "正文 text 1234567890\n".encode()
    big = write(tmp_path, line * (20 * 1024 * 1024 // len(line) + 1))
    assert len(read_text_file(big).text) > 10_000_000
    too_big = tmp_path / "huge.md"
    with open(too_big, "wb") as handle:
        handle.truncate(textfile.MAX_FILE_BYTES + 1)
    with pytest.raises(FileTooLargeError) as caught:
        read_text_file(too_big)
    assert caught.value.limit == textfile.MAX_FILE_BYTES


def test_save_conflict_when_disk_changed_unless_forced(tmp_path: Path) -> None:
    path = write(tmp_path, POST.encode())
    loaded = read_text_file(path)
    path.write_bytes(b"changed elsewhere\n")
    with pytest.raises(SaveConflictError):
        save_text_file(path, loaded.text + "mine\n", base=loaded)
    assert path.read_bytes() == b"changed elsewhere\n"
    save_text_file(path, loaded.text + "mine\n", base=loaded, force=True)
    assert path.read_bytes() == (POST + "mine\n").encode()
    path.unlink()
    with pytest.raises(SaveConflictError) as caught:
        save_text_file(path, "x", base=loaded)
    assert caught.value.deleted


def test_save_is_atomic_keeps_mode_and_leaves_no_markdown_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, POST.encode())
    path.chmod(0o640)
    loaded = read_text_file(path)
    seen: list[str] = []
    real_replace = os.replace

    def spy(source: str, target: os.PathLike[str]) -> None:
        seen.append(os.path.basename(source))
        assert Path(source).parent == tmp_path
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", spy)
    saved = save_text_file(path, loaded.text + "more\n", base=loaded)
    assert len(seen) == 1
    assert not seen[0].endswith(".md")
    assert seen[0].startswith(".")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["post.md"]
    assert saved.digest == textfile.disk_digest(path)


def test_failed_write_leaves_original_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, POST.encode())
    loaded = read_text_file(path)

    def broken(source: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(textfile.UnwritableFileError):
        save_text_file(path, "lost?", base=loaded)
    assert path.read_bytes() == POST.encode()
    assert [p.name for p in tmp_path.iterdir()] == ["post.md"]


def test_save_through_symlink_keeps_the_link(tmp_path: Path) -> None:
    real = write(tmp_path, b"a\n", "real.md")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    loaded = read_text_file(link)
    save_text_file(link, "b\n", base=loaded)
    assert link.is_symlink()
    assert real.read_bytes() == b"b\n"


def test_new_file_gets_default_format(tmp_path: Path) -> None:
    path = tmp_path / "new.md"
    saved = save_text_file(path, "---\ntitle: x\n---\n", base=None)
    assert path.read_bytes() == b"---\ntitle: x\n---\n"
    assert saved.format.encoding == "utf-8"


def test_mixed_endings_large_file_edit_keeps_every_other_line(tmp_path: Path) -> None:
    lines = [f"line {n}".encode() + (b"\r\n" if n % 3 else b"\n") for n in range(200_000)]
    data = b"".join(lines)
    loaded = read_text_file(write(tmp_path, data))
    assert loaded.format.newline == "mixed"
    edited = loaded.text.replace("line 100000\n", "changed\nadded\n")
    expected = data.replace(b"line 100000\r\n", b"changed\r\nadded\r\n")
    assert encode_text(edited, loaded) == expected
