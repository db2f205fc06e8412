"""kramdown's table of contents: a list followed by ``{:toc}`` becomes the post's headings.

Jekyll (kramdown) replaces the list with ``<ul id="markdown-toc">`` (``<ol>`` for an ordered
list): one item per heading that has an id and no ``no_toc`` class, nested by level, each a link
``<a href="#id" id="markdown-toc-id">`` holding the heading's inline content without its links
(kramdown ``generate_toc_tree``). The TOC depends on every heading of the post, so the pipeline
fills it in after the blocks are rendered and again after an edit (decision 0098).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from html import escape
from typing import TYPE_CHECKING, Any

from markdown_it.token import Token

if TYPE_CHECKING:
    from postpad.core.render.blocks import BlockRecord
    from postpad.core.render.context import RenderContext

TOC_META = "pp_toc"
_TOC_WORD = re.compile(r"(?:^\{:|\s)toc(?=[\s}])")
_LINK_TAG = re.compile(r"</?a\b[^>]*>")


def is_toc_marker(ial: str) -> bool:
    """``{:toc}`` or ``{: .x toc}``: the ``toc`` reference of an attribute list."""
    return bool(_TOC_WORD.search(ial))


def mark_toc(opening: Token) -> None:
    if opening.type in ("bullet_list_open", "ordered_list_open"):
        opening.meta = {**(opening.meta or {}), TOC_META: True}


def _is_toc(record: BlockRecord) -> bool:
    return bool(record.tokens) and bool((record.tokens[0].meta or {}).get(TOC_META))


def _entries(ctx: RenderContext, records: Sequence[BlockRecord]) -> list[tuple[int, str, str]]:
    env = ctx.new_env()
    found: list[tuple[int, str, str]] = []
    for record in records:
        if not record.headings:
            continue
        position = 0
        for index, token in enumerate(record.tokens):
            if token.type != "heading_open":
                continue
            anchor = record.ids[position] if position < len(record.ids) else ""
            position += 1
            if not anchor or "no_toc" in str(token.attrGet("class") or "").split():
                continue
            inline = record.tokens[index + 1]
            renderer: Any = ctx.md.renderer
            inner = renderer.renderInline(inline.children or [], ctx.md.options, env)
            found.append((int(token.tag[1]), anchor, _LINK_TAG.sub("", inner)))
    return found


@dataclass
class _Node:
    level: int
    anchor: str
    inner: str
    children: list[_Node] = field(default_factory=list)


def toc_html(entries: Sequence[tuple[int, str, str]], tag: str) -> str:
    """The nested list, built the way kramdown's stack does it (nothing without headings)."""
    if not entries:
        return ""
    roots: list[_Node] = []
    stack: list[_Node] = []
    for level, anchor, inner in entries:
        node = _Node(level, anchor, inner)
        while stack and stack[-1].level >= level:
            stack.pop()
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    return f'<{tag} id="markdown-toc">\n{_items(roots, tag)}</{tag}>\n'


def _items(nodes: Sequence[_Node], tag: str) -> str:
    out = []
    for node in nodes:
        href = escape(node.anchor, quote=True)
        nested = f"<{tag}>\n{_items(node.children, tag)}</{tag}>\n" if node.children else ""
        out.append(
            f'<li><a href="#{href}" id="markdown-toc-{href}">{node.inner}</a>\n{nested}</li>\n'
        )
    return "".join(out)


def refresh_tocs(ctx: RenderContext, records: list[BlockRecord]) -> list[int]:
    """Fill every TOC block of ``records`` in place; the indexes whose HTML changed."""
    if not ctx.profile.kramdown_ial:  # only kramdown's attribute lists mark a TOC
        return []
    tocs = [index for index, record in enumerate(records) if _is_toc(record)]
    if not tocs:
        return []
    entries = _entries(ctx, records)
    changed = []
    for index in tocs:
        record = records[index]
        tag = "ol" if record.tokens[0].type == "ordered_list_open" else "ul"
        html = toc_html(entries, tag)
        if html != record.html:
            records[index] = replace(record, html=html)
            changed.append(index)
    return changed
