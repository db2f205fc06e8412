"""The Site Preview pane: a WebEngine view in its own off-the-record profile whose request
interceptor lets through only the local server's origin (http/ws on 127.0.0.1:PORT, plus
``data:``/``blob:``); every other host is blocked (decision 0113). A label shows the state and
the server's log is one click away."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
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


def allowed(url: QUrl, port: int | None) -> bool:
    """Whether the pane may load ``url``: the local server's origin only."""
    scheme = url.scheme()
    if scheme in ("data", "blob", "about"):
        return True
    return (
        port is not None and scheme in ("http", "ws") and url.host() == HOST and url.port() == port
    )


_profile: QWebEngineProfile | None = None


def site_profile() -> QWebEngineProfile:
    """The site preview's own off-the-record profile (no cookies or cache on disk, nothing
    shared with the built-in preview), owned by the application like the preview's: a profile
    must outlive every page that uses it."""
    global _profile
    if _profile is None:
        _profile = QWebEngineProfile(QCoreApplication.instance())
        _profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
    return _profile


class LocalOnly(QWebEngineUrlRequestInterceptor):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.port: int | None = None
        self.blocked: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        if not allowed(url, self.port):
            self.blocked.append(url.toString())
            info.block(True)


class SitePreviewPane(QWidget):
    reload_requested = Signal()
    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sitePreviewPane")
        self.view = QWebEngineView(self)
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
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.log)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        page = QWebEnginePage(site_profile(), self.view)
        self.interceptor = LocalOnly(page)
        page.setUrlRequestInterceptor(self.interceptor)
        self.view.setPage(page)
        self.retranslate()

    def retranslate(self) -> None:
        self.log_button.setText(self.tr("Log"))
        self.reload_button.setText(self.tr("Reload"))
        self.stop_button.setText(self.tr("Stop Server"))

    def set_port(self, port: int | None) -> None:
        self.interceptor.port = port

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
        page = self.view.page()
        if page is not None and page.profile() is site_profile():
            shiboken6.delete(page)

    def clear(self) -> None:
        self.view.setUrl(QUrl("about:blank"))
