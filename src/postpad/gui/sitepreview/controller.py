"""Keeps the site preview on the current post: starts the engine's server for the post's site
(again when a tab of another site comes up), loads the post's permalink when the server listens,
follows tab switches and saves, and stops the server when the pane closes or Postpad quits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from postpad.core.publish.serve import post_url
from postpad.gui.protocols import DocumentTabView, FeatureWindow
from postpad.gui.sitepreview.pane import SitePreviewPane
from postpad.gui.sitepreview.server import SiteServer


def _t(text: str) -> str:
    return QCoreApplication.translate("SitePreview", text)


class SitePreviewController(QObject):
    def __init__(self, window: FeatureWindow, pane: SitePreviewPane) -> None:
        super().__init__(pane)
        self.window, self.pane = window, pane
        self.active = False
        self.server = SiteServer(self)
        self.current_url: str | None = None
        self._reload = QTimer(self, singleShot=True)
        self._reload.timeout.connect(self.show_current)
        self.server.ready.connect(self._on_ready)
        self.server.failed.connect(self._on_failed)
        self.server.output.connect(pane.append_log)
        pane.reload_requested.connect(self.show_current)
        pane.stop_requested.connect(lambda: self.set_active(False))
        window.current_tab_changed.connect(self.follow)
        window.document_saved.connect(self._on_saved)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.server.stop)
        if isinstance(window, QObject):
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            QTimer.singleShot(0, self._after_close)  # the window may still refuse to close
        return False

    def _after_close(self) -> None:
        """The window closed: stop its server and free the page before the application ends."""
        if not self.window.isVisible():
            self.server.stop()
            self.pane.release()

    def set_active(self, on: bool) -> None:
        """The pane was opened (start serving the current post's site) or closed (stop)."""
        self.active = on
        if on:
            self.follow(self.window.current_tab())
            return
        self.server.stop()
        self.pane.set_port(None)
        self.pane.clear()
        self.current_url = None
        self.pane.show_state(_t("Server stopped."))

    def follow(self, tab: DocumentTabView | None) -> None:
        if not self.active or tab is None:
            return
        site = tab.site
        if site is None:
            self.pane.show_state(_t("This post is not inside a Hexo, Hugo or Jekyll site."))
            return
        serving = self.server.site
        if self.server.running() and serving is not None and serving.root == site.root:
            if self.server.is_ready:
                self.show_current()
            return
        self.pane.set_port(None)
        self.pane.show_state(_t("Starting the site's server…"))
        self.server.start(site)

    def _on_ready(self, _origin: str) -> None:
        self.pane.set_port(self.server.port)
        self.show_current()

    def _on_failed(self, message: str) -> None:
        self.pane.show_state(message)
        self.pane.log_button.setChecked(True)

    def show_current(self) -> None:
        """Load the current post's permalink (the site's home page when it has none)."""
        tab = self.window.current_tab()
        site, port = self.server.site, self.server.port
        if not self.server.is_ready or site is None or port is None or tab is None:
            return
        path = tab.path
        url = post_url(site, path, port) if path is not None else None
        if url is None:
            url = f"http://127.0.0.1:{port}/"
        self.current_url = url
        self.pane.show_state(url)
        self.pane.load(url)

    def _on_saved(self, tab: DocumentTabView | None) -> None:
        if not self.active or tab is not self.window.current_tab() or self.server.site is None:
            return
        # after a save, how long the engine takes to rebuild the page (spec.publish.rebuild_ms)
        rules = self.server.site.engine_spec.publish
        if rules is not None and rules.rebuild_ms:  # Hugo reloads (and navigates) by itself
            self._reload.start(rules.rebuild_ms)
