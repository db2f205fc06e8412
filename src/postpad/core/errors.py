"""Typed errors raised by ``postpad.core``.

They carry data (paths, sizes, line and column), never user-interface text: the GUI turns them into
translated messages and the CLI prints ``str(error)``, a plain English one-liner.
"""

from __future__ import annotations

from pathlib import Path


class PostpadError(Exception):
    """Base class of every error ``postpad.core`` raises on purpose."""


class FileError(PostpadError):
    """A problem with one file on disk."""

    def __init__(self, path: Path | str, detail: str = "") -> None:
        self.path = Path(path)
        self.detail = detail
        super().__init__(self._message())

    def _message(self) -> str:
        text = f"{self.path}: {self.summary}"
        return f"{text} ({self.detail})" if self.detail else text

    summary = "cannot use this file"


class NotAFileError(FileError):
    """The path is a folder, a device or missing."""

    summary = "not a regular file"


class BinaryFileError(FileError):
    """The file holds NUL bytes or undecodable data: it is not a text post."""

    summary = "binary file, not text"


class FileTooLargeError(FileError):
    """The file is bigger than :data:`postpad.core.textfile.MAX_FILE_BYTES`."""

    def __init__(self, path: Path | str, size: int, limit: int) -> None:
        self.size = size
        self.limit = limit
        super().__init__(path, f"{size} bytes, limit {limit}")

    summary = "file too large"


class UnreadableFileError(FileError):
    """The operating system refused to read the file (permissions, I/O error)."""

    summary = "cannot read file"


class UnwritableFileError(FileError):
    """Writing the file failed; the original on disk is untouched."""

    summary = "cannot save file"


class SaveConflictError(FileError):
    """The file on disk changed (or vanished) since it was read; saving would lose that change."""

    def __init__(self, path: Path | str, *, deleted: bool = False) -> None:
        self.deleted = deleted
        super().__init__(
            path, "deleted on disk" if deleted else "changed on disk since it was read"
        )

    summary = "save conflict"


class LegacyEncodingError(FileError):
    """Saving would write a legacy encoding (e.g. GB18030) the user has not explicitly chosen.

    Call ``FileFormat.converted_to_utf8()`` (recommended) or ``FileFormat.keeping_legacy()`` and
    save with that format.
    """

    def __init__(self, path: Path | str, encoding: str) -> None:
        self.encoding = encoding
        super().__init__(path, f"read as {encoding}; choose to convert to UTF-8 or keep {encoding}")

    summary = "legacy encoding needs a choice"


class FrontMatterError(PostpadError):
    """The front matter cannot be read or edited safely.

    ``line`` and ``column`` are 1-based positions in the whole file (not in the header), or
    ``None`` when the problem has no single position.
    """

    def __init__(self, message: str, line: int | None = None, column: int | None = None) -> None:
        self.message = message
        self.line = line
        self.column = column
        where = ""
        if line is not None:
            where = f"line {line}" + (f", column {column}" if column is not None else "") + ": "
        super().__init__(f"{where}{message}")
