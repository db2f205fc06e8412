"""Patch ops from block records (core/render/block_ops): a full render's ops keep the ids of the
identical blocks at its start, and the page rebuilt from them equals the new render."""

from __future__ import annotations

from postpad.core.render import RenderOptions, apply_patch, render
from postpad.core.render.block_ops import diff_all, file_lines, insert_ops
from postpad.core.render.context import RenderContext
from postpad.core.render.frontmatter import split_post
from postpad.core.render.incremental import blocks_html
from postpad.core.render.patch import RenderPatch
from postpad.core.render.pipeline import DocumentState, render_body

OPTIONS = RenderOptions(engine="hugo")


def _state(text: str) -> DocumentState:
    parts = split_post(text, OPTIONS.engine)
    ctx = RenderContext.create(OPTIONS, parts.header)
    return render_body(ctx, parts.header, parts.body, parts.body_line)


def _page(state: DocumentState) -> list[object]:
    ops = insert_ops(state, 0, len(state.records), None)
    return apply_patch([], RenderPatch(tuple(ops), state.snapshot(), full=True))


def test_a_full_render_keeps_the_ids_of_the_unchanged_blocks_before_the_change() -> None:
    text = "one\n\ntwo\n\nsee [x]\n\n[x]: /a\n"
    edited = text.replace("/a", "/b")
    old, new = _state(text), _state(edited)
    kept = [record.id for record in old.records[:2]]
    ops = diff_all(old, new)
    assert [op.kind for op in ops] == ["remove", "insert"]
    assert ops[0].id == old.records[2].id
    assert ops[1].after == kept[1]
    assert "/b" in ops[1].html
    assert [record.id for record in new.records[:2]] == kept
    page = apply_patch(_page(old), RenderPatch(tuple(ops), new.snapshot(), full=True))
    assert blocks_html(page) == render(edited, OPTIONS).html


def test_an_unchanged_block_that_moved_is_replaced_with_its_new_lines() -> None:
    text = "[x]: /a\n\none\n\ntwo\n"
    edited = "[x]: /a\n\n\none\n\ntwo\n"  # one more blank line: same blocks, one line lower
    old, new = _state(text), _state(edited)
    ops = diff_all(old, new)
    assert [(op.kind, op.id) for op in ops] == [("replace", r.id) for r in old.records]
    assert [(op.first_line, op.last_line) for op in ops] == [
        file_lines(new, index) for index in range(len(new.records))
    ]
    assert [file_lines(new, i)[0] - file_lines(old, i)[0] for i in range(2)] == [1, 1]
