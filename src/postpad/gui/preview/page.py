"""The preview's web page: no navigation away, links to the system browser, no network."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QFile, QIODevice, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineScript,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)

BLOCKED_SCHEMES = frozenset({"http", "https", "ws", "wss", "ftp"})


class NetworkBlocker(QWebEngineUrlRequestInterceptor):
    """Blocks every network request; remote images pass only when the user allowed them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.allow_remote_images = False
        self.blocked: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        if url.scheme().lower() not in BLOCKED_SCHEMES:
            return
        is_image = info.resourceType() == QWebEngineUrlRequestInfo.ResourceType.ResourceTypeImage
        if self.allow_remote_images and is_image:
            return
        self.blocked.append(url.toString())
        del self.blocked[:-50]
        info.block(True)


def _web_channel_script() -> QWebEngineScript:
    source = QFile(":/qtwebchannel/qwebchannel.js")
    source.open(QIODevice.OpenModeFlag.ReadOnly)
    script = QWebEngineScript()
    script.setName("qwebchannel")
    script.setSourceCode(bytes(source.readAll().data()).decode("utf-8"))
    script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
    script.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)
    script.setRunsOnSubFrames(False)
    return script


_shared_profile: QWebEngineProfile | None = None


def preview_profile() -> QWebEngineProfile:
    """One off-the-record profile for every preview (no disk cache, no cookies)."""
    global _shared_profile
    if _shared_profile is None:
        _shared_profile = QWebEngineProfile(QCoreApplication.instance())
        _shared_profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        _shared_profile.setPersistentCookiesPolicy(
            QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies
        )
    return _shared_profile


class PreviewPage(QWebEnginePage):
    """Allows only the shell page itself; every other navigation opens outside the preview."""

    external_link = Signal(QUrl)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(preview_profile(), parent)
        self.blocker = NetworkBlocker(self)
        self.setUrlRequestInterceptor(self.blocker)
        self.scripts().insert(_web_channel_script())
        settings = self.settings()
        settings.setAttribute(
            QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False
        )
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, True)
        settings.setAttribute(QWebEngineSettings.WebAttribute.JavascriptCanOpenWindows, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.PluginsEnabled, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.NavigateOnDropEnabled, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.AutoLoadIconsForPage, False)

    def acceptNavigationRequest(
        self, url: QUrl | str, nav_type: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        if nav_type == QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
            target = QUrl(url)
            self.external_link.emit(target)
            QDesktopServices.openUrl(target)
            return False
        # setHtml() itself arrives as a "typed" navigation to a data: URL; allow only that.
        return QUrl(url).scheme() in ("data", "about") or not is_main_frame

    def createWindow(  # type: ignore[override]  # None (no window) is what Qt expects here
        self, _type: QWebEnginePage.WebWindowType
    ) -> QWebEnginePage | None:
        return None

    def javaScriptConsoleMessage(
        self,
        level: QWebEnginePage.JavaScriptConsoleMessageLevel,
        message: str,
        line: int,
        source: str,
    ) -> None:
        # Keep page errors visible during development without spamming the terminal.
        if level == QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel:
            print(f"preview: {message} ({source}:{line})", file=sys.stderr)
