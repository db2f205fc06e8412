"""Document: a post's text, its on-disk identity and conflict-checked saving."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from postpad.core.document import Document
from postpad.core.errors import LegacyEncodingError, NotAFileError, SaveConflictError


def test_load_edit_save_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_bytes(b"---\r\ntitle: a\r\n---\r\nbody")
    document = Document.load(path)
    assert document.path == path
    assert document.text == "---\ntitle: a\n---\nbody"
    assert not document.is_modified
    document.text = document.text.replace("body", "body 2")
    assert document.is_modified
    document.save()
    assert path.read_bytes() == b"---\r\ntitle: a\r\n---\r\nbody 2"
    assert not document.is_modified
    assert not document.changed_on_disk()


def test_changed_on_disk_and_conflict(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text("one\n", encoding="utf-8")
    document = Document.load(path)
    path.write_text("two\n", encoding="utf-8")
    assert document.changed_on_disk()
    document.text = "mine\n"
    with pytest.raises(SaveConflictError):
        document.save()
    document.save(force=True)
    assert path.read_text(encoding="utf-8") == "mine\n"
    assert not document.changed_on_disk()


def test_untitled_needs_save_as(tmp_path: Path) -> None:
    document = Document("---\ntitle: 新\n---\n")
    assert document.path is None
    with pytest.raises(NotAFileError):
        document.save()
    target = tmp_path / "new.md"
    document.save_as(target)
    assert document.path == target
    assert target.read_text(encoding="utf-8") == "---\ntitle: 新\n---\n"


def test_legacy_file_requires_an_explicit_choice(tmp_path: Path) -> None:
    path = tmp_path / "old.md"
    path.write_bytes("标题\n".encode("gbk"))
    document = Document.load(path)
    assert document.notice
    document.save()  # unchanged: nothing is written, so there is nothing to ask
    assert path.read_bytes() == "标题\n".encode("gbk")
    document.text += "正文\n"
    with pytest.raises(LegacyEncodingError):
        document.save()
    document.convert_to_utf8()
    document.save()
    assert path.read_bytes() == "标题\n正文\n".encode()
    assert document.notice is None


def test_deleted_file_counts_as_changed_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text("x\n", encoding="utf-8")
    document = Document.load(path)
    path.unlink()
    assert document.changed_on_disk()
    with pytest.raises(SaveConflictError):
        document.save()
    document.save(force=True)
    assert path.read_text(encoding="utf-8") == "x\n"


def test_saving_an_unchanged_post_writes_nothing(tmp_path: Path) -> None:
    """Ctrl+S on an untouched post must not rewrite it: a new mtime makes `hexo server` rebuild."""
    path = tmp_path / "post.md"
    path.write_bytes(b"---\ntitle: t\n---\nbody\n")
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    document = Document.load(path)
    document.save()
    assert path.stat().st_mtime_ns == 1_000_000_000
    document.text += "more\n"
    document.save()
    assert path.stat().st_mtime_ns != 1_000_000_000
    assert path.read_bytes().endswith(b"body\nmore\n")


def test_unchanged_post_changed_on_disk_still_reports_the_conflict(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_bytes(b"one\n")
    document = Document.load(path)
    path.write_bytes(b"someone else's text\n")
    with pytest.raises(SaveConflictError):
        document.save()
    assert path.read_bytes() == b"someone else's text\n"
