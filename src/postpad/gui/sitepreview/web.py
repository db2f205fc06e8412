"""The Site Preview's WebEngine parts, loaded when the pane first shows a page (decision 0100):
its own off-the-record profile and a request interceptor that lets through only the local
server's origin (decision 0113)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from postpad.gui.sitepreview.pane import allowed

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


def local_only_view(parent: QWidget) -> tuple[QWebEngineView, LocalOnly]:
    """A view whose page uses the site profile and blocks every other origin."""
    view = QWebEngineView(parent)
    page = QWebEnginePage(site_profile(), view)
    interceptor = LocalOnly(page)
    page.setUrlRequestInterceptor(interceptor)
    view.setPage(page)
    return view, interceptor


def release_page(view: QWebEngineView) -> None:
    page = view.page()
    if page is not None and page.profile() is site_profile():
        shiboken6.delete(page)
