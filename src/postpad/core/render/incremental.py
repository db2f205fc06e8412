"""Incremental rendering: re-render only the blocks an edit can reach.

An update finds the changed text (common prefix/suffix, C-speed), maps it to the previous
block records, and re-parses a *window*: from a block boundary with a blank line before it, at
least two blocks before the edit (setext underlines, tables, lazy lines and definition lists
reach back), to the end of the first untouched block after it. The window is accepted only when
its parse starts a block exactly where that untouched block starts, after a blank line, and no
rule ran out of text looking for a closing marker (``env["pp_hit_end"]``); otherwise it grows
(unclosed fences, HTML blocks and tag pairs swallow what follows) up to the end of the post.
Edits that touch reference definitions or footnotes (or reach the footnote list at the end), or
change math settings, fall back to a full render. See docs/decisions/0011.

The result is a :class:`RenderPatch`: ``insert``/``replace``/``remove`` ops with stable block
ids (matched in ``block_ops``), plus ``shifts`` (line-number moves of untouched blocks), plus the
new :class:`Rendered`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from postpad.core.render.block_ops import diff_all, file_lines, insert_ops, match_blocks
from postpad.core.render.blocks import (
    BlockRecord,
    Group,
    allocate,
    headings_of,
    render_group,
    rerender_ids,
    split_groups,
)
from postpad.core.render.context import RenderContext, header_changes_body, hugo_params_changed
from postpad.core.render.diffing import common_prefix, common_suffix, line_start, offset_of_line
from postpad.core.render.frontmatter import normalise_newlines, split_post
from postpad.core.render.options import RenderOptions
from postpad.core.render.patch import PatchOp, RenderPatch, apply_patch, blocks_html
from postpad.core.render.pipeline import DocumentState, render_body, uses_footnotes
from postpad.core.render.rules.goldmark_typographer import (
    MARKS,
    QUOTES,
    quotes_before,
    splice_marks,
)
from postpad.core.render.rules.heading_ids import HeadingIdAllocator
from postpad.core.render.rules.kramdown_toc import refresh_tocs
from postpad.core.render.rules.tag_scan import earliest_closed
from postpad.core.stats import TextStats, hexo_joins, joined

_REFERENCE_LIKE = re.compile(r"^ {0,3}\[[^\]\n]*\]:", re.MULTILINE)


class _FullRenderNeededError(Exception):
    pass


class IncrementalRenderer:
    """Keeps the last render of one post and turns each new text into a :class:`RenderPatch`."""

    def __init__(self, options: RenderOptions | None = None) -> None:
        self.options = options or RenderOptions()
        self._state: DocumentState | None = None
        self._text: str | None = None
        self.last_was_full = False
        #: blocks the last update parsed and rendered (the work an edit costs)
        self.last_rendered_blocks = 0

    def update(self, text: str) -> RenderPatch:
        text = normalise_newlines(text)
        state = self._state
        if state is None or self._text is None:
            return self._full(text)
        if text == self._text:
            return RenderPatch((), state.snapshot())
        parts = split_post(text, self.options.engine)
        if (
            parts.header != state.header
            and header_changes_body(state.ctx, parts.header, state.header)
        ) or hugo_params_changed(state.ctx, parts.header, parts.body):
            return self._full(text)
        saved = (state.header, state.body_line)
        try:
            patch = self._update_body(state, parts.header, parts.body, parts.body_line)
        except _FullRenderNeededError:
            state.header, state.body_line = saved  # the full render diffs against the old state
            return self._full(text)
        self._text = text
        self.last_was_full = False
        return patch

    def adopt(self, text: str, state: DocumentState) -> None:
        """Go on from ``state``, a render of ``text`` with these options made elsewhere (the
        first-render child's, decision 0279): the next ``update`` patches it as if this
        renderer had rendered ``text`` itself."""
        self._state, self._text = state, normalise_newlines(text)
        self.last_was_full = False
        self.last_rendered_blocks = 0

    # --- full render ------------------------------------------------------------------------
    def _full(self, text: str) -> RenderPatch:
        parts = split_post(text, self.options.engine)
        ctx = RenderContext.create(self.options, parts.header)
        new = render_body(ctx, parts.header, parts.body, parts.body_line)
        old = self._state
        self._state, self._text = new, text
        self.last_was_full = True
        self.last_rendered_blocks = len(new.records)
        if old is None:
            ops = tuple(insert_ops(new, 0, len(new.records), None))
            return RenderPatch(ops, new.snapshot(), full=True)
        return RenderPatch(tuple(diff_all(old, new)), new.snapshot(), full=True)

    # --- incremental ------------------------------------------------------------------------
    def _update_body(
        self, state: DocumentState, header: str, body: str, body_line: int
    ) -> RenderPatch:
        shifts: list[tuple[str | None, int]] = []
        self.last_rendered_blocks = 0
        if body_line != state.body_line:
            shifts.append((None, body_line - state.body_line))
            state.move_headings(0, body_line - state.body_line)
        state.header, state.body_line = header, body_line
        if body == state.body:
            return RenderPatch((), state.snapshot(), tuple(shifts))
        if not state.records:
            raise _FullRenderNeededError
        window = _Window(state, body)
        ops, tail_shift = window.apply()
        self.last_rendered_blocks = window.rendered
        for index in refresh_tocs(state.ctx, state.records):  # a heading may have changed
            record = state.records[index]
            ops.append(PatchOp("replace", record.id, record.html, *file_lines(state, index)))
        if tail_shift is not None:
            shifts.append(tail_shift)
        return RenderPatch(tuple(ops), state.snapshot(), tuple(shifts))


class _Window:
    """One incremental step over ``state`` (mutated in place when it succeeds)."""

    def __init__(self, state: DocumentState, body: str) -> None:
        self.state = state
        self.ctx = state.ctx
        old = state.body
        self.new = body
        prefix = common_prefix(old, body)
        suffix = common_suffix(old, body, min(len(old), len(body)) - prefix)
        self.prefix, self.suffix = prefix, suffix
        self.cl0 = old.count("\n", 0, prefix)
        self.cl1_old = old.count("\n", 0, len(old) - suffix)
        self.delta = body.count("\n", prefix, len(body) - suffix) - old.count(
            "\n", prefix, len(old) - suffix
        )
        self.env: dict[str, object] = {}
        self.rendered = 0
        self.quote_marks: list[tuple[int, int, int]] = []

    def apply(self) -> tuple[list[PatchOp], tuple[str | None, int] | None]:
        state = self.state
        starts = state.starts
        count = len(starts)
        first = max(0, bisect_right(starts, self.cl0) - 1)
        w = self._gap_before(max(0, first - 2))
        closed = self._earliest_closed([tag for tag in state.unclosed if tag[0] < starts[w]])
        if closed is not None:
            # the edit gives an earlier unclosed tag its end: parse from that tag on
            w = self._gap_before(max(0, bisect_right(starts, closed) - 1))
        j = bisect_right(starts, self.cl1_old)
        grow = 1
        while True:
            result = self._try(w, j)
            if result is not None:
                groups, window_start = result
                break
            j = min(count, j + grow)
            grow *= 2
        return self._splice(w, j, groups, window_start)

    def _try(self, w: int, j: int) -> tuple[list[Group], int] | None:
        state, new, delta = self.state, self.new, self.delta
        count = len(state.starts)
        w0 = 0 if w == 0 else state.starts[w]
        end_old = state.ends[j] if j < count else None
        if end_old is None and state.has_footnotes:
            raise _FullRenderNeededError  # the footnote list at the end would be re-made
        if any(w0 <= line and (end_old is None or line < end_old) for line in state.ref_lines):
            raise _FullRenderNeededError
        anchor = line_start(new, self.prefix)
        a = offset_of_line(new, anchor, self.cl0, w0)
        if end_old is None:
            b = len(new)
        else:
            tail_anchor = line_start(new, len(new) - self.suffix)
            b = offset_of_line(new, tail_anchor, self.cl1_old + delta, end_old + delta)
        source = new[a:b]
        if _REFERENCE_LIKE.search(source):
            raise _FullRenderNeededError
        # footnotes are numbered across the post and listed at its end: a window that held a
        # footnote before the edit, or holds one after it, changes that list
        old_source = state.body[a : b + len(state.body) - len(new)]
        if self.ctx.profile.footnotes and ("[^" in source or "[^" in old_source):
            raise _FullRenderNeededError
        env = self.ctx.new_env(state.references)
        env["pp_after"] = (new, b)
        if state.quote_marks:  # Goldmark's quote count goes on from the blocks before (0253)
            env[QUOTES] = list(quotes_before(state.quote_marks, w0))
        tokens = self.ctx.md.parse(source, env)
        if env.get("pp_ref_lines") or uses_footnotes(env):
            raise _FullRenderNeededError
        groups = split_groups(tokens, source.count("\n") + 1)
        self.env = env
        if end_old is None:
            self._quote_marks(w0, None)
            return groups, w0
        if env.get("pp_hit_end"):
            return None
        target = state.starts[j] + delta - w0
        for index, group in enumerate(groups):
            if group.start == target:
                if _blank_line_before(source, target) and not _continues(groups[:index]):
                    self._quote_marks(w0, state.starts[j])
                    return groups[:index], w0
                return None
            if group.start > target:
                return None
        return None

    def _quote_marks(self, w0: int, old_stop: int | None) -> None:
        """The post's quote-count marks after the window; a changed count after it needs the
        rest of the post parsed again."""
        window: list[tuple[int, int, int]] = self.env.get(MARKS) or []  # type: ignore[assignment]
        marks = splice_marks(self.state.quote_marks, window, w0, old_stop, self.delta)
        if marks is None:
            raise _FullRenderNeededError
        self.quote_marks = marks

    def _unclosed(self, w0: int, old_ends: list[int], new_ends: list[int]) -> list[tuple[int, str]]:
        state, delta = self.state, self.delta
        old_end = old_ends[-1] if old_ends else w0
        new_end = new_ends[-1] if new_ends else w0
        found: dict[int, str] = self.env.get("pp_unclosed") or {}  # type: ignore[assignment]
        return (
            [tag for tag in state.unclosed if tag[0] < w0]
            + sorted((w0 + line, name) for line, name in found.items() if w0 + line < new_end)
            + [(line + delta, name) for line, name in state.unclosed if line >= old_end]
        )

    def _gap_before(self, w: int) -> int:
        """Move back until a blank line (a gap between blocks) precedes block ``w``.

        Lines outside every block are not always blank: footnote and reference definitions
        make no block where they stand, and a later ``$$`` can turn them into a formula's body.
        """
        starts, ends = self.state.starts, self.state.ends
        while w > 0 and (ends[w - 1] >= starts[w] or not self._blank_line(starts[w] - 1)):
            w -= 1
        return w

    def _blank_line(self, line: int) -> bool:
        """Whether body ``line`` (at or before the first edited line) is blank."""
        old = self.state.body
        start = offset_of_line(old, line_start(old, self.prefix), self.cl0, line)
        end = old.find("\n", start)
        return not old[start : end if end >= 0 else len(old)].strip()

    def _earliest_closed(self, earlier: list[tuple[int, str]]) -> int | None:
        """The first of the ``earlier`` unclosed tags that the edit closes (decision 0203)."""
        if not earlier:
            return None
        new, anchor = self.new, line_start(self.new, self.prefix)
        return earliest_closed(
            self.ctx.profile.templates,
            earlier,
            (self._changed_lines(self.state.body), self._changed_lines(new)),
            new,
            lambda line: offset_of_line(new, anchor, self.cl0, line),
        )

    def _changed_lines(self, text: str) -> str:
        """The whole lines of ``text`` that hold its changed part (the rest is common text)."""
        first = line_start(text, self.prefix)
        last = text.find("\n", len(text) - self.suffix)
        return text[first : last if last >= 0 else len(text)]

    def _splice(
        self, w: int, j: int, groups: list[Group], w0: int
    ) -> tuple[list[PatchOp], tuple[str | None, int] | None]:
        state, ctx, delta = self.state, self.ctx, self.delta
        old_records = state.records[w:j]
        old_starts, old_ends = state.starts[w:j], state.ends[w:j]
        headings = [headings_of(ctx, group) for group in groups]
        old_bases = [h.base for record in old_records for h in record.headings]
        new_bases = [h.base for found in headings for h in found]
        allocator = HeadingIdAllocator(state.ctx.profile.heading_ids)
        if old_bases or new_bases:
            _replay(allocator, state.records[:w])
        new_records = [
            render_group(
                ctx, group, self.env, "", found, allocate(allocator, found, ctx.profile.heading_ids)
            )
            for group, found in zip(groups, headings, strict=True)
        ]
        new_starts = [w0 + group.start for group in groups]
        new_ends = [w0 + group.end for group in groups]
        ops, new_records, anchor = match_blocks(
            state, w, old_records, old_starts, old_ends, new_records, new_starts, new_ends, delta
        )
        stats = state.stats
        for record in old_records:
            stats = stats - record.stats
        for record in new_records:
            stats = stats + record.stats
        state.stats = _rejoined(stats, state.records, w, j, new_records)
        state.records[w:j] = new_records
        state.starts[w:j] = new_starts
        state.ends[w:j] = new_ends
        tail = w + len(new_records)
        if delta:
            state.starts[tail:] = [line + delta for line in state.starts[tail:]]
            state.ends[tail:] = [line + delta for line in state.ends[tail:]]
            state.ref_lines = [line + delta if line >= w0 else line for line in state.ref_lines]
        state.unclosed = self._unclosed(w0, old_ends, new_ends)
        state.quote_marks = self.quote_marks
        state.body = self.new
        # the outline only moves when the window's headings are the same ones, moved or not
        threshold = state.body_line + self.cl0 + 1
        moved = [
            (level, text, anchor, line + delta if line >= threshold else line)
            for level, text, anchor, line in _outline_of(state.body_line, old_records, old_starts)
        ]
        if moved == _outline_of(state.body_line, new_records, new_starts):
            state.move_headings(threshold, delta)
        else:
            state.outline_moves = None  # a heading was typed in, removed or renumbered
        self.rendered = len(new_records)
        if old_bases != new_bases:
            renumbered = _renumber_tail(state, tail, allocator, self.env)
            self.rendered += len(renumbered)
            ops.extend(renumbered)
        return ops, ((anchor, delta) if delta else None)


def _outline_of(
    body_line: int, records: Sequence[BlockRecord], starts: Sequence[int]
) -> list[tuple[int, str, str, int]]:
    return [
        (heading.level, heading.text, anchor, body_line + start + heading.line)
        for record, start in zip(records, starts, strict=True)
        for heading, anchor in zip(record.headings, record.ids, strict=False)
    ]


def _continues(groups: Sequence[Group]) -> bool:
    """Whether the last block may take in what follows the window after a blank line.

    A definition list goes on past blank lines when a term line and a ``: `` line follow, and
    the window's parse cannot see the ``: `` line after the untouched block it stops at.
    """
    return bool(groups) and groups[-1].tokens[-1].type == "dl_close"


def _blank_line_before(source: str, line: int) -> bool:
    if line == 0:
        return True
    start = offset_of_line(source, 0, 0, line)
    previous = offset_of_line(source, start, line, line - 1)
    return not source[previous : start - 1].strip()


def _replay(allocator: HeadingIdAllocator, records: Sequence[BlockRecord]) -> None:
    for record in records:
        for heading in record.headings:
            allocator.allocate(heading.base)


def _renumber_tail(
    state: DocumentState, tail: int, allocator: HeadingIdAllocator, env: dict[str, object]
) -> list[PatchOp]:
    ops = []
    style = state.ctx.profile.heading_ids
    for index in range(tail, len(state.records)):
        record = state.records[index]
        if not record.headings:
            continue
        ids = allocate(allocator, record.headings, style)
        if ids == record.ids:
            continue
        fresh = rerender_ids(state.ctx, record, ids, dict(env))
        state.records[index] = fresh
        first, last = file_lines(state, index)
        ops.append(PatchOp("replace", fresh.id, fresh.html, first, last))
    return ops


__all__ = [
    "IncrementalRenderer",
    "PatchOp",
    "RenderPatch",
    "apply_patch",
    "blocks_html",
]


def _rejoined(
    stats: TextStats, records: Sequence[BlockRecord], w: int, j: int, new: Sequence[BlockRecord]
) -> TextStats:
    """The total with hexo-wordcount's heading joins (decision 0288) at the edited blocks'
    edges counted again: ``records[w:j]`` are being replaced by ``new``."""
    before = records[max(w - 1, 0) : j + 1]
    after = [*records[max(w - 1, 0) : w], *new, *records[j : j + 1]]
    old = hexo_joins([record.stats for record in before])
    return joined(stats, hexo_joins([record.stats for record in after]) - old)
