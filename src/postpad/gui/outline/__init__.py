"""Outline panel: the current post's headings, kept current with each render.

Until a tab's first render arrives (seconds for a 5 MB post) the panel shows a fast heading scan
of the editor's text instead (``scan.scan_headings``, decision 0101).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer

from postpad.gui.editor.navigation import go_to_line
from postpad.gui.outline.panel import Heading, OutlinePanel, headings_from
from postpad.gui.outline.scan import scan_headings
from postpad.gui.protocols import DocumentTabView, FeatureKey, FeatureWindow

__all__ = ["Heading", "OutlineFollower", "OutlinePanel", "headings_from"]


DELAY_MS = 300
"""The outline is refreshed after a pause, not per keystroke: ``Rendered.outline`` is built on
demand, which costs ~15 ms per key on a 1 MB post (benchmarks/bench_typing.py)."""


class OutlineFollower(QObject):
    """Connects the panel to whichever tab is current (its ``rendered`` signal and cursor)."""

    def __init__(self, panel: OutlinePanel, window: FeatureWindow) -> None:
        super().__init__(panel)
        self._panel = panel
        self._window = window
        self._tab: DocumentTabView | None = None
        self._pending: Any = None
        self._scan_owed = False  # no render yet: the panel shows a scan of the text when seen
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        panel.heading_activated.connect(self.go_to)
        window.current_tab_changed.connect(self.follow)
        self.follow(window.current_tab())

    def follow(self, tab: DocumentTabView | None) -> None:
        if self._tab is not None:
            try:
                self._tab.rendered.disconnect(self._on_rendered)
                self._tab.editor.cursorPositionChanged.disconnect(self._on_cursor)
                self._tab.editor.textChanged.disconnect(self._on_text_changed)
            except (RuntimeError, TypeError):
                pass  # the tab is already gone
        self._tab = tab
        self._pending = None
        self._scan_owed = False
        if tab is None:
            self._panel.set_outline([])
            return
        tab.rendered.connect(self._on_rendered)
        tab.editor.cursorPositionChanged.connect(self._on_cursor)
        tab.editor.textChanged.connect(self._on_text_changed)
        rendered = getattr(tab, "last_rendered", None)
        if rendered is not None:
            self._panel.set_outline(getattr(rendered, "outline", []))
            return
        self._panel.set_outline([])
        self._scan_owed = True
        self._scan_if_seen()

    def _on_rendered(self, rendered: Any) -> None:
        self._pending = rendered
        self._scan_owed = False
        if not self._timer.isActive():
            self._timer.start()

    def _on_text_changed(self) -> None:
        """Typing before the first render: scan again after a pause (lines moved)."""
        if self._tab is not None and getattr(self._tab, "last_rendered", None) is None:
            self._scan_owed = True
            if not self._timer.isActive():
                self._timer.start()

    def refresh(self) -> None:
        """Show the latest render's headings (skipped while the panel is hidden)."""
        if self._pending is None:
            self._scan_if_seen()
            return
        if not self._panel.isVisible():
            return
        rendered, self._pending = self._pending, None
        self._panel.set_outline(getattr(rendered, "outline", []))
        self._on_cursor()

    def _scan_if_seen(self) -> None:
        """The headings of the editor's text, while the tab has no render yet."""
        if not self._scan_owed or self._tab is None or not self._panel.isVisible():
            return
        self._scan_owed = False
        engine = getattr(self._tab, "engine", None)
        text = self._tab.editor.toPlainText()
        self._panel.set_outline(scan_headings(text, engine if isinstance(engine, str) else None))
        self._on_cursor()

    def _on_cursor(self) -> None:
        if self._tab is not None:
            self._panel.mark_line(self._tab.editor.textCursor().blockNumber() + 1)

    def go_to(self, line: int) -> None:
        """Move the editor's cursor and the preview to ``line``."""
        if self._tab is None:
            return
        go_to_line(self._tab.editor, line)
        preview = getattr(self._tab, "preview", None)
        if preview is not None and hasattr(preview, "scroll_to_line"):
            preview.scroll_to_line(line)
        self._tab.editor.setFocus()


OUTLINE: FeatureKey[OutlineFollower] = FeatureKey("outline")
