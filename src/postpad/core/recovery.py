"""Recovery journal: unsaved buffers copied to the user's app-data folder, never the site tree.

The GUI decides *when* to write (a pause in typing, focus loss, quit); this module decides *how*:
one file per open document, replaced atomically (temp file + ``os.replace``) so a crash mid-write
leaves the previous journal copy whole. A file holds one JSON header line and then the buffer text
as UTF-8, so a 5 MB post costs one encode and one write, no JSON escaping of the text.

Entries written by a process that is still running belong to that process (another Postpad
window); only entries whose writer is gone are offered for recovery.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from postpad.core.atomic import write_atomic

JOURNAL_SUFFIX = ".journal"
_TEMP_SUFFIX = ".partial"
_FORMAT_VERSION = 1
_APP_FOLDER = "postpad"


@dataclass(frozen=True)
class JournalEntry:
    """One journalled buffer: what the user typed and where it belongs."""

    key: str
    path: Path | None  # the file the buffer was opened from; None for an untitled document
    title: str  # what the tab showed (useful for untitled documents)
    text: str
    saved_at: float  # time.time() of the journal write
    base_digest: str | None  # digest of the disk copy the buffer started from, if any
    pid: int
    session: str

    @property
    def is_untitled(self) -> bool:
        return self.path is None


class JournalCorruptError(Exception):
    """A journal file could not be read back (kept on disk; reported, never silently deleted)."""

    def __init__(self, file: Path, reason: str) -> None:
        super().__init__(f"{file}: {reason}")
        self.file = file
        self.reason = reason


def default_recovery_dir(
    environ: dict[str, str] | None = None, platform: str | None = None
) -> Path:
    """The per-user folder for journals, following each platform's convention (no Qt needed).

    Linux/BSD: ``$XDG_STATE_HOME/postpad/recovery`` (``~/.local/state``);
    Windows: ``%LOCALAPPDATA%\\Postpad\\recovery``;
    macOS: ``~/Library/Application Support/Postpad/recovery``.
    """
    env = dict(os.environ) if environ is None else environ
    plat = sys.platform if platform is None else platform
    home = Path(env.get("HOME") or env.get("USERPROFILE") or Path.home())
    if plat.startswith("win"):
        base = env.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        return Path(base) / "Postpad" / "recovery"
    if plat == "darwin":
        return home / "Library" / "Application Support" / "Postpad" / "recovery"
    state = env.get("XDG_STATE_HOME") or str(home / ".local" / "state")
    return Path(state) / _APP_FOLDER / "recovery"


def new_untitled_key() -> str:
    """A fresh key for an untitled document (it has no path to derive one from)."""
    return f"untitled-{os.urandom(10).hex()}"  # not uuid: ~5 ms of start-up (decision 0181)


def new_entry_key() -> str:
    """A fresh key for one tab's lifetime (the entry records the path, so keys need not)."""
    return f"doc-{os.urandom(10).hex()}"


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform.startswith("win"):  # os.kill(pid, 0) would terminate on Windows
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    except OSError:
        return False
    return True


def _windows_process_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    code = ctypes.c_ulong()
    kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
    kernel32.CloseHandle(handle)
    return bool(code.value == 259)  # STILL_ACTIVE


class RecoveryJournal:
    """The journal folder of one running Postpad process (its *session*)."""

    def __init__(self, directory: Path | None = None, *, fsync: bool = True) -> None:
        self.directory = Path(directory) if directory is not None else default_recovery_dir()
        self.session = os.urandom(16).hex()
        self.pid = os.getpid()
        self._fsync = fsync

    # -- writing -------------------------------------------------------------------------------
    def write(
        self,
        key: str,
        text: str,
        *,
        path: Path | None,
        title: str = "",
        base_digest: str | None = None,
    ) -> Path:
        """Journal ``text`` under ``key`` atomically and return the journal file."""
        self._ensure_directory()
        header = {
            "version": _FORMAT_VERSION,
            "path": None if path is None else os.path.abspath(path),
            "title": title or (Path(path).name if path is not None else ""),
            "saved_at": time.time(),
            "base_digest": base_digest,
            "pid": self.pid,
            "session": self.session,
        }
        payload = json.dumps(header, ensure_ascii=True).encode("ascii") + b"\n"
        payload += text.encode("utf-8", "surrogatepass")
        target = self._file(key)
        write_atomic(
            target,
            payload,
            fsync=self._fsync,
            prefix=f"{target.name}.",
            suffix=f".{self.pid}{_TEMP_SUFFIX}",
            new_mode=0o600,
        )
        return target

    def discard(self, key: str) -> None:
        """Remove an entry (after a clean save or close, or when the user discards it)."""
        with contextlib.suppress(FileNotFoundError):
            self._file(key).unlink()

    def discard_session(self) -> None:
        """Remove every entry this process wrote (clean quit)."""
        for entry in self._own_entries():
            self.discard(entry.key)

    # -- reading -------------------------------------------------------------------------------
    def read(self, key: str) -> JournalEntry | None:
        """The entry stored under ``key``, or None when there is none."""
        file = self._file(key)
        try:
            data = file.read_bytes()
        except FileNotFoundError:
            return None
        return _parse(file, key, data)

    def entries(self) -> list[JournalEntry]:
        """Every readable entry in the folder, oldest first (unreadable ones are skipped)."""
        found: list[JournalEntry] = []
        for file in self._journal_files():
            with contextlib.suppress(JournalCorruptError, OSError):
                entry = self.read(file.name[: -len(JOURNAL_SUFFIX)])
                if entry is not None:
                    found.append(entry)
        return sorted(found, key=lambda e: e.saved_at)

    def corrupt_files(self) -> list[Path]:
        """Journal files that cannot be parsed (left in place for a human to look at)."""
        bad: list[Path] = []
        for file in self._journal_files():
            try:
                _parse(file, file.name, file.read_bytes())
            except (JournalCorruptError, OSError):
                bad.append(file)
        return bad

    def orphaned_entries(self) -> list[JournalEntry]:
        """Entries left by a Postpad process that is gone: what the recovery dialog offers."""
        self._remove_stale_temp_files()
        return [
            e
            for e in self.entries()
            if e.session != self.session and (e.pid == self.pid or not _process_alive(e.pid))
        ]

    def adopt(self, key: str) -> None:
        """Take over an orphaned entry so a later crash of *this* process offers it again."""
        entry = self.read(key)
        if entry is not None:
            self.write(
                key, entry.text, path=entry.path, title=entry.title, base_digest=entry.base_digest
            )

    # -- helpers -------------------------------------------------------------------------------
    def _own_entries(self) -> list[JournalEntry]:
        return [e for e in self.entries() if e.session == self.session]

    def _file(self, key: str) -> Path:
        if not key or any(c in key for c in "/\\:") or key.startswith("."):
            raise ValueError(f"invalid journal key: {key!r}")
        return self.directory / f"{key}{JOURNAL_SUFFIX}"

    def _journal_files(self) -> list[Path]:
        try:
            return sorted(p for p in self.directory.iterdir() if p.name.endswith(JOURNAL_SUFFIX))
        except FileNotFoundError:
            return []

    def _ensure_directory(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)

    def _remove_stale_temp_files(self) -> None:
        """Temp files of writers that died mid-write (their last complete journal is intact)."""
        try:
            temps = [p for p in self.directory.iterdir() if p.name.endswith(_TEMP_SUFFIX)]
        except FileNotFoundError:
            return
        for temp in temps:
            pid_text = temp.name[: -len(_TEMP_SUFFIX)].rsplit(".", 1)[-1]
            pid = int(pid_text) if pid_text.isdigit() else 0
            if pid != self.pid and not _process_alive(pid):
                with contextlib.suppress(OSError):
                    temp.unlink()


def _parse(file: Path, key: str, data: bytes) -> JournalEntry:
    newline = data.find(b"\n")
    if newline < 0:
        raise JournalCorruptError(file, "no header line")
    try:
        header = json.loads(data[:newline].decode("ascii"))
        text = data[newline + 1 :].decode("utf-8", "surrogatepass")
        path = header["path"]
        return JournalEntry(
            key=key,
            path=None if path is None else Path(path),
            title=str(header.get("title", "")),
            text=text,
            saved_at=float(header["saved_at"]),
            base_digest=header.get("base_digest"),
            pid=int(header.get("pid", 0)),
            session=str(header.get("session", "")),
        )
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise JournalCorruptError(file, str(exc)) from exc
