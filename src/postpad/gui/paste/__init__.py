"""Paste as Markdown (issue 15, docs/decisions/0121-paste-as-markdown.md).

Ctrl+V with HTML on the clipboard (a web page, 知乎, CSDN, 微信, Word, LibreOffice) inserts clean
Markdown in the post's dialect; HTML that only dresses up plain text (code editors, terminals)
and text-only clipboards paste as before. Edit › Paste as Plain Text (Ctrl+Shift+V) always inserts
the plain text. Images stay remote unless Edit › Download Pasted Web Images is on: then, in a saved
post, they are downloaded where the engine wants them (as Tools › Images › Make Remote Images
Local does) before the Markdown goes in, so the paste stays one undo step (decision 0121).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from postpad.core.settings_registry import PASTE_DOWNLOAD_IMAGES
from postpad.gui.protocols import DocumentTabView, FeatureKey, FeatureWindow

#: Firefox names the page the HTML came from; relative links and images resolve against it
SOURCE_URL_FORMATS = ("text/x-moz-url-priv", "text/x-moz-url")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Paste", text)


def source_url(mime: QMimeData) -> str | None:
    for name in SOURCE_URL_FORMATS:
        if mime.hasFormat(name):
            data = bytes(mime.data(name).data())
            text = data.decode("utf-16-le" if b"\x00" in data else "utf-8", "replace")
            url = text.split("\n")[0].strip("\x00 \r")
            if url.startswith(("http://", "https://")):
                return url
    return None


class HtmlPasteHandler:
    """``handler(mime) -> markdown | None`` for one tab (None: paste as before)."""

    def __init__(self, tab: Any, feature: PasteFeature) -> None:
        self.tab = tab
        self.feature = feature

    def convert(self, mime: QMimeData, *, force: bool = False) -> str | None:
        if not mime.hasHtml():
            return None
        from postpad.core.paste import dialect_for, html_to_markdown

        engine = str(getattr(self.tab, "profile", "") or "")
        markdown = html_to_markdown(
            mime.html(), dialect_for(engine), base_url=source_url(mime), force=force
        )
        if markdown is not None and self.feature.download_images:
            markdown = self._download_images(markdown)
        return markdown

    def _download_images(self, markdown: str) -> str:
        """The pasted Markdown with its remote images saved next to the post (a saved one)."""
        from postpad.core.images.localize import localize
        from postpad.core.images.refs import remote_refs
        from postpad.gui.dialogs.progress import run_with_progress

        path, site = getattr(self.tab, "path", None), getattr(self.tab, "site", None)
        engine = getattr(site, "engine", None)
        if not remote_refs(markdown, engine):
            return markdown
        if path is None:
            self.feature.notify(_tr("Save the post first: pasted images stay remote."))
            return markdown
        result = run_with_progress(
            self.feature.window,
            _tr("Downloading pasted images…"),
            lambda progress: localize(markdown, Path(path), site, progress=progress),
            _tr("Paste"),
        )
        if result is None:
            return markdown
        if result.failed:
            count = str(len(result.failed))
            self.feature.notify(_tr("Pasted images not downloaded: %1").replace("%1", count))
        return result.text

    def __call__(self, mime: QMimeData) -> str | None:
        if self._in_code_or_header():
            return None  # code pasted into a fence (or the header) is code: plain text
        markdown = self.convert(mime)
        if markdown is not None:
            self.feature.notify(_tr("Pasted as Markdown (Ctrl+Shift+V pastes plain text)"))
        return markdown

    def _in_code_or_header(self) -> bool:
        from postpad.gui.editor.highlighter import in_header

        editor = getattr(self.tab, "editor", None)
        if editor is None or not hasattr(editor, "in_code_block"):
            return False
        header = in_header(editor.textCursor().block().previous().userState())
        return bool(editor.in_code_block()) or header


class PasteFeature:
    """Paste routing of one window."""

    def __init__(self, window: FeatureWindow) -> None:
        self.window = window

    @property
    def download_images(self) -> bool:
        return self.window.settings.get(PASTE_DOWNLOAD_IMAGES)

    def set_download_images(self, on: bool) -> None:
        self.window.settings.set(PASTE_DOWNLOAD_IMAGES, bool(on))

    def notify(self, message: str) -> None:
        self.window.status_bar().showMessage(message, 4000)

    def install(self, tab: DocumentTabView) -> None:
        editor = getattr(tab, "editor", None)
        if editor is not None and hasattr(editor, "set_html_paste_handler"):
            editor.set_html_paste_handler(HtmlPasteHandler(tab, self))

    def _editor(self) -> Any:
        from postpad.gui.editor.widget import MarkdownEditor

        focus = QApplication.focusWidget()
        if isinstance(focus, MarkdownEditor):
            return focus
        if focus is not None and hasattr(focus, "paste"):
            return None  # a form field: it pastes plain text itself
        tab = self.window.current_tab()
        return getattr(tab, "editor", None)

    def paste_plain(self) -> None:
        """Insert the clipboard's plain text, whatever else it holds."""
        editor = self._editor()
        if editor is None:
            focus = QApplication.focusWidget()
            if focus is not None and hasattr(focus, "paste"):
                focus.paste()
            return
        text = QGuiApplication.clipboard().text()
        if text:
            editor.textCursor().insertText(text)
            editor.ensureCursorVisible()

    def paste_markdown(self) -> None:
        """Convert the clipboard's HTML even when it looks like plain text."""
        editor = self._editor()
        tab = self.window.current_tab()
        mime = QGuiApplication.clipboard().mimeData()
        if editor is None or tab is None or mime is None:
            return
        markdown = HtmlPasteHandler(tab, self).convert(mime, force=True)
        if markdown is None:
            self.notify(_tr("The clipboard has no HTML to convert."))
            return
        editor.textCursor().insertText(markdown)
        editor.ensureCursorVisible()


PASTE: FeatureKey[PasteFeature] = FeatureKey("paste")
