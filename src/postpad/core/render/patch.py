"""The patch format between the render core and the preview page.

``RenderPatch.ops`` are ``insert`` (after an id) / ``replace`` / ``remove`` of whole blocks with
their file lines; ``shifts`` move the lines of untouched blocks. :func:`apply_patch` is the
reference implementation (the page's ``preview.js`` does the same in the DOM).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from postpad.core.render.model import Block
from postpad.core.render.pipeline import Rendered, block_wrapper


@dataclass(frozen=True)
class PatchOp:
    """One block change. ``after`` (inserts) is the id the block goes after (None: first)."""

    kind: str  # "insert" | "replace" | "remove"
    id: str
    html: str = ""
    first_line: int = 0
    last_line: int = 0
    after: str | None = None

    @property
    def op(self) -> str:
        return self.kind


@dataclass(frozen=True)
class RenderPatch:
    """Ops to turn the previous block list into the new one.

    Apply ``ops`` in order, then each ``shifts`` entry ``(after_id, delta)``: every block after
    ``after_id`` (every block when None) that no op in this patch carried moves ``delta`` lines.
    ``full`` is True when the whole post was rendered again.
    """

    ops: tuple[PatchOp, ...]
    rendered: Rendered
    shifts: tuple[tuple[str | None, int], ...] = ()
    full: bool = False


def apply_patch(blocks: Sequence[Block], patch: RenderPatch) -> list[Block]:
    """Apply ``patch`` to a block list (what the preview page does, in Python, for tests)."""
    order = [block.id for block in blocks]
    by_id = {block.id: block for block in blocks}
    touched: set[str] = set()
    for op in patch.ops:
        if op.kind == "remove":
            order.remove(op.id)
            del by_id[op.id]
            continue
        by_id[op.id] = Block(op.id, op.html, op.first_line, op.last_line)
        touched.add(op.id)
        if op.kind == "insert":
            position = 0 if op.after is None else order.index(op.after) + 1
            order.insert(position, op.id)
    for after, delta in patch.shifts:
        start = 0 if after is None else order.index(after) + 1
        for block_id in order[start:]:
            if block_id not in touched:
                block = by_id[block_id]
                by_id[block_id] = Block(
                    block.id, block.html, block.first_line + delta, block.last_line + delta
                )
    return [by_id[block_id] for block_id in order]


def blocks_html(blocks: Sequence[Block]) -> str:
    """The page HTML for a block list, exactly as :attr:`Rendered.html` writes it."""
    return "".join(block_wrapper(b.html, b.first_line, b.last_line) for b in blocks)
