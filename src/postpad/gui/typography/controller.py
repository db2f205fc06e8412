"""Runs the core typography checker on an editor, underlines findings, applies fixes.

Checks run after a short pause in typing (never per keystroke); each fix is one undo step and is
applied only if the text under the finding is still what the checker saw.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from postpad.core.typography.finding import Finding
from postpad.core.typography.options import TypographyOptions
from postpad.gui.editor.debounce import EditDebounce
from postpad.gui.editor.textspans import ExtraSelection, Utf16Index, cursor_for, layers_for
from postpad.gui.typography.messages import finding_message
from postpad.gui.worker_signals import GuardedEmitter

DELAY_MS = 400
LARGE_POST_CHARS = 200_000
LARGE_POST_DELAY_MS = 1500
"""A 1 MB post takes ~0.25 s to check (benchmarks/bench_typography.py): wait longer for those."""
UNDERLINE = QColor("#d9822b")
MAX_UNDERLINES = 2000
"""Every layer is re-sent to the editor when any changes (focus mode: each cursor move); 2,000
selections cost ~5 ms, 15,000 cost ~60 ms. The panel still lists every finding."""
TINT = QColor(217, 130, 43, 50)
"""A light background too: a wavy line under one punctuation mark is easy to miss."""


def check_typography(text: str, options: TypographyOptions) -> list[Finding]:
    """The core checker, imported at the first check: its rule patterns are not needed before
    the window's first frame (decision 0100)."""
    from postpad.core.typography.checker import check_typography as check

    return check(text, options)


class TypographyController(QObject):
    """Typography findings of one editor; ``findings_changed`` after each check."""

    findings_changed = Signal(list)
    _checked = Signal(int, str, list)  # from the worker thread; queued to the GUI thread

    def __init__(self, editor: QPlainTextEdit, options: TypographyOptions | None = None) -> None:
        super().__init__(editor)
        self.setObjectName("typographyController")
        self._editor = editor
        self._options = options or TypographyOptions()
        self._enabled = False
        self._findings: list[Finding] = []
        self._index = Utf16Index("")
        self._generation = 0  # bumped by every edit: a late result for older text is dropped
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="postpad-typography")
        self._checked.connect(self._on_checked)
        self._debounce = EditDebounce(
            editor,
            self.check_in_background,
            delay_ms=DELAY_MS,
            large_delay_ms=LARGE_POST_DELAY_MS,
            large_chars=LARGE_POST_CHARS,
        )
        # a check still running when the editor goes must not signal the deleted controller
        self._emitter = GuardedEmitter()
        self._pending: Future[None] | None = None
        editor.textChanged.connect(self._schedule)
        editor.destroyed.connect(self._stop_worker)

    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        if enabled:
            self._schedule()  # a 1 MB post takes ~0.25 s: never make opening a tab wait for it
        else:
            self._debounce.stop()
            self._findings = []
            layers_for(self._editor).clear("typography")
            self.findings_changed.emit([])

    def set_options(self, options: TypographyOptions) -> None:
        """Re-check at once when the options changed (a menu choice); the same options (each tab
        switch passes them again) cost nothing."""
        if options == self._options:
            return
        self._options = options
        if self._enabled:
            self.check_now()

    def findings(self) -> list[Finding]:
        return list(self._findings)

    def qt_span(self, finding: Finding) -> tuple[int, int]:
        """Editor positions of ``finding`` (as of the last check)."""
        return self._index.to_qt(finding.start), self._index.to_qt(finding.end)

    def findings_at(self, position: int) -> list[Finding]:
        """Findings whose span contains Qt ``position`` (or ends right at it)."""
        return [f for f in self._findings if self.qt_span(f)[0] <= position <= self.qt_span(f)[1]]

    def _schedule(self) -> None:
        self._generation += 1
        if self._enabled:
            self._debounce.schedule()

    def check_now(self) -> None:
        """Check at once, in this thread (fixes need the findings of the text as it is now)."""
        self._debounce.stop()
        text = self._editor.toPlainText()
        self._show(text, check_typography(text, self._options))

    def check_in_background(self) -> None:
        """Check the text after a pause in typing on a worker thread: a 5 MB post takes
        seconds, which in the GUI thread froze typing, tab switches and Ctrl+W."""
        self._debounce.stop()
        generation, text, options = self._generation, self._editor.toPlainText(), self._options
        self._pending = self._worker.submit(self._check_and_report, generation, text, options)

    def _check_and_report(self, generation: int, text: str, options: TypographyOptions) -> None:
        findings = check_typography(text, options)  # on the worker thread
        self._emitter.send(lambda: self._checked.emit(generation, text, findings))

    def _stop_worker(self) -> None:
        self._emitter.close()
        self._worker.shutdown(wait=False, cancel_futures=True)

    def _on_checked(self, generation: int, text: str, findings: list[Finding]) -> None:
        if generation == self._generation and self._enabled:
            self._show(text, findings)

    def _show(self, text: str, findings: list[Finding]) -> None:
        self._index = Utf16Index(text)
        self._findings = findings
        self._underline()
        self.findings_changed.emit(list(self._findings))

    def _underline(self) -> None:
        selections: list[ExtraSelection] = []
        for finding in self._findings[:MAX_UNDERLINES]:
            start, end = self.qt_span(finding)
            selection = ExtraSelection()
            selection.cursor = cursor_for(self._editor, start, max(end, start + 1))
            underline = QTextCharFormat()
            underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            underline.setUnderlineColor(UNDERLINE)
            underline.setBackground(TINT)
            underline.setToolTip(finding_message(finding))
            selection.format = underline
            selections.append(selection)
        layers_for(self._editor).set("typography", selections)

    def fix(self, finding: Finding) -> bool:
        """Apply ``finding``'s fix as one undo step; False when stale or unfixable."""
        if finding.fix is None:
            return False
        start, end = self.qt_span(finding)
        cursor = cursor_for(self._editor, start, end)
        if cursor.selectedText() != finding.found:
            self.check_now()
            return False
        cursor.insertText(finding.fix)
        self.check_now()
        return True

    def fix_all(self) -> int:
        """Apply every fix (non-overlapping) as a single undo step; returns how many."""
        self.check_now()
        chosen: list[Finding] = []
        last_end = -1
        for finding in self._findings:
            if finding.fix is not None and finding.start >= last_end:
                chosen.append(finding)
                last_end = max(finding.end, finding.start + 1)
        if not chosen:
            return 0
        cursor = QTextCursor(self._editor.document())
        cursor.beginEditBlock()
        for finding in reversed(chosen):
            start, end = self.qt_span(finding)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(finding.fix or "")
        cursor.endEditBlock()
        self.check_now()
        return len(chosen)


def typography_controller(editor: QPlainTextEdit) -> TypographyController:
    """The editor's controller (created, disabled, on first use)."""
    found = editor.findChild(TypographyController, "typographyController")
    return found if found is not None else TypographyController(editor)
