"""A stand-in renderer used only until ``postpad.core.render`` exists (plain CommonMark).

It has the core's shapes (``Rendered.blocks`` with id/html/first_line/last_line and a patch with
``ops``) so the preview can be built and tested before the real pipeline lands.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt


@dataclass
class Block:
    id: str
    html: str
    first_line: int
    last_line: int


@dataclass
class Rendered:
    html: str
    blocks: list[Block]
    outline: list[Any] = field(default_factory=list)
    warnings: list[Any] = field(default_factory=list)
    stats: Any = None


@dataclass
class Op:
    kind: str
    id: str


@dataclass
class Patch:
    ops: list[Op]
    rendered: Rendered


def _body_start(lines: list[str]) -> int:
    if lines and lines[0].rstrip() in ("---", "+++"):
        for index, line in enumerate(lines[1:], start=1):
            if line.rstrip() == lines[0].rstrip():
                return index + 1
    return 0


class FallbackIncremental:
    def __init__(self) -> None:
        self._md = MarkdownIt("commonmark", {"html": False})
        self._previous: list[Block] = []
        self._ids = itertools.count(1)

    def _blocks(self, text: str) -> list[tuple[str, int, int]]:
        lines = text.split("\n")
        offset = _body_start(lines)
        tokens = self._md.parse("\n".join(lines[offset:]))
        result: list[tuple[str, int, int]] = []
        start = 0
        while start < len(tokens):
            depth, end = 0, start
            while True:
                depth += tokens[end].nesting
                end += 1
                if depth == 0:
                    break
            line_map = tokens[start].map or [0, 1]
            html = self._md.renderer.render(tokens[start:end], self._md.options, {})
            result.append((html, line_map[0] + offset + 1, line_map[1] + offset))
            start = end
        return result

    def update(self, text: str) -> Patch:
        fresh = self._blocks(text)
        old_by_html: dict[str, list[Block]] = {}
        for block in self._previous:
            old_by_html.setdefault(block.html, []).append(block)
        blocks: list[Block] = []
        ops: list[Op] = []
        for html, first, last in fresh:
            reuse = old_by_html.get(html)
            if reuse:
                block = reuse.pop(0)
                blocks.append(Block(block.id, html, first, last))
            else:
                block = Block(f"f{next(self._ids)}", html, first, last)
                blocks.append(block)
                ops.append(Op("insert", block.id))
        kept = {block.id for block in blocks}
        ops = [Op("remove", b.id) for b in self._previous if b.id not in kept] + ops
        self._previous = blocks
        return Patch(ops, Rendered("".join(b.html for b in blocks), blocks))


def fallback_shell(theme: str, script: str) -> str:
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        "<style>body{font-family:sans-serif;max-width:46em;margin:1.5em auto;padding:0 1em}"
        "html.dark body{background:#1b1d21;color:#d4d7dc}img{max-width:100%}</style></head>"
        f"<body><main data-postpad-root></main><script>{script}</script></body></html>"
    )
