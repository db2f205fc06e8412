"""Where in the editor a problem sits: the render gives a block's line (an image inside a
paragraph is reported at the paragraph's first line); the subject (the image path, the tag) is
looked for in that line and the few after it, never in the whole document (decision 0198)."""

from __future__ import annotations

import re
from typing import NamedTuple

from PySide6.QtGui import QTextDocument

from postpad.core.site.check.context import Finding
from postpad.gui.editor.textspans import Utf16Index
from postpad.gui.render_warnings.messages import subject

MAX_LINES = 60
"""How far below the reported line the subject is looked for (a long paragraph or code block);
beyond it the problem is shown on its reported line."""


class Span(NamedTuple):
    """A problem's place: 1-based line and Qt document positions ``start``..``end``."""

    line: int
    start: int
    end: int


def needle(finding: Finding) -> re.Pattern[str] | None:
    """What marks the problem in the source; None: the reported line as a whole."""
    name = re.escape(subject(finding))
    code = finding.code
    if not name and code in ("unknown-tag", "unclosed-tag", "unmatched-end-tag"):
        return None
    patterns = {
        "unknown-tag": rf"\{{%-?\s*{name}(?![\w-])",
        "unclosed-tag": rf"\{{%-?\s*{name}(?![\w-])",
        "unmatched-end-tag": rf"\{{%-?\s*{name}(?![\w-])",
        "removed-shortcode": rf"\{{\{{[<%]\s*{name}(?![\w-])",
        "hexo-nunjucks-variable": r"\{\{.*?(?:\}\}|$)",
        "hexo-nunjucks-comment": r"\{#.*?(?:#\}|$)",
        "liquid-in-code": r"\{\{.*?(?:\}\}|$)|\{%.*?(?:%\}|$)",
    }
    pattern = patterns.get(code) or (name if name and code != "math-error" else None)
    return re.compile(pattern) if pattern else None


def _whole_line(document: QTextDocument, line: int) -> Span:
    block = document.findBlockByNumber(max(0, line - 1))
    if not block.isValid():
        block = document.lastBlock()
    text = block.text()
    indent = len(text) - len(text.lstrip())
    start = block.position() + Utf16Index(text).to_qt(indent)
    return Span(block.blockNumber() + 1, start, block.position() + block.length() - 1)


def locate(document: QTextDocument, finding: Finding, taken: set[int]) -> Span:
    """The span of ``finding``; ``taken``: starts already given to problems of the same kind
    (two ``{{ }}`` on one line are two spans), updated here."""
    pattern = needle(finding)
    block = document.findBlockByNumber(max(0, finding.line - 1))
    for _ in range(MAX_LINES if pattern is not None else 0):
        if not block.isValid():
            break
        text = block.text()
        index = Utf16Index(text)
        for match in pattern.finditer(text) if pattern is not None else ():
            start = block.position() + index.to_qt(match.start())
            if start not in taken:
                taken.add(start)
                end = block.position() + index.to_qt(max(match.end(), match.start() + 1))
                return Span(block.blockNumber() + 1, start, end)
        block = block.next()
    return _whole_line(document, finding.line)
