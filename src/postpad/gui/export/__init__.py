"""File > Export: the current post as a standalone HTML page or a PDF.

HTML is the core's ``standalone_page`` (what ``postpad render`` writes), with the preview's post
header while View > Post Header in Preview is on (decision 0243). PDF is that same page,
light theme, printed by Qt WebEngine (Chromium embeds the fonts it used, Noto CJK included) to
A4 or US Letter. Export reads the editor's text and writes only the chosen file: it never
touches the post itself, and refuses a target that is the post.
"""

from __future__ import annotations

import html
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from postpad.core.atomic import write_atomic
from postpad.gui.errors import error_text
from postpad.gui.protocols import DocumentTabView, FeatureKey, FeatureWindow

if TYPE_CHECKING:  # WebEngine loads when a PDF is made, not at start-up (decision 0100)
    from PySide6.QtWebEngineCore import QWebEnginePage

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
SET_HTML_LIMIT = 1_500_000
"""setHtml() refuses content over 2 MB; bigger pages are loaded from a temporary file."""
TIMEOUT_MS = 120_000


class ExportTargetError(ValueError):
    """The chosen file is the post being exported."""


def check_target(target: Path, source: Path | None) -> None:
    """Refuse to write over the source post."""
    if source is not None and target.resolve() == source.resolve():
        raise ExportTargetError(str(target))


def write_atomically(path: Path, data: str) -> None:
    """Write ``data`` as UTF-8 through core's atomic writer (no fsync: an export can be redone)."""
    write_atomic(path, data.encode("utf-8"), fsync=False, prefix=".postpad-export-")


def post_title(text: str, fallback: str) -> str:
    """The front matter's ``title`` (what the blog shows), else ``fallback``."""
    try:
        from postpad.core.frontmatter import read_fields

        title = read_fields(text).get("title")
    except Exception:  # broken front matter: the file name will do
        title = None
    return str(title).strip() if title else fallback


def standalone_html(tab: DocumentTabView) -> str:
    """The post in ``tab`` as ``postpad render`` writes it (light), rendered like its preview."""
    from postpad.core import render as core_render

    # The tab's preview settings know the site's dialect, theme and asset rules.
    settings = tab.preview_settings() if hasattr(tab, "preview_settings") else None
    if settings is not None and hasattr(settings, "options"):
        options = settings.options()
    else:
        options = core_render.RenderOptions()
    text = tab.editor.toPlainText()
    path = tab.path
    rendered = core_render.render(text, options)
    page: str = core_render.standalone_page(
        rendered,
        "light",
        title=post_title(text, Path(path).stem if path else ""),
        allow_remote_images=bool(getattr(options, "allow_remote_images", False)),
    )
    header = post_header_html(tab, text)
    anchor = '<main class="pp-post">'
    return page.replace(anchor, header + anchor, 1) if header and anchor in page else page


def post_header_html(tab: DocumentTabView, text: str) -> str:
    """The preview's post header as static HTML while View > Post Header in Preview is on,
    else "" (decision 0243)."""
    from postpad.core.settings_registry import PREVIEW_POST_HEADER
    from postpad.gui.settings import read

    settings = tab.preview_settings() if hasattr(tab, "preview_settings") else None
    if settings is None or not read(PREVIEW_POST_HEADER):
        return ""
    from postpad.core.postheader import header_payload
    from postpad.core.postheader.page_html import header_html
    from postpad.core.render.frontmatter import normalise_newlines
    from postpad.gui.preview.rendering import header_settings_for

    payload = header_payload(normalise_newlines(text), header_settings_for(settings))
    return header_html(payload) if payload is not None else ""


def printable_html(page: str, title: str) -> str:
    """``page`` with the post's title as a heading on top, as the blog's post page shows it.

    A PDF has no browser tab to show ``<title>`` in, so the printed copy carries it in the body
    (the post header's, when the page has it: decision 0243).
    """
    if not title or 'id="pp-post-header"' in page:
        return page
    heading = f'<h1 class="pp-post-title">{html.escape(title)}</h1>\n'
    for anchor in ('<main class="pp-post">\n', "<body>\n", "<body>"):
        if anchor in page:
            return page.replace(anchor, anchor + heading, 1)
    return heading + page


def export_html(tab: DocumentTabView, target: Path) -> None:
    """Write the standalone HTML page of ``tab``'s post to ``target``."""
    check_target(target, tab.path)
    write_atomically(target, standalone_html(tab))


class PdfExporter(QObject):
    """Loads an HTML page off screen and prints it to PDF; ``finished(path, ok)`` at the end."""

    finished = Signal(str, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._page: QWebEnginePage | None = None
        self._target = ""
        self._layout = QPageLayout()
        self._temp: tempfile.TemporaryDirectory[str] | None = None
        self._timer = QTimer(self, singleShot=True, interval=TIMEOUT_MS)
        self._timer.timeout.connect(lambda: self._finish(False))

    def busy(self) -> bool:
        return self._page is not None

    def start(self, page_html: str, base_folder: Path | None, target: Path, page_size: str) -> None:
        """Print ``page_html`` (relative links resolved in ``base_folder``) to ``target``."""
        from PySide6.QtWebEngineCore import QWebEnginePage

        from postpad.gui.preview.page import preview_profile

        self._target = str(target)
        self._layout = QPageLayout(
            QPageSize(PAGE_SIZES[page_size]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
        self._page = QWebEnginePage(preview_profile(), self)
        self._page.loadFinished.connect(self._on_loaded)
        self._page.pdfPrintingFinished.connect(self._on_printed)
        base = QUrl.fromLocalFile(str(base_folder) + os.sep) if base_folder else QUrl()
        self._timer.start()
        if len(page_html.encode("utf-8")) < SET_HTML_LIMIT:
            self._page.setHtml(page_html, base)
            return
        self._temp = tempfile.TemporaryDirectory(prefix="postpad-export-")
        page_file = Path(self._temp.name) / "page.html"
        if base_folder is not None:
            page_html = page_html.replace("<head>", f'<head><base href="{base.toString()}">', 1)
        page_file.write_text(page_html, encoding="utf-8")
        self._page.load(QUrl.fromLocalFile(str(page_file)))

    def cancel(self) -> None:
        self._finish(False)

    def _on_loaded(self, ok: bool) -> None:
        if self._page is None:
            return
        if not ok:
            self._finish(False)
            return
        self._page.printToPdf(self._target, self._layout)

    def _on_printed(self, path: str, ok: bool) -> None:
        self._finish(ok and Path(path).is_file())

    def _finish(self, ok: bool) -> None:
        if self._page is None:
            return
        self._timer.stop()
        page, self._page = self._page, None
        page.deleteLater()
        if self._temp is not None:
            self._temp.cleanup()
            self._temp = None
        self.finished.emit(self._target, ok)


def _ask_target(
    window: QWidget, tab: DocumentTabView, suffix: str, filter_text: str
) -> Path | None:
    source = tab.path
    folder = Path(source).parent if source else Path.home()
    stem = Path(source).stem if source else QCoreApplication.translate("Export", "untitled")
    name, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("Export", "Export"),
        str(folder / f"{stem}{suffix}"),
        filter_text,
    )
    if not name:
        return None
    target = Path(name)
    return target if target.suffix else target.with_suffix(suffix)


class ExportFeature(QObject):
    """The File > Export actions of one window."""

    def __init__(self, window: FeatureWindow) -> None:
        super().__init__(window)
        self._window = window
        self.pdf = PdfExporter(self)
        self.pdf.finished.connect(self._pdf_done)
        self._progress: QProgressDialog | None = None

    def export_html(self) -> None:
        tab = self._window.current_tab()
        if tab is None:
            return
        target = _ask_target(
            self._window,
            tab,
            ".html",
            QCoreApplication.translate("Export", "HTML page (*.html *.htm)"),
        )
        if target is None:
            return
        try:
            export_html(tab, target)
        except ExportTargetError:
            self._error(
                QCoreApplication.translate(
                    "Export", "Choose another file: exporting over the post itself is not allowed."
                )
            )
        except OSError as error:
            self._error(
                QCoreApplication.translate("Export", "Could not write %1: %2")
                .replace("%1", str(target))
                .replace("%2", error_text(error))
            )
        else:
            self._window.status_bar().showMessage(
                QCoreApplication.translate("Export", "Exported %1").replace("%1", str(target)), 5000
            )

    def export_pdf(self, page_size: str) -> None:
        tab = self._window.current_tab()
        if tab is None or self.pdf.busy():
            return
        target = _ask_target(
            self._window, tab, ".pdf", QCoreApplication.translate("Export", "PDF document (*.pdf)")
        )
        if target is None:
            return
        source = tab.path
        try:
            check_target(target, source)
            text = tab.editor.toPlainText()
            page = printable_html(standalone_html(tab), post_title(text, target.stem))
        except ExportTargetError:
            self._error(
                QCoreApplication.translate(
                    "Export", "Choose another file: exporting over the post itself is not allowed."
                )
            )
            return
        self._progress = QProgressDialog(
            QCoreApplication.translate("Export", "Exporting PDF…"),
            QCoreApplication.translate("Export", "Cancel"),
            0,
            0,
            self._window,
        )
        self._progress.setWindowTitle(QCoreApplication.translate("Export", "Export"))
        self._progress.setMinimumDuration(0)
        self._progress.canceled.connect(self.pdf.cancel)
        self._progress.show()
        self.pdf.start(page, Path(source).parent if source else None, target, page_size)

    def _pdf_done(self, path: str, ok: bool) -> None:
        if self._progress is not None:
            self._progress.canceled.disconnect(self.pdf.cancel)
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        if ok:
            self._window.status_bar().showMessage(
                QCoreApplication.translate("Export", "Exported %1").replace("%1", path), 5000
            )
        else:
            self._error(
                QCoreApplication.translate("Export", "The PDF could not be created: %1").replace(
                    "%1", path
                )
            )

    def _error(self, text: str) -> None:
        QMessageBox.warning(self._window, QCoreApplication.translate("Export", "Export"), text)


EXPORT: FeatureKey[ExportFeature] = FeatureKey("export")
