"""Edit › Copy as Rich Text (issue 15, docs/decisions/0122-copy-as-rich-text.md).

Puts the rendered post (or the selected part) on the clipboard as HTML with inline styles that the
微信公众号 editor, 知乎 and 掘金 keep, with the Markdown as the plain-text alternative. Rendering
uses the tab's own preview settings (engine dialect, theme tags, site settings).
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from postpad.core.errors import PostpadError
from postpad.core.textfile import save_text_file
from postpad.gui.errors import error_text
from postpad.gui.protocols import DocumentTabView, FeatureKey, FeatureWindow

if TYPE_CHECKING:  # BeautifulSoup and the renderer load at the first copy (decision 0100)
    from postpad.core.richcopy import RichCopy


def copy_of(tab: DocumentTabView) -> RichCopy:
    """The rich copy of ``tab``'s selection, or of the whole post when nothing is selected."""
    from postpad.core.render import RenderOptions
    from postpad.core.richcopy import rich_copy

    settings = tab.preview_settings() if hasattr(tab, "preview_settings") else None
    options = settings.options() if settings is not None else RenderOptions()
    cursor = tab.editor.textCursor()
    selected = cursor.selectedText().replace("\u2029", "\n")  # Qt's paragraph separator
    return rich_copy(selected or tab.editor.toPlainText(), options)


def rich_page(body: str, title: str) -> str:
    """A page around the rich HTML: no stylesheet, no script, only what the clipboard holds."""
    return (
        f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def put_on_clipboard(copy: RichCopy) -> QMimeData:
    mime = QMimeData()
    mime.setHtml(copy.html)
    mime.setText(copy.text)
    QGuiApplication.clipboard().setMimeData(mime)
    return mime


class RichCopyFeature(QObject):
    """Edit › Copy as Rich Text of one window."""

    def __init__(self, window: FeatureWindow) -> None:
        super().__init__(window)
        self.window = window

    def copy(self) -> None:
        tab = self.window.current_tab()
        if tab is None:
            return
        copy = copy_of(tab)
        put_on_clipboard(copy)
        count = len(copy.local_images)
        if count:
            message = self.tr(
                "Copied as rich text; %n local image(s) to upload by hand.", "", count
            )
        else:
            message = self.tr("Copied as rich text: paste it into the 公众号, 知乎 or 掘金 editor.")
        self.window.status_bar().showMessage(message, 6000)

    def export(self) -> None:
        """File › Export › Rich Text HTML…: the same HTML as a page, for editors that import
        files (and to keep). Never writes over the post."""
        tab = self.window.current_tab()
        if tab is None:
            return
        source = tab.path
        folder = Path(source).parent if source else Path.home()
        stem = Path(source).stem if source else "post"
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export Rich Text HTML"),
            str(folder / f"{stem}.rich.html"),
            self.tr("HTML page (*.html *.htm)"),
        )
        if not name or (source and Path(name).resolve() == Path(source).resolve()):
            return
        try:
            save_text_file(name, rich_page(copy_of(tab).html, stem), base=None)
        except PostpadError as error:
            QMessageBox.warning(self.window, self.tr("Export Rich Text HTML"), error_text(error))
            return
        self.window.status_bar().showMessage(self.tr("Exported %1").replace("%1", name), 5000)


RICH_COPY: FeatureKey[RichCopyFeature] = FeatureKey("rich copy")
