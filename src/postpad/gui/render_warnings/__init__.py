"""Problems in the window: what the render noted that the blog will show differently (a missing
image, an unknown tag, a shortcode Hugo removed, …) as a count in the status bar that opens a
list, wavy underlines in the editor, and F8 / Shift+F8 to walk them (decision 0198).

Every tab keeps its own problems (``tracker.TabProblems``, fed by the tab's ``rendered``
signal); the status bar shows the current tab's.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication

from postpad.gui.editor.navigation import go_to_line
from postpad.gui.protocols import DocumentTabView, FeatureKey, FeatureWindow
from postpad.gui.render_warnings import changed_images, recheck
from postpad.gui.render_warnings.panel import ProblemsButton, ProblemsPopup
from postpad.gui.render_warnings.tracker import TabProblems, problems_for

__all__ = ["RENDER_PROBLEMS", "ProblemsFeature"]


class ProblemsFeature(QObject):
    """Follows the current tab's problems; ``go_to(index)`` moves its editor to one."""

    def __init__(self, window: FeatureWindow, button: ProblemsButton) -> None:
        super().__init__(window)
        self._window = window
        self.button = button
        self.popup = ProblemsPopup(window)
        self._problems: TabProblems | None = None
        self._image_stamps: changed_images.Stamps = {}  # the page's pictures as the window was left
        button.clicked.connect(self.open_list)
        self.popup.chosen.connect(self.go_to)
        window.tab_added.connect(self.track)
        window.current_tab_changed.connect(self.follow)
        for tab in window.tabs():
            self.track(tab)
        self.follow(window.current_tab())
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self.on_application_state)

    def track(self, tab: DocumentTabView) -> None:
        problems_for(tab)

    def follow(self, tab: DocumentTabView | None) -> None:
        if self._problems is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # the tab is already gone
                self._problems.changed.disconnect(self._show)
        self._problems = problems_for(tab) if tab is not None else None
        if self._problems is not None:
            self._problems.changed.connect(self._show)
        self._show()

    def problems(self) -> TabProblems | None:
        return self._problems

    def on_application_state(self, state: Qt.ApplicationState) -> None:
        """Back in the window: render again when a missing image is there now (0226), and load
        again the pictures saved over meanwhile (0285)."""
        tab = self._window.current_tab()
        if state == Qt.ApplicationState.ApplicationInactive and tab is not None:
            changed_images.note(tab, self._keep_stamps)
        problems = self._problems
        if state != Qt.ApplicationState.ApplicationActive or tab is None or problems is None:
            return
        changed_images.reload_changed(tab, self._image_stamps)
        self._image_stamps = {}
        if recheck.appeared(problems.findings, tab):
            recheck.render_again(tab)

    def _keep_stamps(self, found: changed_images.Stamps) -> None:
        self._image_stamps = found

    def _show(self) -> None:
        findings = self._problems.findings if self._problems is not None else []
        self.button.set_findings(findings)
        if self.popup.isVisible():
            self.open_list()

    def open_list(self) -> None:
        problems = self._problems
        if problems is None or not problems.findings:
            self.popup.hide()
            return
        lines = [problems.span(i).line for i in range(len(problems.findings))]
        self.popup.show_findings(problems.findings, lines)
        anchor = self.button if self.button.isVisible() else self._window.status_bar()
        self.popup.popup_above(anchor)

    def go_to(self, index: int) -> None:
        """Put the current editor's cursor at problem ``index`` and show the preview there."""
        tab = self._window.current_tab()
        problems = self._problems
        if tab is None or problems is None or not 0 <= index < len(problems.findings):
            return
        span = problems.span(index)
        go_to_line(tab.editor, span.line)
        cursor = tab.editor.textCursor()
        cursor.setPosition(span.start)
        tab.editor.setTextCursor(cursor)
        preview = getattr(tab, "preview", None)
        if preview is not None and hasattr(preview, "scroll_to_line"):
            preview.scroll_to_line(span.line)
        tab.editor.setFocus()

    def step(self, forward: bool = True) -> None:
        """Go to the next (or previous) problem after (before) the cursor, wrapping round."""
        tab = self._window.current_tab()
        problems = self._problems
        if tab is None or problems is None or not problems.findings:
            return
        here = tab.editor.textCursor().position()
        starts = [problems.span(i).start for i in range(len(problems.findings))]
        order = sorted(range(len(starts)), key=lambda i: starts[i])
        if forward:
            index = next((i for i in order if starts[i] > here), order[0])
        else:
            index = next((i for i in reversed(order) if starts[i] < here), order[-1])
        self.go_to(index)


RENDER_PROBLEMS: FeatureKey[ProblemsFeature] = FeatureKey("render problems")
