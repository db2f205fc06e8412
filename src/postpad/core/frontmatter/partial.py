"""What can still be read truthfully from a header that does not parse (decision 0201).

The engine reads none of a broken header. The form shows the top-level entries written above
the one that breaks it, read from that part of the text alone, and nothing from the error on:
a key the user is in the middle of typing, or the part after it, is never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from postpad.core.errors import FrontMatterError
from postpad.core.frontmatter.split import FrontMatterSplit
from postpad.core.frontmatter.toml_codec import load_toml
from postpad.core.frontmatter.yaml_codec import load_yaml

#: Cut points tried, nearest the error first; each is one parse of a prefix (headers are short).
MAX_TRIES = 40

_YAML_NOT_AN_ENTRY = re.compile(r"[ \t#\r\n]|-(?:[ \t\r\n]|$)|\.\.\.|---|%")
_TOML_TABLE = re.compile(r"\[")


@dataclass(frozen=True)
class ReadablePart:
    """The fields of the header's lines before ``first_unread_line`` (a 1-based file line)."""

    fields: dict[str, object] = field(default_factory=dict)
    first_unread_line: int | None = None


def readable_part(split: FrontMatterSplit, error: FrontMatterError) -> ReadablePart:
    """The entries above the broken one, each as written; empty when none can be told apart
    (JSON headers, an error without a line, or one in the first entry)."""
    if split.format not in ("yaml", "toml") or error.line is None:
        return ReadablePart(first_unread_line=split.inner_line)
    lines = split.inner.splitlines(keepends=True)
    error_index = min(max(error.line - split.inner_line, 0), len(lines))
    cuts = _cut_points(lines[: error_index + 1], split.format)
    for cut in reversed(cuts[-MAX_TRIES:]):
        fields = _load("".join(lines[:cut]), split)
        if fields is not None:
            return ReadablePart(fields, split.inner_line + cut)
    return ReadablePart(first_unread_line=split.inner_line)


def _cut_points(lines: list[str], header_format: str) -> list[int]:
    """Line indexes where a top-level entry starts (0 always: nothing is readable)."""
    cuts = [0]
    in_table = False
    for index, line in enumerate(lines):
        if header_format == "yaml":
            starts = bool(line) and _YAML_NOT_AN_ENTRY.match(line) is None
        else:  # TOML: a table header, or a top-level key before the first table
            table = _TOML_TABLE.match(line) is not None
            starts = table or (not in_table and bool(line) and line[0] not in " \t#\r\n")
            in_table = in_table or table
        if starts and index > 0:
            cuts.append(index)
    return cuts


def _load(text: str, split: FrontMatterSplit) -> dict[str, object] | None:
    offset = split.inner_line - 1
    try:
        if split.format == "toml":
            return load_toml(text, line_offset=offset)
        return load_yaml(text, line_offset=offset)
    except FrontMatterError:
        return None
