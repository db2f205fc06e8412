"""Where in the editor a problem sits: the render gives a line (a block's first line; a path's
own line, decision 0245); the subject (the image path, the tag) is looked for in that line and
the ones after it, within a budget, never in the whole document (decision 0198)."""

from __future__ import annotations

import re
from typing import NamedTuple

from PySide6.QtGui import QTextBlock, QTextDocument

from postpad.core.site.check.context import Finding
from postpad.core.text.urls import written_forms
from postpad.gui.editor.textspans import Utf16Index
from postpad.gui.render_warnings.messages import subject

MAX_LINES = 200
"""How far below the reported line the subject is looked for (a long paragraph, list or tag
block; ``postpad check``'s links rule looks as far); beyond it the problem stays on its reported
line."""
BUDGET_LINES = 3_000
"""Lines read per update at most, whatever the number of problems: ~30 ms on this (shared)
machine when none of 500 problems is found in a 1 MB post; a found one stops early."""


class Span(NamedTuple):
    """A problem's place: 1-based line and Qt document positions ``start``..``end``."""

    line: int
    start: int
    end: int


def needle(finding: Finding) -> re.Pattern[str] | None:
    """What marks the problem in the source; None: the reported line as a whole."""
    name = re.escape(subject(finding))
    code = finding.code
    if not name and code in (
        "unknown-tag",
        "unknown-shortcode",
        "unclosed-tag",
        "unmatched-end-tag",
    ):
        return None
    patterns = {
        "unknown-tag": rf"\{{%-?\s*{name}(?![\w-])",
        "unclosed-tag": rf"\{{%-?\s*{name}(?![\w-])",
        "unmatched-end-tag": rf"\{{%-?\s*{name}(?![\w-])",
        "removed-shortcode": rf"\{{\{{[<%]\s*{name}(?![\w-])",
        "unknown-shortcode": rf"\{{\{{[<%]\s*{name}(?![\w-])",
        "unclosed-shortcode": rf"\{{\{{[<%]\s*{name}(?![\w-])",
        "hexo-nunjucks-variable": r"\{\{.*?(?:\}\}|$)",
        "hexo-nunjucks-comment": r"\{#.*?(?:#\}|$)",
        "liquid-in-code": r"\{\{.*?(?:\}\}|$)|\{%.*?(?:%\}|$)",
    }
    if code in WRITTEN_PATHS and name:
        return re.compile(written_forms(subject(finding)))
    pattern = patterns.get(code) or (name if name and code != "math-error" else None)
    return re.compile(pattern) if pattern else None


WRITTEN_PATHS = frozenset({"broken-link", "missing-file", "hexo-relative-image"})
"""Problems named by a path, which the post may write percent-encoded or not (decision 0241;
``written_forms`` is shared with check and the render, decision 0245)."""


def _whole_line(document: QTextDocument, line: int, column: int = 1) -> Span:
    """The line from ``column`` (1-based; a parser's column, decision 0240) or its text's start
    to its end."""
    block = document.findBlockByNumber(max(0, line - 1))
    if not block.isValid():
        block = document.lastBlock()
    text = block.text()
    indent = len(text) - len(text.lstrip())
    if 1 < column <= len(text):
        indent = column - 1
    start = block.position() + Utf16Index(text).to_qt(indent)
    return Span(block.blockNumber() + 1, start, block.position() + block.length() - 1)


class Locator:
    """Spans for one update's problems: two problems of one kind never share a start (two
    ``{{ }}`` on one line are two spans), and the lines read are bounded (``BUDGET_LINES``)."""

    def __init__(self, document: QTextDocument) -> None:
        self._document = document
        self._taken: dict[str, set[int]] = {}
        self.budget = BUDGET_LINES

    def span(self, finding: Finding) -> Span:
        pattern = needle(finding)
        taken = self._taken.setdefault(finding.code, set())
        block = self._document.findBlockByNumber(max(0, finding.line - 1))
        column = finding.column - 1  # where the render saw it on its line (0238), else 0
        for _ in range(min(MAX_LINES, self.budget) if pattern is not None else 0):
            if not block.isValid():
                break
            self.budget -= 1
            found = _match(block, pattern, taken, column) if pattern is not None else None
            if found is not None:
                return found
            block, column = block.next(), 0
        return _whole_line(self._document, finding.line, finding.column if pattern is None else 1)


def _match(
    block: QTextBlock, pattern: re.Pattern[str], taken: set[int], column: int = 0
) -> Span | None:
    text = block.text()
    if column >= len(text) or pattern.search(text, column) is None:
        column = 0  # the text moved since the render: the whole line
    if pattern.search(text, column) is None:
        return None
    index = Utf16Index(text)
    for match in pattern.finditer(text, column):
        start = block.position() + index.to_qt(match.start())
        if start not in taken:
            taken.add(start)
            end = block.position() + index.to_qt(max(match.end(), match.start() + 1))
            return Span(block.blockNumber() + 1, start, end)
    return None
