"""The public result types of the render pipeline."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


class Block(NamedTuple):
    """One top-level block of the preview: a stable id, its HTML and its *file* line range.

    A named tuple: the GUI asks for every block after each keystroke, and these are cheap.
    """

    id: str
    html: str
    first_line: int
    last_line: int


@dataclass(frozen=True)
class Heading:
    """An outline entry: heading level, plain text, anchor id and 1-based file line."""

    level: int
    text: str
    id: str
    line: int


@dataclass(frozen=True)
class RenderWarning:
    """Something the blog engine will do that the author may not expect (1-based file line;
    the column, 1-based, where the render knows it)."""

    line: int
    code: str
    message: str
    column: int = 1


class OpenShortcode(NamedTuple):
    """A Hugo shortcode opener no closing tag ends (1-based file line and column; decision
    0238): an error when the site's template of that name reads ``.Inner``."""

    line: int
    column: int
    name: str
