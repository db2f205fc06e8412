"""The Site Preview pane: a WebEngine view in its own off-the-record profile whose request
interceptor lets through only the local server's origin (http/ws on 127.0.0.1:PORT, plus
``data:``/``blob:``); every other host is blocked (decision 0113). A label shows the state and
the server's log is one click away."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from postpad.core.publish.serve import HOST

if TYPE_CHECKING:
    from PySide6.QtWebEngineWidgets import QWebEngineView

    from postpad.gui.sitepreview.web import LocalOnly


def allowed(url: QUrl, port: int | None) -> bool:
    """Whether the pane may load ``url``: the local server's origin only."""
    scheme = url.scheme()
    if scheme in ("data", "blob", "about"):
        return True
    return (
        port is not None and scheme in ("http", "ws") and url.host() == HOST and url.port() == port
    )


class SitePreviewPane(QWidget):
    reload_requested = Signal()
    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sitePreviewPane")
        self._view: QWebEngineView | None = None  # made when first needed (decision 0100)
        self._interceptor: LocalOnly | None = None
        self._port: int | None = None
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.log = QPlainTextEdit(self)
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(5000)
        self.log.setVisible(False)
        self.log_button = QPushButton(self)
        self.log_button.setCheckable(True)
        self.log_button.toggled.connect(self.log.setVisible)
        self.reload_button = QPushButton(self)
        self.reload_button.clicked.connect(self.reload_requested)
        self.stop_button = QPushButton(self)
        self.stop_button.clicked.connect(self.stop_requested)
        bar = QHBoxLayout()
        bar.addWidget(self.state, 1)
        for button in (self.reload_button, self.log_button, self.stop_button):
            bar.addWidget(button)
        self._splitter = splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.log)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.retranslate()

    @property
    def view(self) -> QWebEngineView:
        """The WebEngine view, made on first use: WebEngine stays out of start-up."""
        if self._view is None:
            from postpad.gui.sitepreview.web import local_only_view

            self._view, self._interceptor = local_only_view(self)
            self._interceptor.port = self._port
            self._splitter.insertWidget(0, self._view)
        return self._view

    @property
    def interceptor(self) -> LocalOnly:
        self.view  # noqa: B018  (makes the view and its interceptor)
        assert self._interceptor is not None
        return self._interceptor

    def retranslate(self) -> None:
        self.log_button.setText(self.tr("Log"))
        self.reload_button.setText(self.tr("Reload"))
        self.stop_button.setText(self.tr("Stop Server"))

    def set_port(self, port: int | None) -> None:
        self._port = port
        if self._interceptor is not None:
            self._interceptor.port = port

    def show_state(self, text: str) -> None:
        self.state.setText(text)

    def append_log(self, line: str) -> None:
        self.log.appendPlainText(line)

    def load(self, url: str) -> None:
        target = QUrl(url)
        if self.view.url() == target:
            self.view.reload()
        else:
            self.view.setUrl(target)

    def run_js(self, script: str, callback: Callable[[object], None]) -> None:
        """Run ``script`` in the shown page (tests read the page's text with it)."""
        self.view.page().runJavaScript(script, 0, callback)

    def release(self) -> None:
        """Delete the page now (the window closed): a page must never outlive its profile,
        which the application deletes when it ends."""
        if self._view is not None:
            from postpad.gui.sitepreview.web import release_page

            release_page(self._view)

    def clear(self) -> None:
        if self._view is not None:
            self._view.setUrl(QUrl("about:blank"))
