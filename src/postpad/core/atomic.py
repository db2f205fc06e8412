"""The one way Postpad replaces a file: all the new bytes or the old file, never half of either.

A temporary file in the target's own folder (so the final rename never crosses file systems) gets
the bytes, optionally ``fsync``; an existing target's permission bits (and, best effort, owner)
are copied onto it; an optional ``check`` runs last (the text-file save uses it to refuse when the
disk copy changed since it was read); then ``os.replace``. On any failure the temporary file is
removed and the old file is untouched. Every caller states its ``fsync`` choice: posts and
preferences are worth a disk flush, caches and exports are not. Decision 0105.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPLACE_RETRIES = 10
"""Windows refuses the rename while another process (indexer, antivirus) has the target open."""
REPLACE_PAUSE_S = 0.05


def write_atomic(
    target: Path,
    data: bytes,
    *,
    fsync: bool,
    prefix: str | None = None,
    suffix: str = ".tmp",
    new_mode: int | None = None,
    check: Callable[[], None] | None = None,
) -> None:
    """Replace ``target`` with ``data`` atomically; raise ``OSError`` (or what ``check`` raises).

    ``prefix``/``suffix`` name the temporary file (default ``.<name>.`` … ``.tmp``, hidden and never
    ending in ``.md``). ``new_mode`` gives a file that does not exist yet its permission bits
    (default ``0o666`` less the umask, as ``open()`` would); an existing file keeps its own.
    ``fsync`` also flushes the folder entry on POSIX, so the rename itself survives a power cut.
    """
    target = Path(target)
    folder = target.parent
    try:
        old: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        old = None
    handle, temp_name = tempfile.mkstemp(
        prefix=prefix if prefix is not None else f".{target.name}.", suffix=suffix, dir=folder
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            if fsync:
                os.fsync(stream.fileno())
        _copy_identity(temp_name, old, new_mode)
        if check is not None:
            check()
        replace_file(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    if fsync:
        fsync_folder(folder)


def replace_file(source: str | Path, target: str | Path) -> None:
    """``os.replace``, retried briefly on Windows while another process holds ``target`` open."""
    for attempt in range(REPLACE_RETRIES):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if sys.platform != "win32" or attempt == REPLACE_RETRIES - 1:
                raise
            time.sleep(REPLACE_PAUSE_S)


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries (POSIX only; Windows has no folder handles for this)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _copy_identity(temp_name: str, old: os.stat_result | None, new_mode: int | None) -> None:
    if old is None:
        if new_mode is None:
            umask = os.umask(0)
            os.umask(umask)
            new_mode = 0o666 & ~umask
        os.chmod(temp_name, new_mode)
        return
    os.chmod(temp_name, stat.S_IMODE(old.st_mode))
    if hasattr(os, "chown"):
        with contextlib.suppress(OSError):  # only root or the owner may; best effort
            os.chown(temp_name, old.st_uid, old.st_gid)
