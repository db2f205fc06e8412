"""Tools › Images: Make Remote Images Local, Upload Local Images in This Post, Image Settings
(issue 14, decisions 0115-0118). The work runs on a worker thread behind a progress dialog;
the post's text changes as one undo step that touches only the image links."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from postpad.gui.dialogs.progress import run_with_progress
from postpad.gui.editor.textspans import Utf16Index
from postpad.gui.protocols import FeatureKey, FeatureWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImagesFeature", text)


def replace_changed_part(editor: Any, old: str, new: str) -> None:
    """Replace only the span where ``old`` and ``new`` differ, as one undo step."""
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end = 0
    while end < limit - start and old[-1 - end] == new[-1 - end]:
        end += 1
    index = Utf16Index(old)
    cursor = QTextCursor(editor.document())
    cursor.beginEditBlock()
    cursor.setPosition(index.to_qt(start))
    cursor.setPosition(index.to_qt(len(old) - end), QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(new[start : len(new) - end])
    cursor.endEditBlock()


def failures_text(failed: dict[str, str]) -> str:
    return "\n".join(f"{url}: {reason}" for url, reason in failed.items())


class ImagesFeature(QObject):
    def __init__(self, window: FeatureWindow) -> None:
        super().__init__(window)
        self.window = window

    def _post(self) -> tuple[Any, Path] | None:
        tab = self.window.current_tab()
        path = getattr(tab, "path", None)
        if tab is None or path is None:
            QMessageBox.information(
                self.window,
                _tr("Images"),
                _tr("Save the post first: images are stored next to it."),
            )
            return None
        return tab, Path(path)

    def localize(self) -> None:
        found = self._post()
        if found is None:
            return
        tab, path = found
        from postpad.core.images.localize import localize

        text = tab.editor.toPlainText()
        site = getattr(tab, "site", None)
        result = run_with_progress(
            self.window, _tr("Downloading remote images…"),
            lambda progress: localize(text, path, site, progress=progress),
        )  # fmt: skip
        if result is None:
            return
        none = _tr("This post has no remote images.")
        self._finish(tab, text, result.text, len(result.links), result.failed, none)

    def upload(self) -> None:
        found = self._post()
        if found is None:
            return
        tab, path = found
        from postpad.core.images.upload import uploader_for
        from postpad.core.images.upload_post import upload_post_images
        from postpad.gui.images.dialog import settings_for_site

        site = getattr(tab, "site", None)
        uploader = uploader_for(settings_for_site(site))
        if uploader is None:
            QMessageBox.information(
                self.window,
                _tr("Images"),
                _tr("Choose an image host in Tools › Image Settings first."),
            )
            return
        text = tab.editor.toPlainText()
        result = run_with_progress(
            self.window, _tr("Uploading local images…"),
            lambda progress: upload_post_images(text, path, site, uploader, progress),
        )  # fmt: skip
        if result is not None:
            none = _tr("This post has no local images to upload.")
            self._finish(tab, text, result.text, len(result.links), result.failed, none)

    def _finish(
        self, tab: Any, old: str, new: str, changed: int, failed: dict[str, str], none: str
    ) -> None:
        """``none``: what the status bar says when the post had nothing to do (not "0 image
        link(s) changed.")."""
        if new != old and tab.editor.toPlainText() == old:
            replace_changed_part(tab.editor, old, new)
        if not changed and not failed:
            self.window.status_bar().showMessage(none, 6000)
            return
        message = self.tr("%n image link(s) changed.", "", changed)
        if failed:
            message += "\n\n" + _tr("These failed; their links are unchanged:") + "\n"
            QMessageBox.warning(self.window, _tr("Images"), message + failures_text(failed))
        else:
            self.window.status_bar().showMessage(message, 6000)

    def settings(self) -> None:
        from postpad.gui.images.dialog import ImageSettingsDialog

        tab = self.window.current_tab()
        ImageSettingsDialog(getattr(tab, "site", None), self.window).exec()


IMAGES: FeatureKey[ImagesFeature] = FeatureKey("images")
