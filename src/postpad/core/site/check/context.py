"""What every check rule sees: one post, its site, its parsed header and its prose lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Literal

from markdown_it import MarkdownIt

from postpad.core.engines import SiteEngine, engine_for
from postpad.core.fields import Schema, schema_for
from postpad.core.site.header import Header, read_header
from postpad.core.site.model import Site

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Finding:
    """One problem at ``path:line:column``. ``code`` is stable; ``message`` is English for the CLI
    (the GUI builds its own translated text from ``code`` and ``data``)."""

    path: Path
    line: int
    column: int
    severity: Severity
    code: str
    message: str
    data: dict[str, str] = field(default_factory=dict, compare=False)

    def as_json(self) -> dict[str, object]:
        return {
            "path": str(self.path), "line": self.line, "column": self.column,
            "severity": self.severity, "code": self.code, "message": self.message,
            "data": self.data,
        }  # fmt: skip


_PARSER = MarkdownIt("commonmark")
_INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1")


@dataclass
class PostContext:
    """A post under check. Lines are 1-based file lines; ``text`` uses ``\\n`` line breaks."""

    path: Path
    text: str
    site: Site | None

    @property
    def engine(self) -> str:
        return self.site.engine if self.site else engine_for("").name

    @property
    def spec(self) -> SiteEngine:
        """The engine's data (``core/engines/``): the rules read it, never the name."""
        return engine_for(self.engine)

    @cached_property
    def header(self) -> Header:
        headless = engine_for(self.engine).headless_front_matter  # decision 0107
        return read_header(self.text, headless=headless, engine=self.engine)

    @cached_property
    def schema(self) -> Schema:
        return schema_for(self.engine, self.site.theme if self.site else None)

    @cached_property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    @cached_property
    def body_start(self) -> int:
        """File line where the body starts (1 when there is no front matter)."""
        return self.header.body_line if self.header.format else 1

    @cached_property
    def body(self) -> str:
        return "\n".join(self.lines[self.body_start - 1 :])

    @cached_property
    def tokens(self) -> list[object]:
        return list(_PARSER.parse(self.body))

    @cached_property
    def code_lines(self) -> frozenset[int]:
        """File lines inside fenced or indented code blocks."""
        found: set[int] = set()
        for token in self.tokens:
            kind = getattr(token, "type", "")
            block_map = getattr(token, "map", None)
            if kind in ("fence", "code_block") and block_map:
                start, end = block_map
                found.update(range(self.body_start + start, self.body_start + end))
        return frozenset(found)

    def prose_lines(self) -> list[tuple[int, str]]:
        """(file line, text) of body lines outside code blocks, inline code spans blanked."""
        out = []
        for offset, line in enumerate(self.lines[self.body_start - 1 :]):
            number = self.body_start + offset
            if number in self.code_lines:
                continue
            out.append((number, _INLINE_CODE.sub(lambda m: " " * len(m.group(0)), line)))
        return out

    def key_line(self, key: str) -> int:
        """The file line of a top-level front-matter key (1 when unknown)."""
        return self.header.key_lines.get(key, 1)

    def finding(
        self, line: int, severity: Severity, code: str, message: str, column: int = 1, **data: str
    ) -> Finding:
        return Finding(self.path, line, column, severity, code, message, data)
