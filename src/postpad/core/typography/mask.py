"""The prose of a post with everything else blanked out, offsets unchanged.

Rules look at ``masked`` text: each ignored character (front matter, code, URLs, HTML, entities,
link destinations, engine tags, math) becomes ``MASK``, line breaks stay. A masked character is
neither Han, Latin nor punctuation, so no rule matches across or inside it.
"""

from __future__ import annotations

import re

from postpad.core.typography.blocks import IGNORED_KINDS, LineMap, classify_lines
from postpad.core.typography.chars import MASK

_INLINE_PATTERNS = [
    re.compile(r"&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);"),  # entities (&ensp;)
    re.compile(r"\{%.*?%\}|\{\{[<%].*?[>%]\}\}"),  # Hexo tags, Hugo shortcodes
    re.compile(r"(?<=\])\([^)\n]*\)|(?<=\])\[[^\]\n]*\]"),  # link destinations and refs
    re.compile(r"^\s*\[[^\]\n]+\]:.*$"),  # reference definitions
    re.compile(r"<[A-Za-z/!][^>\n]*>"),  # HTML tags, comments and autolinks
    re.compile(
        r"(?:https?|ftp|file|mailto):[^\s<>()\"'`\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+"
        r"|www\.[^\s<>()\"'`\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+"
    ),  # bare URLs stop at CJK text and punctuation
    re.compile(r"(?<![\\$])\$(?!\s)[^$\n]+?(?<![\s\\])\$(?!\d)"),  # inline math
]
_BACKTICKS = re.compile(r"`+")


def _code_spans(line: str) -> list[tuple[int, int]]:
    """Spans of inline code: a run of N backticks up to the next run of exactly N."""
    spans: list[tuple[int, int]] = []
    runs = list(_BACKTICKS.finditer(line))
    index = 0
    while index < len(runs):
        opener = runs[index]
        width = len(opener.group())
        closer = next(
            (j for j in range(index + 1, len(runs)) if len(runs[j].group()) == width), None
        )
        if closer is None:
            index += 1
            continue
        spans.append((opener.start(), runs[closer].end()))
        index = closer + 1
    return spans


def _mask_line(line: str) -> str:
    chars = list(line)
    spans = _code_spans(line)
    for start, end in spans:
        chars[start:end] = MASK * (end - start)
    partly = "".join(chars)
    for pattern in _INLINE_PATTERNS:
        for match in pattern.finditer(partly):
            chars[match.start() : match.end()] = MASK * (match.end() - match.start())
    return "".join(chars)


def mask_text(text: str, line_map: LineMap | None = None) -> str:
    """Return ``text`` with all non-prose characters replaced by ``MASK`` (same length)."""
    line_map = line_map or classify_lines(text)
    masked_lines = [
        MASK * len(line) if kind in IGNORED_KINDS else _mask_line(line)
        for line, kind in zip(line_map.lines, line_map.kinds, strict=True)
    ]
    return "\n".join(masked_lines)
