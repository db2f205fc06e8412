"""The tag around a position in a post: the one whose text holds it, else the innermost paired
tag whose body holds it. For Hexo, tags in fenced code and code spans are not tags (Hexo escapes
code before it runs the tags); Hugo runs shortcodes in code too (``{{</* */>}}`` shows one)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from postpad.core.tags import hexo_syntax, hugo_syntax
from postpad.core.tags.layout import TagMatch
from postpad.core.tags.spec import TagLibrary, TagSpec

_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})", re.MULTILINE)
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)[^\n]*?(?<!`)\1(?!`)")


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    name: str
    closing: bool
    parts: tuple[str, str, str]  # opener, args, closer


def _fences(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    marker, start = "", 0
    for match in _FENCE.finditer(text):
        fence = match.group(1)
        if not marker:
            marker, start = fence, match.start()
        elif fence[0] == marker[0] and len(fence) >= len(marker):
            line_end = text.find("\n", match.end())
            spans.append((start, len(text) if line_end < 0 else line_end))
            marker = ""
    if marker:
        spans.append((start, len(text)))
    return spans


class _Code:
    """Where code is (fences, then code spans outside them), looked up by bisection."""

    def __init__(self, text: str) -> None:
        fences = _fences(text)
        self.starts = [a for a, _b in fences]
        self.spans = list(fences)
        inline = [m.span() for m in _CODE_SPAN.finditer(text)]
        self.spans += [(a, b) for a, b in inline if not self.holds(a)]
        self.spans.sort()
        self.starts = [a for a, _b in self.spans]

    def holds(self, offset: int) -> bool:
        index = bisect_right(self.starts, offset) - 1
        return index >= 0 and offset < self.spans[index][1]


def _tags(text: str, syntax: str) -> list[_Found]:
    code = _Code(text) if syntax != "shortcode" else None
    found: list[_Found] = []
    pattern = hugo_syntax.TAG if syntax == "shortcode" else hexo_syntax.TAG
    for match in pattern.finditer(text):
        if code is not None and code.holds(match.start()):
            continue
        if syntax == "shortcode":
            closing, name = bool(match.group(2)), match.group(3)
            parts = (match.group(1), match.group(4), match.group(5))
        else:
            name = match.group(2)
            ended = hexo_syntax.closing_name(name)
            closing, name = ended is not None, ended or name
            parts = (match.group(1), match.group(3), match.group(4))
        found.append(_Found(match.start(), match.end(), name, closing, parts))
    return found


def _pairs(tags: list[_Found], library: TagLibrary) -> dict[int, int]:
    """Index of each paired opening tag → index of its closing tag."""
    stacks: dict[str, list[int]] = {}
    pairs: dict[int, int] = {}
    for index, tag in enumerate(tags):
        spec = library.get(tag.name)
        if spec is None or not spec.paired:
            continue
        if not tag.closing:
            stacks.setdefault(tag.name, []).append(index)
        elif stacks.get(tag.name):
            pairs[stacks[tag.name].pop()] = index
    return pairs


def _match(found: _Found, spec: TagSpec, close: _Found | None) -> TagMatch:
    reader = hugo_syntax.read if spec.syntax == "shortcode" else hexo_syntax.read
    layout = reader(spec, *found.parts)
    span = (close.start, close.end) if close is not None else None
    return TagMatch(found.start, found.end, spec, dict(layout.values), layout, span)


def parse_tag_at(text: str, offset: int, library: TagLibrary) -> TagMatch | None:
    """The library's tag at ``offset`` (in its text or, for paired tags, in its body)."""
    tags = _tags(text, library.syntax)
    pairs = _pairs(tags, library)
    closers = {close: open_ for open_, close in pairs.items()}
    best: tuple[int, int | None] | None = None
    for index, tag in enumerate(tags):
        spec = library.get(tag.name)
        if spec is None or (tag.closing and index not in closers):
            continue
        opening = closers.get(index, index)
        close = pairs.get(opening)
        if tag.start <= offset <= tag.end:
            best = (opening, close)
            break
        if close is not None and not tag.closing and tag.end <= offset <= tags[close].start:
            best = (index, close)  # later ones lie inside: the innermost wins
    if best is None:
        return None
    opening_tag = tags[best[0]]
    spec = library.get(opening_tag.name)
    assert spec is not None
    return _match(opening_tag, spec, tags[best[1]] if best[1] is not None else None)
