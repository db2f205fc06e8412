"""The main window's staged start (decision 0200): the post's text in the first frame, its
render started in a child process while the rest is built (decision 0210), the ``when_built``
callbacks once the window is complete, and the late features after the first preview (0151).

Imported before the first frame: nothing here may load the documents, the form, the editor,
WebEngine or Python's ``Qt`` namespace at import time (decision 0205).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from postpad.gui.features import StagedAttach
from postpad.gui.startup_stages import FirstFrame, LateFeatures

if TYPE_CHECKING:
    from postpad.gui.first_view import FirstView
    from postpad.gui.mainwindow import MainWindow
    from postpad.gui.preview.prestart import PrestartedRender

#: the late features wait this long at most for the first preview (decision 0151)
LATE_WAIT_MS = 1500
#: the same when the first preview is rendered in a child process: Chromium's browser side,
#: which loads the page on this thread, is then what the features would slow (decision 0210)
PRESTARTED_LATE_WAIT_MS = 5000


class StagedStart:
    """What the window holds until it is complete: the first view, the first render's child,
    the callbacks waiting for ``built``. An unstaged window is built at once and only uses
    ``when_built`` and the late features."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.built = False
        self._when_built: list[Callable[[], object]] = []
        self._first_view: FirstView | None = None
        self._first_path = Path()
        #: the first post's render in a child process, handed to the tab made for that post
        self.prestarted: PrestartedRender | None = None

    def finish_after_first_frame(self) -> None:
        """Build the rest once the frame (and the first view) has been painted."""
        FirstFrame(self._window).call(self._finish)

    def when_built(self, callback: Callable[[], object]) -> None:
        if self.built:
            callback()
        else:
            self._when_built.append(callback)

    def mark_built(self) -> None:
        """The window is complete: run the waiting callbacks, in the order they came."""
        self.built = True
        callbacks, self._when_built = self._when_built, []
        for callback in callbacks:
            callback()

    def show_first_view(self, path: Path) -> None:
        from postpad.core.tab_name import tab_name
        from postpad.gui.first_view import FirstView, first_text

        text = first_text(path)
        if self.built or text is None:
            return
        window = self._window
        tabs = window.tab_widget
        self._first_view = FirstView(text, window.preferences, window.ui_state, tabs)
        self._first_path = path
        index = tabs.addTab(self._first_view, tab_name(path))
        tabs.setTabToolTip(index, str(path))
        window.setWindowTitle(f"{tab_name(path)} — Postpad")

    def _finish(self) -> None:
        window = self._window
        self._prestart_render()
        view, self._first_view = self._first_view, None
        if view is not None:  # the real tab takes its place in this same event-loop turn
            window.tab_widget.removeTab(window.tab_widget.indexOf(view))
            view.deleteLater()
        window.finish_building()
        window.repaint()  # the complete frame now; ``after_shown`` work follows it

    def _prestart_render(self) -> None:
        """The first post's render in a child process while the rest is built (0210)."""
        if self._first_view is None:
            return
        from postpad.gui.preview.prestart import PrestartedRender, worth_starting

        if not worth_starting():  # no idle CPU: the child would only take turns with the window
            return
        prefs = self._window.preferences
        self.prestarted = PrestartedRender(
            self._first_path.resolve(),
            default_profile=prefs.default_profile,
            dialect=prefs.preview_dialect,
            remote_images=prefs.remote_images,
            parent=self._window,
        )

    def attach_features(self, on_ready: Callable[[], object]) -> LateFeatures:
        """The early features now, the others after the first frame (decision 0151). Either
        raises under tests and prints and goes on for the user."""
        window = self._window
        staged = StagedAttach(window)
        staged.attach_early()
        late = LateFeatures(window, staged)
        late.ready.connect(on_ready)
        window.after_shown(lambda: self._start_late_features(late))
        return late

    def _start_late_features(self, late: LateFeatures) -> None:
        """With a post's preview to show, after its first patch (at most ``LATE_WAIT_MS``): the
        features' Python work would share the interpreter with the first render."""
        window = self._window
        tab = window.current_tab()
        if tab is None or not tab.preview.isVisibleTo(window):
            late.start()
            return
        tab.preview.patch_applied.connect(late.start)
        wait = LATE_WAIT_MS if self.prestarted is None else PRESTARTED_LATE_WAIT_MS
        QTimer.singleShot(wait, late, late.start)
