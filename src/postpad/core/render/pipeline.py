"""``render(text, options) -> Rendered``: the whole post in, HTML plus what the GUI needs out.

The text is the whole file; front matter is split off (and not rendered) so that every block's
line numbers are *file* lines. :class:`Rendered` builds its HTML, block list, outline and warnings
lazily from the block records, so the incremental renderer can hand out a new one per keystroke
without touching every block.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from postpad.core.render.block_ids import new_block_id
from postpad.core.render.blocks import (
    BlockRecord,
    allocate,
    headings_of,
    render_group,
    split_groups,
)
from postpad.core.render.context import RenderContext
from postpad.core.render.frontmatter import split_post
from postpad.core.render.model import Block, Heading, OpenShortcode, RenderWarning
from postpad.core.render.options import RenderOptions
from postpad.core.render.rules.heading_ids import HeadingIdAllocator
from postpad.core.render.rules.kramdown_toc import refresh_tocs
from postpad.core.stats import EMPTY, TextStats, hexo_joins, joined


def block_wrapper(html: str, first: int, last: int) -> str:
    """The HTML of one block in a full page: a ``display: contents`` wrapper with its lines."""
    return f'<div class="pp-block" data-line="{first}" data-line-end="{last}">{html}</div>\n'


class Rendered:
    """A finished render. ``html``, ``blocks``, ``outline`` and ``warnings`` are built on demand."""

    def __init__(
        self,
        records: Sequence[BlockRecord],
        starts: Sequence[int],
        ends: Sequence[int],
        body_line: int,
        stats: TextStats,
        extra_warnings: Sequence[RenderWarning] = (),
        shortcodes: bool = False,
    ) -> None:
        self._records = records
        self._starts = starts
        self._ends = ends
        self.body_line = body_line
        self.stats = stats
        self._extra_warnings = tuple(extra_warnings)
        self._shortcodes = shortcodes  # Hugo's dialect: blocks may hold shortcode marks

    @cached_property
    def blocks(self) -> list[Block]:
        base = self.body_line
        return [
            Block(record.id, record.html, base + start, base + max(start, end - 1))
            for record, start, end in zip(self._records, self._starts, self._ends, strict=True)
        ]

    @cached_property
    def html(self) -> str:
        return "".join(block_wrapper(b.html, b.first_line, b.last_line) for b in self.blocks)

    @cached_property
    def outline(self) -> list[Heading]:
        out = []
        for index, record in enumerate(self._records):
            if not record.headings:
                continue
            first = self.body_line + self._starts[index]
            for heading, anchor in zip(record.headings, record.ids, strict=False):
                out.append(Heading(heading.level, heading.text, anchor, first + heading.line))
        return out

    @cached_property
    def warnings(self) -> list[RenderWarning]:
        out = list(self._extra_warnings)
        for index in self._flagged[0]:
            first = self.body_line + self._starts[index]
            out.extend(
                RenderWarning(first + line, code, msg)
                for line, code, msg in self._records[index].warnings
            )
        if self.open_shortcodes:  # Hugo's embedded pairs left open, in line order (0238)
            from postpad.core.render.rules.hugo_embedded import PAIRED, unclosed_warning

            out += [
                RenderWarning(shortcode.line, *unclosed_warning(shortcode.name), shortcode.column)
                for shortcode in self.open_shortcodes
                if shortcode.name in PAIRED
            ]
            out.sort(key=lambda warning: warning.line)
        return out

    @cached_property
    def _flagged(self) -> tuple[list[int], list[int]]:
        """The blocks with warnings and those with Hugo shortcode marks: one walk for both."""
        if not self._shortcodes:
            return [i for i, record in enumerate(self._records) if record.warnings], []
        warned: list[int] = []
        marked: list[int] = []
        for index, record in enumerate(self._records):
            if record.warnings:
                warned.append(index)
            if record.shortcodes:
                marked.append(index)
        return warned, marked

    @cached_property
    def open_shortcodes(self) -> list[OpenShortcode]:
        """Hugo's shortcode openers no closing tag ends, matched across the blocks as Hugo
        matches them (decision 0238). Only blocks holding shortcodes are read; a mark already
        met (blocks whose lines overlap) is not read twice."""
        items: list[tuple[str, bool, OpenShortcode]] = []
        last = (0, 0)
        for index in self._flagged[1]:
            first = self.body_line + self._starts[index]
            for line, column, name, closing in self._records[index].shortcodes:
                if (first + line, column) <= last:
                    continue
                last = (first + line, column)
                items.append((name, closing, OpenShortcode(first + line, column, name)))
        if not items:
            return []
        from postpad.core.render.rules.hugo_pairs import unmatched  # Hugo's only (0210)

        return unmatched(items)

    def __len__(self) -> int:
        return len(self._records)

    def reuse_outline(self, previous: Rendered, moves: Sequence[tuple[int, int]]) -> None:
        """Take ``previous``'s outline (if it was built) with its lines moved by ``moves``.

        ``moves`` are ``(from_line, delta)``: headings at or after ``from_line`` move ``delta``
        lines. The caller guarantees no heading changed otherwise, so typing in a paragraph of
        a long post does not walk every block to answer ``outline``.
        """
        outline = previous.__dict__.get("outline")
        if outline is None:
            return
        for from_line, delta in moves:
            outline = [
                h if h.line < from_line else Heading(h.level, h.text, h.id, h.line + delta)
                for h in outline
            ]
        self.__dict__["outline"] = outline


@dataclass
class DocumentState:
    """What a render leaves behind for the next incremental update."""

    ctx: RenderContext
    header: str
    body: str
    body_line: int
    records: list[BlockRecord] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    references: dict[str, Any] = field(default_factory=dict)
    ref_lines: list[int] = field(default_factory=list)
    #: (line, tag name) of block-tag openers whose end tag was not found (an edit may close one)
    unclosed: list[tuple[int, str]] = field(default_factory=list)
    has_footnotes: bool = False
    #: Goldmark typographer's unclosed-quote count changes: (line, single, double) (0253)
    quote_marks: list[tuple[int, int, int]] = field(default_factory=list)
    stats: TextStats = EMPTY
    #: line moves of the headings since the last snapshot; None when a heading itself changed
    outline_moves: list[tuple[int, int]] | None = field(default_factory=list)
    last_snapshot: Rendered | None = None

    def snapshot(self) -> Rendered:
        hugo = self.ctx.profile.templates == "shortcode"
        rendered = Rendered(
            list(self.records),
            list(self.starts),
            list(self.ends),
            self.body_line,
            self.stats,
            shortcodes=hugo,
        )
        if self.last_snapshot is not None and self.outline_moves is not None:
            rendered.reuse_outline(self.last_snapshot, self.outline_moves)
        self.outline_moves = []
        self.last_snapshot = rendered
        return rendered

    def move_headings(self, from_line: int, delta: int) -> None:
        """Record that every heading at or after file line ``from_line`` moved ``delta`` lines."""
        if self.outline_moves is not None and delta:
            self.outline_moves.append((from_line, delta))


def uses_footnotes(env: dict[str, Any]) -> bool:
    """Whether a parse met footnote references or definitions (the plugin may leave empty ones)."""
    notes = env.get("footnotes")
    return isinstance(notes, dict) and bool(notes.get("list") or notes.get("refs"))


def render_body(ctx: RenderContext, header: str, body: str, body_line: int) -> DocumentState:
    """Parse and render the whole body."""
    env = ctx.new_env()
    tokens = ctx.md.parse(body, env)
    groups = split_groups(tokens, body.count("\n") + 1)
    allocator = HeadingIdAllocator(ctx.profile.heading_ids)
    state = DocumentState(ctx, header, body, body_line)
    total = EMPTY
    for group in groups:
        headings = headings_of(ctx, group)
        ids = allocate(allocator, headings, ctx.profile.heading_ids)
        record = render_group(ctx, group, env, new_block_id(), headings, ids)
        state.records.append(record)
        state.starts.append(group.start)
        state.ends.append(group.end)
        total = total + record.stats
    state.stats = joined(total, hexo_joins([record.stats for record in state.records]))
    refresh_tocs(ctx, state.records)
    state.references = dict(env.get("references", {}))
    state.ref_lines = sorted(env.get("pp_ref_lines", []))
    state.has_footnotes = uses_footnotes(env)
    state.unclosed = sorted(env.get("pp_unclosed", {}).items())
    state.quote_marks = list(env.get("pp_quote_marks", []))
    return state


def render_state(text: str, options: RenderOptions) -> DocumentState:
    split = split_post(text, options.engine)
    ctx = RenderContext.create(options, split.header)
    return render_body(ctx, split.header, split.body, split.body_line)


def render(text: str, options: RenderOptions | None = None) -> Rendered:
    """Render the whole post ``text`` (front matter included) for ``options``."""
    return render_state(text, options or RenderOptions()).snapshot()
