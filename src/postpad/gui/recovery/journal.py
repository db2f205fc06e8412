"""When to write the recovery journal: a pause in typing, focus loss, quit.

Each tab with unsaved changes is journalled ``IDLE_MS`` after its last edit, at once when the
application loses focus and when it quits. The text is taken on the UI thread (one
``toPlainText``) and written by a single background thread, so a 5 MB post never stalls typing
and writes/discards of one key stay in order. A clean save or close removes the entry.
"""

from __future__ import annotations

import contextlib
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from postpad.core.recovery import RecoveryJournal, new_entry_key
from postpad.gui.protocols import FeatureWindow

if TYPE_CHECKING:
    from postpad.gui.documents.tab import DocumentTab

IDLE_MS = 2000


class JournalKeeper(QObject):
    """Keeps the journal of one window's tabs up to date."""

    def __init__(
        self, window: FeatureWindow, journal: RecoveryJournal, idle_ms: int = IDLE_MS
    ) -> None:
        super().__init__(window)
        self.window = window
        self.journal = journal
        self.documents = window.document_manager()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="postpad-journal")
        self._keys: dict[DocumentTab, str] = {}
        self._written: set[DocumentTab] = set()  # tabs that have an entry on disk
        self._dirty: set[DocumentTab] = set()
        self._last: Future[object] | None = None
        self.last_error: OSError | None = None
        self._shut_down = False
        self._timer = QTimer(self, singleShot=True, interval=idle_ms)
        self._timer.timeout.connect(self.flush)
        self.documents.tab_added.connect(self.track)
        self.documents.document_saved.connect(self._saved)
        self.documents.document_loaded.connect(self._saved)
        self.documents.tab_closed.connect(self._closed)
        for tab in self.documents.tabs():
            self.track(tab)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._on_app_state)
            app.aboutToQuit.connect(self.shutdown)

    # --- tracking ------------------------------------------------------------------------
    def track(self, tab: DocumentTab) -> None:
        tab.text_changed.connect(lambda t=tab: self._edited(t))

    def use_key(self, tab: DocumentTab, key: str) -> None:
        """Continue an existing (recovered) entry under its own key; it becomes this session's."""
        self._keys[tab] = key
        self._written.add(tab)
        self._edited(tab)

    def key_of(self, tab: DocumentTab) -> str:
        """One key per tab for its lifetime; the entry itself records the path.

        Keys are never derived from the path, so this session can never overwrite the entry a
        crashed session left for the same file before the user decided about it.
        """
        return self._keys.setdefault(tab, new_entry_key())

    def _edited(self, tab: DocumentTab) -> None:
        self._dirty.add(tab)
        self._timer.start()

    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.flush()

    # --- writing -------------------------------------------------------------------------
    def flush(self) -> None:
        """Journal every tab edited since the last write (modified ones), drop clean ones."""
        self._timer.stop()
        dirty, self._dirty = self._dirty, set()
        for tab in dirty:
            if tab in self.documents.tabs():
                self._journal(tab)

    def _journal(self, tab: DocumentTab) -> None:
        key = self.key_of(tab)
        if not tab.is_modified():
            if tab in self._written:
                self._written.discard(tab)
                self._submit(self.journal.discard, key)
            return
        self._written.add(tab)
        document = tab.document
        base = document.base.digest if document.base is not None else None
        text, path, title = tab.text(), tab.path, tab.display_name()
        self._submit(self._write, key, text, path, title, base)

    def _write(self, key: str, text: str, path: Path | None, title: str, base: str | None) -> None:
        try:
            self.journal.write(key, text, path=path, title=title, base_digest=base)
            self.last_error = None
        except OSError as error:  # a full disk must not stop editing; the file save still works
            self.last_error = error
            print(f"postpad: recovery journal not written: {error}", file=sys.stderr)

    def _submit(self, function: object, *args: object) -> None:
        if self._shut_down:  # after quit began: do it now, on this thread
            function(*args)  # type: ignore[operator]
            return
        self._last = self._executor.submit(function, *args)  # type: ignore[arg-type]

    def wait(self, timeout: float = 10.0) -> None:
        """Block until queued writes are on disk (tests, quit)."""
        if self._last is not None:
            with contextlib.suppress(Exception):
                self._last.result(timeout)

    def _saved(self, tab: DocumentTab) -> None:
        """After a save or a (re)load: a clean buffer needs no entry; a dirty one a fresh one."""
        self._dirty.discard(tab)
        if tab.is_modified():
            self._edited(tab)
        elif tab in self._written:
            self._written.discard(tab)
            self._submit(self.journal.discard, self.key_of(tab))

    def _closed(self, tab: DocumentTab) -> None:
        """Closing a tab means saved or explicitly discarded: its entry goes."""
        self._dirty.discard(tab)
        key = self._keys.pop(tab, None)
        if key is not None and tab in self._written:
            self._submit(self.journal.discard, key)
        self._written.discard(tab)

    def shutdown(self) -> None:
        """On quit: journal what is still unsaved, then finish writing."""
        self.flush()
        self.wait()
        self._shut_down = True
        self._executor.shutdown(wait=True)
