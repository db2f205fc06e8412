"""A post file: its text, how it is stored, and which disk version it was read from.

The GUI's document manager wraps one :class:`Document` per tab. Saving checks that the disk copy
is still the one that was read (novelWriter's rule), so a change made by another program is never
silently overwritten.
"""

from __future__ import annotations

import os
from pathlib import Path

from postpad.core.errors import NotAFileError
from postpad.core.textfile import (
    FileFormat,
    LoadedText,
    disk_digest,
    read_text_file,
    save_text_file,
)


class Document:
    """A post's text plus its on-disk identity. ``path`` is None while untitled."""

    def __init__(
        self, text: str = "", path: Path | None = None, file_format: FileFormat | None = None
    ):
        self.text = text
        self.path = path
        self.format = file_format or FileFormat()
        #: What was last read from or written to disk; None for a new, unsaved document.
        self.base: LoadedText | None = None

    @classmethod
    def load(cls, path: Path | str, *, encoding: str | None = None) -> Document:
        """Open ``path``; raises the typed errors of :func:`read_text_file`."""
        document = cls()
        document.reload(path, encoding=encoding)
        return document

    def reload(self, path: Path | str | None = None, *, encoding: str | None = None) -> None:
        """(Re)read the file from disk, dropping the in-memory text."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise NotAFileError("<untitled>", "the document has no file yet")
        loaded = read_text_file(target, encoding=encoding)
        self.path = target
        self.text = loaded.text
        self.format = loaded.format
        self.base = loaded

    @property
    def is_modified(self) -> bool:
        """True when the text differs from the disk copy (or a new document is non-empty)."""
        if self.base is None:
            return bool(self.text)
        return self.text != self.base.text or self.format != self.base.format

    @property
    def notice(self) -> str | None:
        """A notice to show the user about how the file was read (legacy encoding), or None."""
        return self.format.notice

    def convert_to_utf8(self) -> None:
        """The user's explicit choice to save a legacy-encoded file as UTF-8 from now on."""
        self.format = self.format.converted_to_utf8()

    def keep_legacy_encoding(self) -> None:
        """The user's explicit choice to keep saving in the file's legacy encoding."""
        self.format = self.format.keeping_legacy()

    def save(self, force: bool = False) -> None:
        """Save to :attr:`path`; raises ``SaveConflictError`` if the disk copy changed meanwhile."""
        if self.path is None:
            raise NotAFileError("<untitled>", "use save_as() for a new document")
        if not force and not self.is_modified and not self.changed_on_disk():
            return  # nothing to write: a rewrite would only touch the mtime (engines rebuild)
        self.base = save_text_file(
            self.path, self.text, base=self.base, force=force, file_format=self.format
        )
        self.format = self.base.format

    def save_as(self, path: Path | str) -> None:
        """Save to a new ``path`` (the caller has already confirmed any overwrite)."""
        target = Path(path)
        self.base = save_text_file(target, self.text, base=None, file_format=self.format)
        self.path = target
        self.format = self.base.format

    def changed_on_disk(self) -> bool:
        """True when the file on disk is no longer the version this document read or wrote."""
        if self.path is None or self.base is None:
            return False
        try:
            info = os.stat(self.path)
        except OSError:
            return True  # deleted or unreachable: the disk copy is not what we read
        if info.st_mtime_ns == self.base.mtime_ns and info.st_size == self.base.size:
            return False  # cheap check first; the digest settles touched-but-equal files
        return disk_digest(self.path) != self.base.digest
