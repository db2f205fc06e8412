"""core/atomic.py: all the new bytes or the old file, mode kept, no temp file left behind."""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path

import pytest

from postpad.core import atomic
from postpad.core.atomic import replace_file, write_atomic
from postpad.core.errors import SaveConflictError
from postpad.core.textfile import read_text_file, save_text_file


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_writes_new_file_with_umask_mode(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    write_atomic(target, b"{}\n", fsync=True)
    assert target.read_bytes() == b"{}\n"
    umask = os.umask(0)
    os.umask(umask)
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    assert _names(tmp_path) == ["a.json"]


def test_new_mode_for_private_files(tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("POSIX permission bits")
    target = tmp_path / "journal"
    write_atomic(target, b"x", fsync=False, new_mode=0o600)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_existing_file_keeps_its_mode(tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("POSIX permission bits")
    target = tmp_path / "post.md"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomic(target, b"new", fsync=False, new_mode=0o600)
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_temp_name_is_hidden_and_chosen_by_caller(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    real_replace = os.replace

    def spy(source: str, target: str) -> None:
        seen.append(Path(source).name)
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", spy)
    write_atomic(tmp_path / "post.md", b"x", fsync=False, suffix=".postpad~")
    write_atomic(
        tmp_path / "k.journal", b"x", fsync=False, prefix="k.journal.", suffix=".7.partial"
    )
    assert seen[0].startswith(".post.md.")
    assert seen[0].endswith(".postpad~")
    assert seen[1].startswith("k.journal.")
    assert seen[1].endswith(".7.partial")


def test_failed_check_leaves_old_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "post.md"
    target.write_bytes(b"old")

    def changed_on_disk() -> None:
        raise SaveConflictError(target)

    with pytest.raises(SaveConflictError):
        write_atomic(target, b"new", fsync=True, check=changed_on_disk)
    assert target.read_bytes() == b"old"
    assert _names(tmp_path) == ["post.md"]


def test_check_runs_after_the_bytes_are_written(tmp_path: Path) -> None:
    """The check sees the disk as it is just before the replace, not before the write."""
    target = tmp_path / "post.md"
    target.write_bytes(b"old")
    temps: list[list[str]] = []
    write_atomic(target, b"new", fsync=False, check=lambda: temps.append(_names(tmp_path)))
    assert len(temps[0]) == 2, "the temp file exists (complete) when the check runs"


@pytest.mark.parametrize("where", ["write", "fsync", "replace"])
def test_write_error_keeps_old_file_and_removes_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    target = tmp_path / "settings.json"
    target.write_bytes(b"old complete")

    def no_space(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    if where == "write":
        monkeypatch.setattr(os, "fdopen", lambda *_a, **_k: _FullStream())
    else:
        monkeypatch.setattr(os, where, no_space)
    with pytest.raises(OSError, match="space") as caught:
        write_atomic(target, b"new", fsync=True)
    monkeypatch.undo()
    assert caught.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"old complete"
    assert _names(tmp_path) == ["settings.json"]


class _FullStream:
    def __enter__(self) -> _FullStream:
        return self

    def __exit__(self, *_exc: object) -> None:
        return None

    def write(self, _data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_missing_folder_raises_and_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomic(tmp_path / "gone" / "a.txt", b"x", fsync=False)
    assert _names(tmp_path) == []


def test_fsync_choice_is_honoured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (calls.append(fd), real(fd))[1])
    write_atomic(tmp_path / "cache.json", b"x", fsync=False)
    assert calls == []
    write_atomic(tmp_path / "prefs.json", b"x", fsync=True)
    assert len(calls) == (2 if os.name == "posix" else 1), "the file, then its folder"


def test_replace_retries_on_windows_while_target_is_held(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "new"
    source.write_bytes(b"new")
    target = tmp_path / "post.md"
    target.write_bytes(b"old")
    real = os.replace
    failures = [PermissionError(errno.EACCES, "in use")] * 3

    def held(a: Path, b: Path) -> None:
        if failures:
            raise failures.pop()
        real(a, b)

    monkeypatch.setattr(os, "replace", held)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(atomic, "REPLACE_PAUSE_S", 0)
    replace_file(source, target)
    assert target.read_bytes() == b"new"


def test_replace_does_not_retry_elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []

    def refused(*args: object) -> None:
        calls.append(args)
        raise PermissionError(errno.EACCES, "denied")

    monkeypatch.setattr(os, "replace", refused)
    monkeypatch.setattr(sys, "platform", "linux")
    with pytest.raises(PermissionError):
        replace_file(tmp_path / "a", tmp_path / "b")
    assert len(calls) == 1


def test_text_save_refuses_when_disk_copy_changes_during_the_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program writes the post while Postpad writes its temp file: no replace."""
    post = tmp_path / "post.md"
    post.write_bytes(b"original\n")
    base = read_text_file(post)
    real = os.fdopen

    class Racing:
        def __init__(self, stream: object) -> None:
            self.stream = stream

        def __enter__(self) -> object:
            post.write_bytes(b"written by another program meanwhile\n")
            return self.stream.__enter__()  # type: ignore[attr-defined]

        def __exit__(self, *exc: object) -> object:
            return self.stream.__exit__(*exc)  # type: ignore[attr-defined]

    monkeypatch.setattr(os, "fdopen", lambda *a, **k: Racing(real(*a, **k)))
    with pytest.raises(SaveConflictError):
        save_text_file(post, "mine\n", base=base)
    monkeypatch.undo()
    assert post.read_bytes() == b"written by another program meanwhile\n"
    assert _names(tmp_path) == ["post.md"]
