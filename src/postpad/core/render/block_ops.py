"""Patch ops from block records: the blocks an update rendered, matched against the ones they
replace, keep the ids of those whose HTML and lines did not change, so the page leaves them
alone (decision 0011). Used by ``incremental`` for a window's splice and a full render's diff."""

from __future__ import annotations

from dataclasses import replace

from postpad.core.render.block_ids import new_block_id
from postpad.core.render.blocks import BlockRecord
from postpad.core.render.patch import PatchOp
from postpad.core.render.pipeline import DocumentState


def file_lines(state: DocumentState, index: int) -> tuple[int, int]:
    first = state.body_line + state.starts[index]
    return first, max(first, state.body_line + state.ends[index] - 1)


def match_blocks(
    state: DocumentState,
    w: int,
    old: list[BlockRecord],
    old_starts: list[int],
    old_ends: list[int],
    new: list[BlockRecord],
    new_starts: list[int],
    new_ends: list[int],
    delta: int,
) -> tuple[list[PatchOp], list[BlockRecord], str | None]:
    """Reuse ids of unchanged blocks at both ends; replace, remove or insert the middle."""
    limit = min(len(old), len(new))
    head = 0
    while (
        head < limit
        and old[head].html == new[head].html
        and (old_starts[head], old_ends[head]) == (new_starts[head], new_ends[head])
    ):
        head += 1
    tail = 0
    while (
        tail < limit - head
        and old[-1 - tail].html == new[-1 - tail].html
        and old_starts[-1 - tail] + delta == new_starts[-1 - tail]
        and old_ends[-1 - tail] + delta == new_ends[-1 - tail]
    ):
        tail += 1
    result: list[BlockRecord] = []
    for index, record in enumerate(new):
        # same HTML, same place: keep the id (the page needs no op) but take the fresh record,
        # whose statistics and warnings may differ (Hugo shows all raw HTML as one marker)
        if index < head:
            result.append(replace(record, id=old[index].id))
        elif index >= len(new) - tail:
            result.append(replace(record, id=old[len(old) - (len(new) - index)].id))
        else:
            result.append(record)
    ops: list[PatchOp] = []
    old_middle = old[head : len(old) - tail]
    new_middle_range = range(head, len(new) - tail)
    previous = state.records[w - 1].id if w > 0 else None
    if head:
        previous = result[head - 1].id
    for offset, index in enumerate(new_middle_range):
        first = state.body_line + new_starts[index]
        last = max(first, state.body_line + new_ends[index] - 1)
        if offset < len(old_middle):
            record = replace(result[index], id=old_middle[offset].id)
            ops.append(PatchOp("replace", record.id, record.html, first, last))
        else:
            record = replace(result[index], id=new_block_id())
            ops.append(PatchOp("insert", record.id, record.html, first, last, previous))
        result[index] = record
        previous = record.id
    for extra in old_middle[len(new_middle_range) :]:
        ops.append(PatchOp("remove", extra.id))
    return ops, result, previous


def insert_ops(state: DocumentState, start: int, stop: int, after: str | None) -> list[PatchOp]:
    ops = []
    for index in range(start, stop):
        record = state.records[index]
        first, last = file_lines(state, index)
        ops.append(PatchOp("insert", record.id, record.html, first, last, after))
        after = record.id
    return ops


def diff_all(old: DocumentState, new: DocumentState) -> list[PatchOp]:
    """Ops from a full re-render: keep ids of identical blocks at both ends."""
    limit = min(len(old.records), len(new.records))
    head = 0
    while head < limit and old.records[head].html == new.records[head].html:
        new.records[head] = replace(new.records[head], id=old.records[head].id)
        head += 1
    ops: list[PatchOp] = []
    for index in range(head, len(old.records)):
        ops.append(PatchOp("remove", old.records[index].id))
    after = new.records[head - 1].id if head else None
    ops.extend(insert_ops(new, head, len(new.records), after))
    for index in range(head):
        if file_lines(old, index) != file_lines(new, index):
            first, last = file_lines(new, index)
            record = new.records[index]
            ops.append(PatchOp("replace", record.id, record.html, first, last))
    return ops
