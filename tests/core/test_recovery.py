"""The recovery journal store: atomic entries, ownership by process, platform folders."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from postpad.core import recovery
from postpad.core.recovery import (
    JournalCorruptError,
    RecoveryJournal,
    default_recovery_dir,
    new_entry_key,
    new_untitled_key,
)

POST = "---\ntitle: 你好\ndate: 2024/3/7\ncover: \n---\n&ensp;&ensp;正文第一段。\r\n\n结尾"


def test_write_then_read_round_trips_text_and_metadata(tmp_path: Path) -> None:
    journal = RecoveryJournal(tmp_path / "j")
    post = tmp_path / "site" / "source" / "_posts" / "a.md"
    key = new_entry_key()
    journal.write(key, POST, path=post, base_digest="abc")
    entry = journal.read(key)
    assert entry is not None
    assert entry.text == POST
    assert entry.path == Path(os.path.abspath(post))
    assert entry.title == "a.md"
    assert entry.base_digest == "abc"
    assert entry.session == journal.session
    assert not entry.is_untitled


def test_untitled_documents_are_journalled_with_their_title(tmp_path: Path) -> None:
    journal = RecoveryJournal(tmp_path)
    key = new_untitled_key()
    journal.write(key, "草稿", path=None, title="Untitled 2")
    entry = journal.read(key)
    assert entry is not None
    assert entry.is_untitled
    assert entry.title == "Untitled 2"
    assert entry.text == "草稿"
    assert new_untitled_key() != key


def test_rewrite_replaces_and_discard_removes(tmp_path: Path) -> None:
    journal = RecoveryJournal(tmp_path)
    journal.write("k1", "one", path=None)
    journal.write("k1", "two", path=None)
    entries = journal.entries()
    assert [e.text for e in entries] == ["two"]
    journal.discard("k1")
    assert journal.read("k1") is None
    assert journal.entries() == []
    journal.discard("k1")  # discarding twice is harmless


def test_journal_files_are_private(tmp_path: Path) -> None:
    if sys.platform.startswith("win"):
        pytest.skip("POSIX permissions")
    journal = RecoveryJournal(tmp_path / "new")
    file = journal.write("k", "secret draft", path=None)
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert stat.S_IMODE(journal.directory.stat().st_mode) == 0o700


def test_failed_write_keeps_previous_entry_and_leaves_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = RecoveryJournal(tmp_path)
    journal.write("k", "old complete text", path=None)

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(recovery.os, "replace", disk_full)
    with pytest.raises(OSError, match="No space"):
        journal.write("k", "new text", path=None)
    monkeypatch.undo()
    entry = journal.read("k")
    assert entry is not None
    assert entry.text == "old complete text"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k.journal"]


def test_entries_of_a_dead_process_are_orphaned_live_ones_are_not(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import sys, time
        from postpad.core.recovery import RecoveryJournal
        j = RecoveryJournal({str(tmp_path)!r})
        j.write(sys.argv[1], "from " + sys.argv[1], path=None)
        print("written", flush=True)
        if sys.argv[2] == "stay":
            time.sleep(60)
        """
    )
    subprocess.run([sys.executable, "-c", script, "dead", "exit"], check=True)
    live = subprocess.Popen(
        [sys.executable, "-c", script, "live", "stay"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert live.stdout is not None
        assert live.stdout.readline().strip() == "written"
        mine = RecoveryJournal(tmp_path)
        mine.write("own", "mine", path=None)
        orphaned = mine.orphaned_entries()
        assert [e.key for e in orphaned] == ["dead"]
        assert orphaned[0].text == "from dead"
        assert {e.key for e in mine.entries()} == {"dead", "live", "own"}
    finally:
        live.kill()
        live.wait()
    assert {e.key for e in RecoveryJournal(tmp_path).orphaned_entries()} == {"dead", "live", "own"}


def test_adopt_makes_an_entry_ours(tmp_path: Path) -> None:
    old = RecoveryJournal(tmp_path)
    old.write("k", "text", path=None)
    new = RecoveryJournal(tmp_path)
    assert [e.key for e in new.orphaned_entries()] == ["k"]
    new.adopt("k")
    assert new.orphaned_entries() == []
    new.discard_session()
    assert new.entries() == []


def test_corrupt_files_are_reported_and_kept(tmp_path: Path) -> None:
    journal = RecoveryJournal(tmp_path)
    journal.write("good", "ok", path=None)
    bad = tmp_path / "bad.journal"
    bad.write_bytes(b"not a header")
    assert [e.key for e in journal.entries()] == ["good"]
    assert journal.corrupt_files() == [bad]
    with pytest.raises(JournalCorruptError):
        journal.read("bad")
    assert bad.exists()


def test_stale_temp_files_of_dead_writers_are_removed(tmp_path: Path) -> None:
    journal = RecoveryJournal(tmp_path)
    stale = tmp_path / "k.journal.999999999.partial"
    stale.write_bytes(b"half")
    mine = tmp_path / f"k.journal.{os.getpid()}.partial"
    mine.write_bytes(b"in progress")
    journal.orphaned_entries()
    assert not stale.exists()
    assert mine.exists()


def test_keys_cannot_escape_the_folder(tmp_path: Path) -> None:
    journal = RecoveryJournal(tmp_path)
    for key in ("../x", "a/b", "", ".hidden"):
        with pytest.raises(ValueError, match="invalid journal key"):
            journal.write(key, "x", path=None)


def test_default_folder_follows_platform_conventions() -> None:
    linux = default_recovery_dir({"HOME": "/home/u", "XDG_STATE_HOME": "/s"}, "linux")
    assert linux == Path("/s/postpad/recovery")
    assert default_recovery_dir({"HOME": "/home/u"}, "linux") == Path(
        "/home/u/.local/state/postpad/recovery"
    )
    mac = default_recovery_dir({"HOME": "/Users/u"}, "darwin")
    assert mac == Path("/Users/u/Library/Application Support/Postpad/recovery")
    win = default_recovery_dir({"LOCALAPPDATA": "C:/Users/u/AppData/Local"}, "win32")
    assert win == Path("C:/Users/u/AppData/Local/Postpad/recovery")


def test_default_journal_uses_user_state_dir_not_cwd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    journal = RecoveryJournal()
    assert journal.directory == Path(os.environ["XDG_STATE_HOME"]) / "postpad" / "recovery"
    assert tmp_path not in journal.directory.parents


def test_five_megabyte_buffer_round_trips(tmp_path: Path) -> None:
    text = ("一二三四五 words and more\n" * 200_000)[: 5 * 1024 * 1024 // 2]
    journal = RecoveryJournal(tmp_path, fsync=False)
    journal.write("big", text, path=None)
    entry = journal.read("big")
    assert entry is not None
    assert entry.text == text


@pytest.mark.slow
def test_journal_writer_killed_mid_write_leaves_a_whole_entry(tmp_path: Path) -> None:
    """SIGKILL at random moments: the entry is always one complete version, never torn."""
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("POSIX only")
    script = textwrap.dedent(
        f"""
        import sys
        from postpad.core.recovery import RecoveryJournal
        j = RecoveryJournal({str(tmp_path)!r})
        n = 0
        print("ready", flush=True)
        while True:
            n += 1
            j.write("k", str(n % 10) * (200_000 + n % 7), path=None)
        """
    )
    journal = RecoveryJournal(tmp_path)
    journal.write("k", "0" * 200_000, path=None)
    for i in range(25):
        proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE)
        assert proc.stdout is not None
        proc.stdout.readline()
        time.sleep(0.005 + (i % 5) * 0.013)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        entry = journal.read("k")
        assert entry is not None
        assert len(set(entry.text)) == 1
        assert len(entry.text) >= 200_000
