"""One tab's problems: its render's warnings as findings, their spans, their underlines.

Updated from the tab's ``rendered`` signal (the one parse result the preview, status bar and
outline share) after a short pause in typing; the render already holds each block's warnings,
so this reads no text but the few lines a problem sits on (decision 0198).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QColor, QHelpEvent, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QToolTip

from postpad.core.site.check.context import Finding
from postpad.gui.editor.textspans import ExtraSelection, cursor_for, layers_for
from postpad.gui.protocols import DocumentTabView
from postpad.gui.render_warnings.locate import Locator, Span
from postpad.gui.render_warnings.messages import finding_text

DELAY_MS = 400
"""Problems follow the text after this pause: a tag or path being typed is not flagged at
every keystroke, and a burst of renders costs one update."""
MAX_SHOWN = 500
"""Underlined and listed at most (a post with more has a wider problem than these)."""
LAYER = "render-warnings"
ERROR_COLOR = QColor("#e5484d")
WARNING_COLOR = QColor("#d9822b")


def findings_for(tab: DocumentTabView, rendered: Any) -> list[Finding]:
    """The findings of ``rendered``, a render of ``tab`` (imported at the first render: the
    check package is not needed before the window's first frame, decision 0100)."""
    from postpad.core.site.check.render_findings import render_findings

    if getattr(tab, "is_config", False):
        return []  # a site config shown in a tab: YAML, not a post the blog renders
    warnings = getattr(rendered, "warnings", None) or []
    engine = getattr(tab, "engine", None)
    pairs = getattr(rendered, "open_shortcodes", None) or ()  # a site's Hugo pairs (0238)
    return render_findings(
        warnings, tab.path, tab.site, engine if isinstance(engine, str) else None, pairs
    )


CLOSING = frozenset({"---", "...", "+++", ";;;"})
"""A header's closing delimiters (YAML, TOML, Hexo's JSON)."""


def header_lines(document: QTextDocument, body_line: int) -> str:
    """The lines above the body (``body_line``, 1-based, from the render), or the first line
    when there is no header (``---`` never closed): only the header is read (decision 0240)."""
    block, lines = document.firstBlock(), []
    for _ in range(max(body_line - 1, 1)):
        if not block.isValid():
            break
        lines.append(block.text())
        block = block.next()
    last = block.isValid() and not block.next().isValid()
    if body_line > 1 and last and block.text().rstrip() in CLOSING:
        lines.append(block.text())  # a post that ends at its header's "---" (no line break)
    return "\n".join(lines)


class HeaderProblems:
    """The front matter's parse problem, as ``postpad check`` words it (decision 0240); read
    again only when the header's text, the site or the engine changed."""

    def __init__(self) -> None:
        self._key: tuple[object, ...] | None = None
        self._found: list[Finding] = []

    def findings(self, tab: DocumentTabView, rendered: Any) -> list[Finding]:
        body_line = getattr(rendered, "body_line", None)
        if getattr(tab, "is_config", False) or not isinstance(body_line, int):
            return []
        engine = getattr(tab, "engine", None)
        engine = engine if isinstance(engine, str) else None
        header = header_lines(tab.editor.document(), body_line)
        key = (header, tab.path, id(tab.site), engine)
        if key != self._key:
            from postpad.core.site.check.frontmatter_parse import header_findings

            self._key, self._found = key, header_findings(header, tab.path, tab.site, engine)
        return list(self._found)


class TabProblems(QObject):
    """The problems of one tab; ``changed`` after each update that changed them."""

    changed = Signal()

    def __init__(self, tab: DocumentTabView) -> None:
        super().__init__(tab.editor)
        self.setObjectName("renderProblems")
        self._tab = tab
        self._editor: QPlainTextEdit = tab.editor
        self.findings: list[Finding] = []  # in the order of their spans in the text
        self._reported: list[Finding] = []  # as the last update gave them (line order)
        self._header = HeaderProblems()
        self._cursors: list[QTextCursor] = []  # follow the edits made since the last update
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        tab.rendered.connect(self._on_rendered)
        self._editor.viewport().installEventFilter(self)
        if getattr(tab, "last_rendered", None) is not None:
            self.refresh()

    def _on_rendered(self, _rendered: object) -> None:
        self._timer.start()  # restarted by each render: one update after the typing pauses

    def refresh(self) -> None:
        """Read the tab's latest render now."""
        self._timer.stop()
        rendered = getattr(self._tab, "last_rendered", None)
        findings: list[Finding] = []
        if rendered is not None:
            findings = self._header.findings(self._tab, rendered)  # the form's banner's (0240)
            findings = sorted(findings + findings_for(self._tab, rendered), key=lambda f: f.line)
        findings = findings[:MAX_SHOWN]
        if findings == self._reported and all(c.hasSelection() for c in self._cursors):
            return  # Finding compares line, code and message: nothing moved or changed
        self._reported = findings
        spans = self._locate(findings)
        # in the order of where they are: a tag is reported at its block's first line and
        # found on its own; two problems on one line keep their columns' order (decision 0241)
        order = sorted(range(len(spans)), key=lambda i: (spans[i].start, i))
        self.findings = [findings[i] for i in order]
        self._cursors = [
            cursor_for(self._editor, spans[i].start, max(spans[i].end, spans[i].start + 1))
            for i in order
        ]
        self._underline()
        self.changed.emit()

    def span(self, index: int) -> Span:
        """Where problem ``index`` is now (its underline moves with the text)."""
        cursor = self._cursors[index]
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        return Span(self._editor.document().findBlock(start).blockNumber() + 1, start, end)

    def _locate(self, findings: list[Finding]) -> list[Span]:
        locator = Locator(self._editor.document())
        return [locator.span(finding) for finding in findings]

    def _underline(self) -> None:
        selections: list[ExtraSelection] = []
        for finding, cursor in zip(self.findings, self._cursors, strict=True):
            selection = ExtraSelection()
            selection.cursor = cursor
            mark = QTextCharFormat()
            mark.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            mark.setUnderlineColor(ERROR_COLOR if finding.severity == "error" else WARNING_COLOR)
            selection.format = mark
            selections.append(selection)
        layers_for(self._editor).set(LAYER, selections)

    def at(self, position: int) -> list[Finding]:
        """The problems whose span holds Qt ``position`` (as of the last update)."""
        return [
            finding
            for finding, cursor in zip(self.findings, self._cursors, strict=True)
            if cursor.selectionStart() <= position <= cursor.selectionEnd()
        ]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Hovering an underline shows its problems (other tooltips are left alone)."""
        if event.type() != QEvent.Type.ToolTip or not self.findings:
            return False
        assert isinstance(event, QHelpEvent)
        found = self.at(self._editor.cursorForPosition(event.pos()).position())
        if not found:
            return False
        QToolTip.showText(event.globalPos(), "\n".join(finding_text(f) for f in found))
        return True


def problems_for(tab: DocumentTabView) -> TabProblems:
    """The tab's tracker (created on first use, owned by its editor)."""
    found = tab.editor.findChild(TabProblems, "renderProblems")
    return found if found is not None else TabProblems(tab)
