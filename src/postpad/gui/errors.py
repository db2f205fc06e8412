"""Core errors as sentences in the UI language (decision 0109).

Core exceptions carry data, and their ``str()`` is English for logs and the CLI; the GUI shows
these translated sentences instead, so the 简体中文 UI never shows English error text. The OS's
own wording (``strerror``) is only for a message box's details.
"""

from __future__ import annotations

import errno
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

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

if TYPE_CHECKING:
    from postpad.core.engines.parts import Program
    from postpad.core.publish.engines import EngineMissingError

_MB = 1024 * 1024


def _tr(text: str) -> str:
    return QCoreApplication.translate("CoreError", text)


def os_error_text(error: BaseException | None) -> str | None:
    """Plain language for the common OS refusals (disk full, read-only, missing); else None."""
    code = getattr(error, "errno", None)
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return _tr("The disk is full.")
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _tr("The file or its folder is read-only, or you may not write there.")
    if code == errno.ENOENT:
        return _tr("The file or its folder no longer exists.")
    if code is not None:
        return _tr("The operating system refused the operation.")
    return None


def file_error_text(error: FileError) -> str:
    """Why a file could not be opened or saved, translated."""
    from_os = os_error_text(error.__cause__)
    if from_os is not None:
        return from_os
    if isinstance(error, SaveConflictError):
        if error.deleted:
            return _tr("The file was deleted on disk.")
        return _tr("The file changed on disk since it was opened.")
    if isinstance(error, FileTooLargeError):
        return (
            _tr("The file is too large (%1 MB; the limit is %2 MB).")
            .replace("%1", f"{error.size / _MB:.1f}")
            .replace("%2", str(error.limit // _MB))
        )
    if isinstance(error, LegacyEncodingError):
        return _tr("The file was read as %1: choose to convert it to UTF-8 or keep %1.").replace(
            "%1", error.encoding
        )
    return _simple_file_error(error)


def _simple_file_error(error: FileError) -> str:
    if isinstance(error, NotAFileError):
        return _tr("This is not a regular file.")
    if isinstance(error, BinaryFileError):
        return _tr("The file holds binary data, not text.")
    if isinstance(error, UnreadableFileError):
        return _tr("The file cannot be read.")
    if isinstance(error, UnwritableFileError):
        if "read-only" in error.detail:
            return _tr("The file is read-only.")
        return _tr("The file cannot be written.")
    return _tr("The file cannot be used.")


def error_text(error: BaseException) -> str:
    """Any error a GUI action reports: file errors, OS errors, the site actions' own errors."""
    if isinstance(error, FileError):
        return file_error_text(error)
    # imported here: the site modules are not loaded before the window's first frame
    from postpad.core.site.drafts import NotADraftLocationError
    from postpad.core.site.newpost import PostExistsError
    from postpad.core.site.rename import InvalidPostNameError

    if isinstance(error, PostExistsError):
        return _tr("A post with that file name already exists.")
    if isinstance(error, InvalidPostNameError):
        return _tr(
            "That is not a usable file name (empty, a folder separator, or hidden from the site)."
        )
    if isinstance(error, NotADraftLocationError):
        return _tr("The post is not in the site's drafts or posts folder.")
    return os_error_text(error) or _tr("The operation failed.")


def engine_missing_text(error: EngineMissingError) -> str:
    """The engine (or its server plugin) a site needs is not installed: what to run, from the
    engine's ``publish`` data (decision 0160)."""
    from postpad.core.engines import engine_for, listed

    for name in listed():
        rules = engine_for(name).publish
        if rules is not None and rules.serve_plugin == error.engine:
            text = _tr("The site has no %1 server: run “%2” in the site folder.")
            plugin = f"npm install {rules.serve_plugin}"
            return text.replace("%1", engine_for(name).display_name).replace("%2", plugin)
    spec = engine_for(error.engine)
    if spec.publish is None or spec.name != error.engine:
        publishing = [engine_for(n).display_name for n in listed() if engine_for(n).publish]
        return _tr("Postpad publishes %1 sites.").replace("%1", ", ".join(publishing))
    return _install_text(spec.display_name, spec.publish.program)


def _install_text(engine: str, program: Program) -> str:
    if program.install_alternative:
        text = _tr("%1 is not installed: run “%2” in the site folder, or “%3”.")
        text = text.replace("%3", program.install_alternative)
    elif program.install_command:
        text = _tr("%1 is not installed in this site: run “%2” in the site folder.")
    else:
        text = _tr("%1 is not installed: install it (%2).")
    return text.replace("%1", engine).replace("%2", program.install_command or program.install_url)


def upload_error_text(uploader: str, error: BaseException) -> str:
    """Why an image upload failed, by the uploader in use (``ImageSettings.uploader``)."""
    if isinstance(error.__cause__, ImportError):
        return _tr("S3 upload needs the boto3 package: pip install 'postpad[s3]'.")
    texts = {
        "picgo": _tr("PicGo did not take the images: is it running, with its server on?"),
        "command": _tr("The upload command failed or printed no URL."),
        "s3": _tr("The S3 upload failed: check the bucket, the keys and the network."),
        "github": _tr("The GitHub upload failed: check the token, the repository and the network."),
    }
    return texts.get(uploader, _tr("The upload failed."))
