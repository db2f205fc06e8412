"""Read post files exactly and save them atomically without changing a byte nobody changed.

Reading remembers everything needed to write the same bytes back: encoding, BOM, line-ending style
(per line for files with mixed endings) and whether the file ends with a newline. The text handed
to the rest of Postpad always uses ``"\\n"`` line breaks; :func:`encode_text` restores the rest.

Encoding detection is strict, never a statistical guess: a BOM (UTF-8, UTF-16, UTF-32) decides;
otherwise the bytes must be valid UTF-8; otherwise they are decoded as GB18030 (a superset of GBK
and GB2312, the legacy encodings our Chinese users actually have), with a notice. A legacy
encoding is never written back silently: see :class:`FileFormat` and docs/decisions/0003.
"""

from __future__ import annotations

import codecs
import difflib
import hashlib
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Literal

from postpad.core.atomic import write_atomic
from postpad.core.errors import (
    BinaryFileError,
    FileTooLargeError,
    LegacyEncodingError,
    NotAFileError,
    SaveConflictError,
    UnreadableFileError,
    UnwritableFileError,
)

#: Largest file Postpad opens (64 MiB). Posts are a few KB; 64 MiB leaves room for pasted data
#: URIs and logs while keeping an editor with undo history and a preview usable. See decision 0004.
MAX_FILE_BYTES = 64 * 1024 * 1024

#: The encoding tried when bytes are not valid UTF-8 (covers GBK and GB2312).
LEGACY_FALLBACK = "gb18030"

Newline = Literal["\n", "\r\n", "mixed"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BOM_BY_ENCODING = {name: bom for bom, name in _BOMS}


@dataclass(frozen=True)
class FileFormat:
    """How a text is stored on disk, apart from the text itself."""

    encoding: str = "utf-8"
    bom: bool = False
    newline: Newline = "\n"
    final_newline: bool = True
    #: True while the file is in a legacy encoding the user has not chosen to keep or convert.
    legacy: bool = False
    #: Plain-English notice for the user (legacy decoding), or None.
    notice: str | None = None
    #: For ``newline == "mixed"``: the original lines and their endings, to restore untouched lines.
    original_lines: tuple[str, ...] = ()
    line_endings: tuple[str, ...] = ()

    def converted_to_utf8(self) -> FileFormat:
        """The same format, saved as UTF-8 without BOM (the explicit "convert" choice)."""
        return replace(self, encoding="utf-8", bom=False, legacy=False, notice=None)

    def keeping_legacy(self) -> FileFormat:
        """The same format, explicitly confirmed to stay in its legacy encoding."""
        return replace(self, legacy=False, notice=None)


@dataclass(frozen=True)
class LoadedText:
    """A file's text (``"\\n"`` line breaks) and the facts needed to save it losslessly."""

    text: str
    format: FileFormat
    digest: str
    mtime_ns: int
    size: int
    path: Path | None = None


def read_text_file(path: Path | str, *, encoding: str | None = None) -> LoadedText:
    """Read ``path`` as text. ``encoding`` forces a codec (the user's "reopen with encoding")."""
    file_path = Path(path)
    data, info = _read_bytes(file_path)
    text, file_format = decode_bytes(data, file_path, encoding=encoding)
    return LoadedText(
        text=text,
        format=file_format,
        digest=_digest(data),
        mtime_ns=info.st_mtime_ns,
        size=len(data),
        path=file_path,
    )


def decode_bytes(
    data: bytes, path: Path | str = "<bytes>", *, encoding: str | None = None
) -> tuple[str, FileFormat]:
    """Decode file bytes into ``"\\n"`` text plus the :class:`FileFormat` to write them back."""
    raw, name, bom, legacy = _decode(data, Path(path), encoding)
    if "\x00" in raw:
        raise BinaryFileError(path, "contains NUL characters")
    text, newline, originals, endings = _split_newlines(raw)
    notice = None
    if legacy:
        notice = (
            f"This file is not UTF-8; it was read as {name.upper()}. "
            "Saving needs a choice: convert to UTF-8 (recommended) or keep the old encoding."
        )
    file_format = FileFormat(
        encoding=name,
        bom=bom,
        newline=newline,
        final_newline=text.endswith("\n"),
        legacy=legacy,
        notice=notice,
        original_lines=originals,
        line_endings=endings,
    )
    return text, file_format


def encode_text(text: str, loaded: LoadedText | FileFormat, *, path: Path | str = "") -> bytes:
    """The bytes to write for ``text``: original encoding, BOM and line endings restored.

    Raises :class:`LegacyEncodingError` while the format is an unconfirmed legacy encoding.
    """
    file_format = loaded.format if isinstance(loaded, LoadedText) else loaded
    if file_format.legacy:
        where = path or (loaded.path if isinstance(loaded, LoadedText) and loaded.path else "")
        raise LegacyEncodingError(where or "<text>", file_format.encoding)
    raw = _join_newlines(text, file_format)
    try:
        body = raw.encode(file_format.encoding)
    except UnicodeEncodeError as exc:
        raise UnwritableFileError(path or "<text>", f"not encodable as {exc.encoding}") from exc
    if file_format.bom:
        body = _BOM_BY_ENCODING.get(file_format.encoding, b"") + body
    return body


def save_text_file(
    path: Path | str,
    text: str,
    *,
    base: LoadedText | None,
    force: bool = False,
    file_format: FileFormat | None = None,
) -> LoadedText:
    """Write ``text`` to ``path`` atomically and return what is now on disk.

    ``base`` is what the caller read (None for a new file or "save as"); unless ``force``, a disk
    copy that no longer matches ``base`` raises :class:`SaveConflictError`. ``file_format``
    overrides ``base.format`` (e.g. after the user chose to convert a legacy file to UTF-8).
    """
    target = Path(os.path.realpath(path))  # write through symlinks, keep the link itself
    fmt = file_format or (base.format if base is not None else FileFormat())
    data = encode_text(text, fmt, path=target)
    check = None
    if base is not None and not force:
        _check_unchanged(target, base)
        check = partial(_check_unchanged, target, base)  # again, after the (slow) write
    _atomic_write(target, data, check)
    info = os.stat(target)
    new_text, new_format = decode_bytes(data, target, encoding=fmt.encoding)
    if fmt.encoding == LEGACY_FALLBACK:
        new_format = new_format.keeping_legacy()
    return LoadedText(new_text, new_format, _digest(data), info.st_mtime_ns, len(data), Path(path))


def disk_digest(path: Path | str) -> str | None:
    """SHA-256 of the file's bytes now, or None when it is gone or unreadable."""
    try:
        return _digest(Path(path).read_bytes())
    except OSError:
        return None


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read_bytes(path: Path) -> tuple[bytes, os.stat_result]:
    try:
        info = os.stat(path)
    except FileNotFoundError as exc:
        raise NotAFileError(path, "no such file") from exc
    except OSError as exc:
        raise UnreadableFileError(path, exc.strerror or str(exc)) from exc
    if not stat.S_ISREG(info.st_mode):
        raise NotAFileError(path, "a folder" if stat.S_ISDIR(info.st_mode) else "not a file")
    if info.st_size > MAX_FILE_BYTES:
        raise FileTooLargeError(path, info.st_size, MAX_FILE_BYTES)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise UnreadableFileError(path, exc.strerror or str(exc)) from exc
    if len(data) > MAX_FILE_BYTES:
        raise FileTooLargeError(path, len(data), MAX_FILE_BYTES)
    return data, info


def _decode(data: bytes, path: Path, forced: str | None) -> tuple[str, str, bool, bool]:
    """Return (text, codec name, had BOM, is legacy)."""
    for bom, name in _BOMS:
        if data.startswith(bom) and (forced is None or codecs.lookup(forced).name == name):
            try:
                return data[len(bom) :].decode(name), name, True, False
            except UnicodeDecodeError as exc:
                raise BinaryFileError(path, f"invalid {name} after its BOM") from exc
    if forced is not None:
        name = codecs.lookup(forced).name
        try:
            return data.decode(name), name, False, name not in ("utf-8", "ascii")
        except UnicodeDecodeError as exc:
            raise BinaryFileError(path, f"not valid {name}") from exc
    if b"\x00" in data:
        raise BinaryFileError(path, "contains NUL bytes")
    try:
        return data.decode("utf-8"), "utf-8", False, False
    except UnicodeDecodeError:
        pass
    try:
        return data.decode(LEGACY_FALLBACK), LEGACY_FALLBACK, False, True
    except UnicodeDecodeError as exc:
        raise BinaryFileError(path, "neither UTF-8 nor GB18030 text") from exc


def _split_newlines(raw: str) -> tuple[str, Newline, tuple[str, ...], tuple[str, ...]]:
    crlf = raw.count("\r\n")
    lf = raw.count("\n") - crlf
    if crlf == 0:
        return raw, "\n", (), ()
    text = raw.replace("\r\n", "\n")
    if lf == 0:
        return text, "\r\n", (), ()
    lines = raw.split("\n")
    endings = tuple("\r\n" if line.endswith("\r") else "\n" for line in lines[:-1])
    originals = tuple(line.removesuffix("\r") for line in lines[:-1])
    return text, "mixed", originals, endings


def _join_newlines(text: str, file_format: FileFormat) -> str:
    if file_format.newline == "\n":
        return text
    if file_format.newline == "\r\n":
        return text.replace("\n", "\r\n")
    return _join_mixed(text, file_format)


def _join_mixed(text: str, file_format: FileFormat) -> str:
    """Untouched lines keep their own ending; new lines take the file's more common ending."""
    endings = file_format.line_endings
    common = "\r\n" if endings.count("\r\n") >= endings.count("\n") else "\n"
    new_lines = text.split("\n")
    last = new_lines.pop()  # the text after the final "\n" ("" when the text ends with one)
    old_lines = file_format.original_lines
    chosen = [common] * len(new_lines)
    # Equal head and tail first (linear); difflib only sees the edited middle.
    head = 0
    limit = min(len(old_lines), len(new_lines))
    while head < limit and old_lines[head] == new_lines[head]:
        chosen[head] = endings[head]
        head += 1
    tail = 0
    while tail < limit - head and old_lines[-1 - tail] == new_lines[-1 - tail]:
        chosen[len(new_lines) - 1 - tail] = endings[len(old_lines) - 1 - tail]
        tail += 1
    old_middle = old_lines[head : len(old_lines) - tail]
    new_middle = new_lines[head : len(new_lines) - tail]
    matcher = difflib.SequenceMatcher(None, old_middle, new_middle, autojunk=False)
    for block in matcher.get_matching_blocks():
        for offset in range(block.size):
            chosen[head + block.b + offset] = endings[head + block.a + offset]
    return "".join(line + end for line, end in zip(new_lines, chosen, strict=True)) + last


def _check_unchanged(target: Path, base: LoadedText) -> None:
    try:
        info = os.stat(target)
    except FileNotFoundError as exc:
        raise SaveConflictError(target, deleted=True) from exc
    except OSError:
        return  # unreadable metadata: the write below reports the real problem
    if info.st_mtime_ns == base.mtime_ns and info.st_size == base.size:
        return
    if disk_digest(target) != base.digest:
        raise SaveConflictError(target)


def _atomic_write(target: Path, data: bytes, check: Callable[[], None] | None) -> None:
    """Hidden temp file ending in ``~`` (Hexo never publishes it), fsync, mode and owner kept;
    ``check`` runs just before the replace (core/atomic.py, decision 0105)."""
    try:
        old = os.stat(target)
    except FileNotFoundError:
        old = None
    except OSError as exc:
        raise UnwritableFileError(target, exc.strerror or str(exc)) from exc
    _refuse_read_only(target, old)
    try:
        write_atomic(
            target, data, fsync=True, prefix=f".{target.name}.", suffix=".postpad~", check=check
        )
    except OSError as exc:
        raise UnwritableFileError(target, exc.strerror or str(exc)) from exc


def _refuse_read_only(target: Path, old: os.stat_result | None) -> None:
    """``os.replace`` ignores the target's mode, so a read-only post would be replaced silently.

    A file with no write bit at all is read-only by intent (even for root, as editors treat it);
    otherwise the OS decides for the current user.
    """
    if old is None:
        return
    if stat.S_IMODE(old.st_mode) & 0o222 == 0 or not os.access(target, os.W_OK):
        raise UnwritableFileError(target, "the file is read-only")
