"""Fault tests for saving: a killed writer, a full disk, refused permissions, a vanished folder.

Whatever happens, the file on disk is the complete old content or the complete new content.
"""

from __future__ import annotations

import errno
import os
import random
import signal
import stat
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

from postpad.core import textfile
from postpad.core.errors import UnwritableFileError
from postpad.core.textfile import read_text_file, save_text_file

OLD = "---\ntitle: 旧\ndate: 2024/3/7\ncover: \n---\n" + "&ensp;&ensp;旧的段落。\n" * 40_000
NEW = "---\ntitle: 新\ndate: 2024/3/8\ncover: \n---\n" + "&ensp;&ensp;新的段落，长一点。\n" * 45_000

WRITER = textwrap.dedent(
    """
    import sys
    from postpad.core.textfile import read_text_file, save_text_file
    path = sys.argv[1]
    old = open(sys.argv[2], encoding="utf-8").read()
    new = open(sys.argv[3], encoding="utf-8").read()
    base = read_text_file(path)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        base = save_text_file(path, new if n % 2 else old, base=base)
    """
)


def _posix_only() -> None:
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("POSIX signals")


@pytest.mark.slow
def test_writer_killed_at_random_points_leaves_old_or_new_never_a_mix(tmp_path: Path) -> None:
    _posix_only()
    post = tmp_path / "post.md"
    old_file, new_file = tmp_path / "old.txt", tmp_path / "new.txt"
    old_file.write_text(OLD, encoding="utf-8")
    new_file.write_text(NEW, encoding="utf-8")
    post.write_bytes(OLD.encode("utf-8"))
    allowed = {OLD.encode("utf-8"), NEW.encode("utf-8")}
    rng = random.Random(20240307)
    seen: set[bytes] = set()
    for _ in range(40):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(post), str(old_file), str(new_file)],
            stdout=subprocess.PIPE,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.0, 0.12))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        on_disk = post.read_bytes()
        assert on_disk in allowed, f"torn file of {len(on_disk)} bytes"
        seen.add(on_disk)
        leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".md")]
        assert leftovers == ["post.md"], "a temp file must never look like a post"
    assert seen == allowed, "the kills should have landed both before and after a replace"


def test_disk_full_during_write_keeps_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    post = tmp_path / "post.md"
    post.write_bytes(OLD.encode("utf-8"))
    base = read_text_file(post)

    def no_space(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(textfile.os, "fsync", no_space)
    with pytest.raises(UnwritableFileError) as caught:
        save_text_file(post, NEW, base=base)
    monkeypatch.undo()
    assert os.strerror(errno.ENOSPC) in str(caught.value)
    assert caught.value.path == post
    assert post.read_bytes() == OLD.encode("utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["post.md"]


def test_real_write_limit_in_a_child_process_keeps_original(tmp_path: Path) -> None:
    """The kernel refuses the write (RLIMIT_FSIZE, like a quota): a real failed write()."""
    _posix_only()
    post = tmp_path / "post.md"
    post.write_bytes(b"short original")
    script = textwrap.dedent(
        """
        import resource, signal, sys
        from postpad.core.errors import UnwritableFileError
        from postpad.core.textfile import read_text_file, save_text_file
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        base = read_text_file(sys.argv[1])
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
        try:
            save_text_file(sys.argv[1], "x" * 100_000, base=base)
        except UnwritableFileError as exc:
            print("refused:", exc)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(post)], capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("refused:"), result.stdout + result.stderr
    assert post.read_bytes() == b"short original"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["post.md"]


def test_folder_without_write_permission_gives_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    post = tmp_path / "post.md"
    post.write_bytes(b"original")
    base = read_text_file(post)
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # root ignores modes: simulate the refusal

        def refuse(*_args: object, **_kwargs: object) -> tuple[int, str]:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

        monkeypatch.setattr(tempfile, "mkstemp", refuse)
    else:
        tmp_path.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(UnwritableFileError) as caught:
            save_text_file(post, "changed", base=base)
    finally:
        tmp_path.chmod(0o755)
    assert os.strerror(errno.EACCES) in str(caught.value)
    assert post.read_bytes() == b"original"


def test_vanished_folder_gives_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    folder.mkdir()
    post = folder / "post.md"
    post.write_bytes(b"original")
    base = read_text_file(post)
    post.unlink()
    folder.rmdir()
    with pytest.raises(Exception) as caught:  # noqa: PT011 - either typed error is acceptable
        save_text_file(post, "changed", base=base)
    assert type(caught.value).__name__ in {"SaveConflictError", "UnwritableFileError"}
    assert not folder.exists(), "saving must not silently recreate a vanished folder"
    with pytest.raises(UnwritableFileError):
        save_text_file(post, "changed", base=None)  # Save As into the vanished folder


def test_read_only_file_is_not_replaced(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_bytes(b"original")
    post.chmod(0o444)
    base = read_text_file(post)
    try:
        with pytest.raises(UnwritableFileError):
            save_text_file(post, "changed", base=base)
    finally:
        post.chmod(0o644)
    assert post.read_bytes() == b"original"
