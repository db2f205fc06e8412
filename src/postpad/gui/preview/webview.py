"""PreviewWebView: the shell page loaded once, then patched in place (inside PreviewView)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QMenu, QWidget

from postpad.core.render import preview_shell
from postpad.gui.preview.bridge import PreviewBridge
from postpad.gui.preview.diagrams import mermaid_loader, ops_have_diagrams
from postpad.gui.preview.page import PreviewPage
from postpad.gui.preview.rendering import RenderResult

# a browser's page actions, which mean nothing in a preview (Reload reloads the shell page)
_NAVIGATION = (
    QWebEnginePage.WebAction.Back,
    QWebEnginePage.WebAction.Forward,
    QWebEnginePage.WebAction.Reload,
    QWebEnginePage.WebAction.SavePage,
    QWebEnginePage.WebAction.ViewSource,
)


def without_navigation(menu: QMenu, view: QWebEngineView) -> QMenu:
    """``menu`` without the browser's navigation actions and the separators they leave."""
    for web_action in _NAVIGATION:
        menu.removeAction(view.pageAction(web_action))
    previous_separator = True  # none at the top
    for action in menu.actions():
        if action.isSeparator() and previous_separator:
            menu.removeAction(action)
        previous_separator = action.isSeparator()
    while menu.actions() and menu.actions()[-1].isSeparator():
        menu.removeAction(menu.actions()[-1])
    return menu


class PreviewWebView(QWebEngineView):
    """Shows one tab's preview. Emits ``patch_applied(version)`` once the page confirms."""

    shell_loaded = Signal()
    patch_applied = Signal(int)
    out_of_step = Signal()
    block_clicked = Signal(int)
    scrolled_to_line = Signal(int)

    def __init__(self, theme: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewWeb")
        self.setAcceptDrops(False)  # dropped files go to the window, which opens them
        self._page = PreviewPage(self)
        self.setPage(self._page)
        self._bridge = PreviewBridge(self)
        self._channel = QWebChannel(self._page)
        self._channel.registerObject("bridge", self._bridge)
        self._page.setWebChannel(self._channel)
        self._bridge.block_clicked.connect(self.block_clicked)
        self._bridge.scrolled_to_line.connect(self.scrolled_to_line)
        self._theme = theme
        self._base: Path | None = None
        self._ready = False
        self._version = 0
        self.applied_version = 0
        self.mermaid_loaded = False  # injected after the first diagram (decision 0134)
        self._mermaid_wanted = False
        self._post_header: dict[str, Any] = {"show": False}  # the header's message (0234)
        self._post_header_shown = True  # View > Post Header in Preview
        self._header_sent: dict[str, Any] | None = None  # what this page load was last sent
        self.loadFinished.connect(self._on_load_finished)

    @property
    def ready(self) -> bool:
        return self._ready

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Chromium's menu (Copy, Select All…) without the browser's navigation."""
        menu = without_navigation(self.createStandardContextMenu(), self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if menu.actions():
            menu.popup(event.globalPos())
        else:
            menu.close()

    @property
    def blocked_requests(self) -> list[str]:
        return self._page.blocker.blocked

    def load_shell(self, base_folder: Path | None, remote_images: bool = False) -> None:
        """(Re)load the shell with its base URL in the post's folder, so relative images show."""
        self._ready = False
        self._base = base_folder
        self._page.blocker.allow_remote_images = remote_images
        # Chromium's own gate for file:// pages; the interceptor still blocks all but images.
        remote = QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls
        self._page.settings().setAttribute(remote, remote_images)
        folder = base_folder or Path.home()
        base_url = QUrl.fromLocalFile(str(folder) + "/")
        self.setHtml(preview_shell(self._theme, allow_remote_images=remote_images), base_url)

    @property
    def base_folder(self) -> Path | None:
        return self._base

    def _on_load_finished(self, ok: bool) -> None:
        if not ok:
            return
        self._ready = True
        self._version = 0
        self.applied_version = 0
        self.mermaid_loaded = self._mermaid_wanted = False
        self._header_sent = None
        self.set_theme(self._theme)
        self._send_post_header()
        self.shell_loaded.emit()

    def apply(self, result: RenderResult) -> int | None:
        """Send ``result``'s patch; its version (``patch_applied`` confirms it), None: dropped."""
        if not self._ready:
            return None  # the shell is loading; its loadFinished triggers a full reset
        base = None if result.is_reset else self._version
        self._version += 1
        batch: dict[str, Any] = {"version": self._version, "base": base, "ops": result.ops}
        if not self.mermaid_loaded and ops_have_diagrams(result.ops):
            self._mermaid_wanted = True  # loaded once the page shows this patch's text
        script = f"postpad.applyPatch({json.dumps(batch, ensure_ascii=False)})"
        self._page.runJavaScript(script, 0, self._on_applied)
        return self._version

    def _on_applied(self, version: object) -> None:
        if not isinstance(version, (int, float)) or version < 0:
            self.out_of_step.emit()
            return
        self.applied_version = int(version)
        if self._mermaid_wanted and not self.mermaid_loaded:
            self.mermaid_loaded = True
            self._page.runJavaScript(mermaid_loader(), 0)
        self.patch_applied.emit(int(version))

    def set_post_header(self, header: dict[str, Any]) -> None:
        """Show ``header`` (``postpad.core.postheader``'s message) above the body; sent to the
        page only when it differs from what the page shows (decision 0234)."""
        self._post_header = header
        self._send_post_header()

    def show_post_header(self, shown: bool) -> None:
        self._post_header_shown = shown
        self._send_post_header()

    def _banner_notes(self) -> dict[str, str]:
        """What the banner says when it shows the theme's colour instead of ``top_img``."""
        return {
            "blocked": self.tr(
                "Remote image not shown: turn on “Load remote images in the preview” in Preferences"
            ),
            "missing": self.tr("Image not found: %1"),
            "refused": self.tr("Not applied: this value is more than a colour or a gradient"),
        }

    def _random_note(self, count: int) -> str:
        """The banner's tooltip when it is the first of a random ``default_cover`` (0242)."""
        return self.tr(
            "The blog shows one of %n default covers at random; the preview shows the first",
            "",
            count,
        )

    def _send_post_header(self) -> None:
        header = self._post_header if self._post_header_shown else {"show": False}
        banner = header.get("banner")
        if isinstance(banner, dict):
            notes = self._banner_notes()
            if banner.get("random"):
                notes["random"] = self._random_note(int(banner["random"]))
            header = {**header, "notes": notes}
        if not self._ready or header == self._header_sent:
            return
        self._header_sent = header
        script = f"postpad.setPostHeader({json.dumps(header, ensure_ascii=False)})"
        self._page.runJavaScript(script, 0)

    def set_theme(self, name: str) -> None:
        self._theme = name
        if self._ready:
            self._page.runJavaScript(f"postpad.setTheme({json.dumps(name)})", 0)

    def scroll_to_line(self, line: int) -> None:
        if self._ready:
            self._page.runJavaScript(f"postpad.scrollToLine({int(line)})", 0)

    def run_js(self, script: str, callback: Any = None) -> None:
        """Run page script (tests and features read the DOM through this)."""
        if callback is None:
            self._page.runJavaScript(script, 0)
        else:
            self._page.runJavaScript(script, 0, callback)
