"""Paragraph indentation the way Chinese bloggers write it, and its exact inverse.

Hexo renders each source line of a paragraph as its own line (``breaks``), so by default every
line of a top-level paragraph is a paragraph to indent. Headings, lists, quotes, code, HTML,
tables, engine tags (and what is inside them), math and image-only lines are never touched.
``indent`` skips lines that already start with any indentation; ``unindent`` removes exactly one
known form from eligible lines, so ``unindent(indent(t)) == t`` for any ``t`` whose paragraphs
were not indented, and ``indent(unindent(t)) == t`` when every paragraph used the same form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from postpad.core.typography.blocks import LineKind, LineMap, classify_lines

INDENT_FORMS: dict[str, str] = {
    "ensp": "&ensp;" * 4,
    "emsp": "&emsp;" * 2,
    "ideographic": "\u3000" * 2,
}
"""Named indentation forms: four en spaces, two em spaces, two full-width (ideographic) spaces."""

DEFAULT_FORM = "ensp"

_ALREADY_INDENTED = re.compile(
    r"^ {0,3}(?:&(?:ensp|emsp|nbsp|thinsp|#8194|#8195|#12288|#x2002|#x2003|#x3000);"
    r"|[\u3000\u2002\u2003\u00a0])"
)
_IMAGE_ONLY = re.compile(r"^\s*(?:!\[[^\]]*\]\([^)]*\)\s*)+$")
_LEADING_SPACES = re.compile(r"^ {0,3}")


@dataclass(frozen=True)
class TextEdit:
    """Replace ``text[start:end]`` with ``replacement`` (offsets in characters)."""

    start: int
    end: int
    replacement: str


def form_text(form: str) -> str:
    """The indentation text of a form name (``"ensp"``, ``"emsp"``, ``"ideographic"``)."""
    try:
        return INDENT_FORMS[form]
    except KeyError:
        raise ValueError(f"unknown indentation form: {form!r}") from None


def indent_form_of(line: str) -> str | None:
    """The name of the known form ``line`` starts with (after up to three spaces), if any."""
    rest = _LEADING_SPACES.sub("", line, count=1)
    for name, text in INDENT_FORMS.items():
        if rest.startswith(text):
            return name
    return None


def eligible_lines(
    line_map: LineMap,
    first_line: int | None = None,
    last_line: int | None = None,
    *,
    each_line: bool = True,
) -> list[int]:
    """0-based indexes of paragraph lines between 1-based ``first_line``..``last_line``."""
    first = 0 if first_line is None else max(first_line - 1, 0)
    final = len(line_map.lines) - 1
    last = final if last_line is None else min(last_line - 1, final)
    chosen: list[int] = []
    for index in range(first, last + 1):
        if line_map.kinds[index] is not LineKind.PARAGRAPH:
            continue
        if not each_line and index > 0 and line_map.kinds[index - 1] is LineKind.PARAGRAPH:
            continue
        line = line_map.lines[index]
        if not line.strip() or _IMAGE_ONLY.match(line):
            continue
        chosen.append(index)
    return chosen


def indent_edits(
    text: str,
    form: str = DEFAULT_FORM,
    first_line: int | None = None,
    last_line: int | None = None,
    *,
    each_line: bool = True,
) -> list[TextEdit]:
    """Insertions that indent every eligible, not yet indented paragraph line."""
    prefix = form_text(form)
    line_map = classify_lines(text)
    edits: list[TextEdit] = []
    for index in eligible_lines(line_map, first_line, last_line, each_line=each_line):
        line = line_map.lines[index]
        if _ALREADY_INDENTED.match(line):
            continue
        at = line_map.starts[index] + len(line) - len(_LEADING_SPACES.sub("", line, count=1))
        edits.append(TextEdit(at, at, prefix))
    return edits


def unindent_edits(
    text: str,
    form: str | None = None,
    first_line: int | None = None,
    last_line: int | None = None,
    *,
    each_line: bool = True,
) -> list[TextEdit]:
    """Deletions of one indentation form (``form``, or any known one) from eligible lines."""
    line_map = classify_lines(text)
    edits: list[TextEdit] = []
    for index in eligible_lines(line_map, first_line, last_line, each_line=each_line):
        line = line_map.lines[index]
        found = indent_form_of(line)
        if found is None or (form is not None and found != form):
            continue
        at = line_map.starts[index] + len(line) - len(_LEADING_SPACES.sub("", line, count=1))
        edits.append(TextEdit(at, at + len(INDENT_FORMS[found]), ""))
    return edits


def apply_edits(text: str, edits: list[TextEdit]) -> str:
    """Apply non-overlapping ``edits`` (any order) to ``text`` in one pass."""
    parts: list[str] = []
    position = 0
    for edit in sorted(edits, key=lambda e: e.start):
        parts.append(text[position : edit.start])
        parts.append(edit.replacement)
        position = edit.end
    parts.append(text[position:])
    return "".join(parts)


def indent_paragraphs(
    text: str,
    form: str = DEFAULT_FORM,
    first_line: int | None = None,
    last_line: int | None = None,
    *,
    each_line: bool = True,
) -> str:
    """``text`` with its paragraphs (or those in the line range) indented by ``form``."""
    return apply_edits(text, indent_edits(text, form, first_line, last_line, each_line=each_line))


def unindent_paragraphs(
    text: str,
    form: str | None = None,
    first_line: int | None = None,
    last_line: int | None = None,
    *,
    each_line: bool = True,
) -> str:
    """The exact inverse of :func:`indent_paragraphs` (see the module notes)."""
    edits = unindent_edits(text, form, first_line, last_line, each_line=each_line)
    return apply_edits(text, edits)
