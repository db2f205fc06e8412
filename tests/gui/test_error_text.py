"""gui/errors: core errors become translated sentences, never the core's English str()."""

from __future__ import annotations

import errno
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from postpad.core.errors import (
    BinaryFileError,
    FileError,
    FileTooLargeError,
    LegacyEncodingError,
    NotAFileError,
    SaveConflictError,
    UnreadableFileError,
    UnwritableFileError,
)
from postpad.core.site.drafts import NotADraftLocationError
from postpad.core.site.newpost import PostExistsError
from postpad.core.site.rename import InvalidPostNameError
from postpad.gui import i18n
from postpad.gui.errors import (
    engine_missing_text,
    error_text,
    file_error_text,
    upload_error_text,
)

pytestmark = pytest.mark.gui

LATIN = re.compile(r"[A-Za-z]{3,}")
CJK = re.compile(r"[\u4e00-\u9fff]")


def _with_cause(error: FileError, code: int) -> FileError:
    error.__cause__ = OSError(code, "os words")
    return error


def _errors() -> list[BaseException]:
    return [
        NotAFileError("p.md", "a folder"),
        BinaryFileError("p.md"),
        FileTooLargeError("p.md", 70 * 1024 * 1024, 64 * 1024 * 1024),
        UnreadableFileError("p.md", "Permission denied"),
        UnwritableFileError("p.md", "the file is read-only"),
        UnwritableFileError("p.md", "Input/output error"),
        _with_cause(UnwritableFileError("p.md", "No space left"), errno.ENOSPC),
        _with_cause(UnwritableFileError("p.md", "Permission denied"), errno.EACCES),
        _with_cause(UnreadableFileError("p.md", "gone"), errno.ENOENT),
        SaveConflictError("p.md"),
        SaveConflictError("p.md", deleted=True),
        LegacyEncodingError("p.md", "gb18030"),
        PostExistsError("/site/source/_posts/p.md"),
        InvalidPostNameError(".hidden"),
        NotADraftLocationError("/site/p.md"),
        OSError(errno.EROFS, "Read-only file system"),
        RuntimeError("something internal"),
    ]


def test_english_sentences_never_show_the_path_or_core_wording(qapp) -> None:
    texts = [error_text(error) for error in _errors()]
    for error, text in zip(_errors(), texts, strict=True):
        assert text.endswith("."), text
        assert "p.md" not in text
        assert str(error) != text
    assert file_error_text(SaveConflictError("p.md", deleted=True)) != file_error_text(
        SaveConflictError("p.md")
    )
    assert "70.0 MB" in error_text(_errors()[2])
    assert "64 MB" in error_text(_errors()[2])
    assert "disk is full" in error_text(_errors()[6])


@pytest.fixture
def chinese(qapp) -> Iterator[None]:
    catalogue = Path(i18n.__file__).resolve().parents[2] / "assets" / "i18n"  # gui/i18n/ package
    i18n.install_translators(qapp, QLocale("zh_CN"), catalogue)
    yield
    i18n.install_translators(qapp, QLocale("en_US"), catalogue)


def test_chinese_ui_shows_no_english_error_text(chinese) -> None:
    for error in _errors():
        text = error_text(error)
        assert CJK.search(text), text
        leftover = [w for w in LATIN.findall(text) if w not in ("UTF", "gb18030")]
        assert not leftover, text


def _engine_and_upload_texts() -> list[str]:
    from postpad.core.images.upload import UploadError
    from postpad.core.publish.engines import EngineMissingError

    engines = ["hexo", "hugo", "jekyll", "hexo-server", "gatsby"]
    texts = [engine_missing_text(EngineMissingError(e, "run `npm install`")) for e in engines]
    missing_boto = UploadError("S3 upload needs boto3: pip install 'postpad[s3]'")
    missing_boto.__cause__ = ImportError("No module named 'boto3'")
    texts.append(upload_error_text("s3", missing_boto))
    for uploader in ("picgo", "command", "s3", "github", "other"):
        texts.append(upload_error_text(uploader, UploadError("PicGo at http://x did not answer")))
    return texts


def test_engine_and_upload_errors_are_sentences_of_their_own(qapp) -> None:
    texts = _engine_and_upload_texts()
    assert len(set(texts)) == len(texts)
    for text in texts:
        assert text.endswith((".", "?")), text
        assert "did not answer" not in text
        assert "`" not in text


def test_chinese_ui_shows_no_english_engine_or_upload_error(chinese) -> None:
    commands = {"npm", "install", "hexo", "server", "bundle", "gem", "jekyll", "bundler", "pip",
                "postpad", "boto", "https", "gohugo", "installation", "PicGo", "GitHub", "Hexo",
                "Hugo", "Jekyll", "S3", "Postpad"}  # fmt: skip
    for text in _engine_and_upload_texts():
        assert CJK.search(text), text
        leftover = [w for w in LATIN.findall(text) if w not in commands]
        assert not leftover, text
