"""Preview scheduling: light debounce, one render in flight, the newest text wins.

Rendering runs on a worker thread that owns the tab's incremental renderer, so typing never
waits for it. Patches are relative to the renderer's previous state, so every finished patch is
applied in order; what gets dropped is *work*: while a render is in flight, further edits only
mark the text dirty and the next render takes the newest text. Results from an older epoch
(settings changed, tab reset) are discarded.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from postpad.gui.preview.rendering import (
    Handover,
    PreviewRenderer,
    PreviewSettings,
    RenderResult,
)

MAX_DELAY_MS = 1000
FRAME_MS = 16


class RenderWorker(QObject):
    """Lives on the render thread; owns the renderer."""

    finished = Signal(int, object)  # epoch, RenderResult or Exception
    partial = Signal(int, object)  # epoch, RenderResult of a long post's top (before finished)
    header = Signal(int, object)  # epoch, the post header's message (after finished; 0234)

    def __init__(self) -> None:
        super().__init__()
        self._renderer: PreviewRenderer | None = None
        self._epoch = -1

    @Slot(int, object, str, bool, object)
    def render(
        self, epoch: int, settings: object, text: str, reset: bool, handover: object
    ) -> None:
        try:
            if self._renderer is None or epoch != self._epoch:
                assert isinstance(settings, PreviewSettings)
                self._renderer = self._new_renderer(settings, handover)
                self._epoch = epoch
                reset = True
            if reset and self._renderer.fresh:
                top = self._renderer.first_screen(text)
                if top is not None:
                    self.partial.emit(epoch, top)
                    self._post_header(epoch, text)  # a long post's header with its top
            result: object = self._renderer.update(text, reset)
        except Exception as error:  # a render bug must not kill the editor
            result = error
        self.finished.emit(epoch, result)
        self._post_header(epoch, text)

    @staticmethod
    def _new_renderer(settings: PreviewSettings, handover: object) -> PreviewRenderer:
        """A renderer for ``settings``, going on from the first-render child's state when
        there is one (decision 0279); a state that does not load is ignored."""
        renderer = PreviewRenderer(settings)
        if isinstance(handover, Handover):
            try:
                renderer.adopt(handover)
            except Exception:  # the whole post is rendered here instead, as without a child
                renderer = PreviewRenderer(settings)
        return renderer

    def _post_header(self, epoch: int, text: str) -> None:
        """The post header's message, after the body's result: its first one reads the theme's
        files (about 30 ms) and must not hold back the first preview (decision 0234)."""
        if self._renderer is None:
            return
        try:
            header = self._renderer.post_header(text)
        except Exception:  # a header bug must not take the body's preview with it
            return
        if header is not None:  # None: the front matter does not parse; the page keeps its own
            self.header.emit(epoch, header)


class RenderScheduler(QObject):
    """Decides when to render; emits ``result_ready(RenderResult)`` in order."""

    result_ready = Signal(object)
    partial_ready = Signal(object)  # the top of a long post, while its first render runs
    header_ready = Signal(object)  # the post header's message (decision 0234)
    render_failed = Signal(object)
    _request = Signal(int, object, str, bool, object)

    def __init__(self, text_source: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text_source = text_source
        self._settings = PreviewSettings()
        self._epoch = 0
        self._in_flight = False
        self._in_flight_reset = False
        self._dirty = False
        self._needs_reset = True
        self._cost_ms = 0.0
        self._held = False
        self._handover: tuple[int, Handover] | None = None  # (epoch, the child's render)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start)
        self._thread = QThread(self)
        self._thread.setObjectName("postpad-render")
        self._worker = RenderWorker()
        self._worker.moveToThread(self._thread)
        self._request.connect(self._worker.render)
        self._worker.finished.connect(self._on_finished)
        self._worker.partial.connect(self._on_partial)
        self._worker.header.connect(self._on_header)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()

    @property
    def settings(self) -> PreviewSettings:
        return self._settings

    @property
    def busy(self) -> bool:
        return self._in_flight or self._dirty

    @property
    def resetting(self) -> bool:
        """Whether the next result of this epoch carries every block (a page reset)."""
        return self._needs_reset or (self._in_flight and self._in_flight_reset)

    def set_settings(self, settings: PreviewSettings) -> None:
        """New options: start a new epoch so in-flight results for the old ones are dropped.

        The options a render is already made or scheduled with change nothing: Save As onto
        the post's own file rendered the whole post again for the same page (decision 0280).
        """
        if self._epoch > 0 and settings == self._settings:
            return
        self._settings = settings
        self.reset()

    def reset(self) -> None:
        """Re-render everything and replace the page's blocks (page reloaded or out of step)."""
        self._epoch += 1
        self._needs_reset = True
        self.schedule(immediate=True)

    def delay_ms(self) -> int:
        """Debounce scaled with the measured render cost (which grows with the edit).

        None while renders fit in a frame: one render in flight already folds the keys typed
        meanwhile, and a delay would only add to every key press (at 4 ms, a 1 MB post whose
        renders hovered around it doubled the typing latency whenever the average crossed it).
        """
        return int(min(MAX_DELAY_MS, self._cost_ms * 1.5)) if self._cost_ms > FRAME_MS else 0

    def schedule(self, immediate: bool = False) -> None:
        self._dirty = True
        if self._in_flight or self._held:
            return
        self._timer.start(0 if immediate else self.delay_ms())

    def hold(self) -> None:
        """Start no render until ``release`` (a child process renders the post first, 0210)."""
        self._held = True
        self._timer.stop()

    def adopt(self, handover: Handover) -> None:
        """The next render of this epoch goes on from ``handover`` (the first-render child's
        render of the text shown) instead of rendering the whole post again (decision 0279)."""
        self._handover = (self._epoch, handover)

    def release(self) -> None:
        if self._held:
            self._held = False
            if self._dirty and not self._in_flight:
                self._timer.start(0)

    @property
    def held(self) -> bool:
        return self._held

    def _start(self) -> None:
        if self._in_flight or not self._dirty or self._held:
            return
        self._dirty = False
        self._in_flight = True
        reset, self._needs_reset = self._needs_reset, False
        self._in_flight_reset = reset
        handover, self._handover = self._handover, None
        adopted = handover[1] if handover is not None and handover[0] == self._epoch else None
        self._request.emit(self._epoch, self._settings, self._text_source(), reset, adopted)

    def _on_partial(self, epoch: int, result: object) -> None:
        if epoch == self._epoch and self._in_flight:
            self.partial_ready.emit(result)

    def _on_header(self, epoch: int, header: object) -> None:
        if epoch == self._epoch:
            self.header_ready.emit(header)

    def _on_finished(self, epoch: int, result: object) -> None:
        self._in_flight = False
        if isinstance(result, Exception):
            self._epoch += 1  # start over with a fresh renderer on the next edit
            self._needs_reset = True
            self.render_failed.emit(result)
        elif epoch == self._epoch:
            assert isinstance(result, RenderResult)
            if not result.is_reset:  # a full render says nothing about the cost of an edit
                self._cost_ms = 0.7 * self._cost_ms + 0.3 * result.seconds * 1000
            self.result_ready.emit(result)
        if self._dirty and not self._held:
            self._timer.start(self.delay_ms())

    def shutdown(self) -> None:
        """Stop rendering for a closing tab without waiting for a render in flight.

        A 5 MB post renders for seconds: waiting made Ctrl+W hang, and a thread still running
        when its QThread was destroyed aborted the whole process (every other tab lost).
        A busy thread is kept alive here until its render ends and is then deleted.
        """
        self._timer.stop()
        self._epoch += 1
        thread = self._thread
        thread.quit()
        if thread.wait(50):
            return
        thread.setParent(None)
        _RETIRING.add(thread)
        thread.finished.connect(lambda: _retire(thread))
        app = QCoreApplication.instance()
        if app is not None and not _RETIRING_WAIT_CONNECTED:
            app.aboutToQuit.connect(wait_for_retiring_threads)
            _mark_wait_connected()


_RETIRING: set[QThread] = set()
_RETIRING_WAIT_CONNECTED = False


def _retire(thread: QThread) -> None:
    _RETIRING.discard(thread)
    thread.deleteLater()


def _mark_wait_connected() -> None:
    global _RETIRING_WAIT_CONNECTED
    _RETIRING_WAIT_CONNECTED = True


def wait_for_retiring_threads() -> None:
    """At quit: let renders of closed tabs end, so no QThread is destroyed while running."""
    for thread in list(_RETIRING):
        thread.wait()
