"""PreviewView: the preview pane, whose WebEngine view is made after the window's first frame.

Chromium's start (profile, GPU and render processes) is most of Postpad's start-up time, so the
pane starts as a light placeholder and the window shows its editor and form first; the real
view (``PreviewWebView``) comes in when ``materialize()`` is called — by the window right after
its first frame, or by whoever needs the page earlier (export). Calls made before that are kept
(the shell to load, the theme) or are no-ops that the shell's first load makes good (a patch
before the shell is ready is dropped and the full render follows ``shell_loaded``).
See docs/decisions/0095-preview-after-first-frame.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

if TYPE_CHECKING:
    from postpad.gui.preview.rendering import RenderResult
    from postpad.gui.preview.webview import PreviewWebView


class PreviewView(QWidget):
    """Shows one tab's preview. Emits ``patch_applied(version)`` once the page confirms."""

    shell_loaded = Signal()
    patch_applied = Signal(int)
    out_of_step = Signal()
    block_clicked = Signal(int)
    scrolled_to_line = Signal(int)

    def __init__(self, theme: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.setAcceptDrops(False)  # dropped files go to the window, which opens them
        self._theme = theme
        self._web: PreviewWebView | None = None
        self._shell: tuple[Path | None, bool] | None = None
        self._zoom = 1.0
        self._post_header: dict[str, Any] | None = None
        self._post_header_shown = True
        # the line last scrolled to, shown again when the page's blocks are replaced (a scroll
        # asked for while the page was loading went nowhere); None once the page is scrolled
        self._line: int | None = None
        self._reset_version: int | None = None
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._placeholder = QLabel(self.tr("Preparing the preview…"), self)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setEnabled(False)
        self._stack.addWidget(self._placeholder)

    # --- the real view -------------------------------------------------------------------
    def materialize(self) -> PreviewWebView:
        """Create the WebEngine view now (once) and load the shell asked for meanwhile."""
        if self._web is None:
            from postpad.gui.preview.webview import PreviewWebView

            web = PreviewWebView(self._theme, self)
            web.shell_loaded.connect(self._on_shell_loaded)  # before the tab sends its render
            for name in ("shell_loaded", "patch_applied", "out_of_step"):
                getattr(web, name).connect(getattr(self, name))
            web.patch_applied.connect(self._on_patch_applied)
            web.block_clicked.connect(self.block_clicked)
            web.scrolled_to_line.connect(self._on_page_scrolled)
            web.setZoomFactor(self._zoom)
            web.show_post_header(self._post_header_shown)
            if self._post_header is not None:
                web.set_post_header(self._post_header)
            self._stack.addWidget(web)
            self._stack.setCurrentWidget(web)
            self._web = web
            if self._shell is not None:
                web.load_shell(*self._shell)
        return self._web

    @property
    def materialized(self) -> bool:
        return self._web is not None

    def page(self) -> Any:
        return self.materialize().page()

    # --- the PreviewWebView API, kept or forwarded -----------------------------------------
    @property
    def ready(self) -> bool:
        return self._web is not None and self._web.ready

    @property
    def applied_version(self) -> int:
        return self._web.applied_version if self._web is not None else 0

    @property
    def blocked_requests(self) -> list[str]:
        return self._web.blocked_requests if self._web is not None else []

    @property
    def base_folder(self) -> Path | None:
        return self._shell[0] if self._shell is not None else None

    def load_shell(self, base_folder: Path | None, remote_images: bool = False) -> None:
        """Load the page for a post in ``base_folder``; the page already loaded (or loading)
        for the same folder and remote images is kept with its blocks (decision 0280)."""
        if self._web is not None and self._shell == (base_folder, remote_images):
            return
        self._shell = (base_folder, remote_images)
        if self._web is not None:
            self._web.load_shell(base_folder, remote_images)

    def apply(self, result: RenderResult) -> None:
        if self._web is not None:
            version = self._web.apply(result)
            if result.is_reset and version is not None:
                self._reset_version = version

    def _on_shell_loaded(self) -> None:
        self._reset_version = None  # a new page counts its versions from 0

    def _on_patch_applied(self, version: int) -> None:
        """After a reset the page holds new blocks: show the line last scrolled to again."""
        if self._reset_version is None or version < self._reset_version:
            return
        self._reset_version = None
        if self._line is not None and self._web is not None:
            self._web.scroll_to_line(self._line)

    def _on_page_scrolled(self, line: int) -> None:
        self._line = None  # the reader scrolled the page: its place is theirs now
        self.scrolled_to_line.emit(line)

    def set_post_header(self, header: dict[str, Any]) -> None:
        """The post header's message (decision 0234), kept for a view made later."""
        self._post_header = header
        if self._web is not None:
            self._web.set_post_header(header)

    def show_post_header(self, shown: bool) -> None:
        """View > Post Header in Preview: show or hide the header (the body is unchanged)."""
        self._post_header_shown = shown
        if self._web is not None:
            self._web.show_post_header(shown)

    @property
    def post_header_shown(self) -> bool:
        return self._post_header_shown

    def set_theme(self, name: str) -> None:
        self._theme = name
        if self._web is not None:
            self._web.set_theme(name)

    def scroll_to_line(self, line: int) -> None:
        self._line = line
        if self._web is not None:
            self._web.scroll_to_line(line)

    def setZoomFactor(self, factor: float) -> None:
        self._zoom = factor
        if self._web is not None:
            self._web.setZoomFactor(factor)

    def zoomFactor(self) -> float:
        return self._zoom

    def run_js(self, script: str, callback: Any = None) -> None:
        """Run page script (tests and features read the DOM through this)."""
        self.materialize().run_js(script, callback)
