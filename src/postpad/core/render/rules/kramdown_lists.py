"""kramdown decides ``<p>`` in list items item by item, not list by list (decision 0149).

CommonMark makes a whole list loose when any blank line separates its items, and then every
item's text is a ``<p>``. kramdown (``parser/kramdown/list.rb``) leaves an item's first
paragraph bare ("transparent") unless a blank line follows it inside the item; the last item
keeps the bare form after its trailing blank line only when it has nothing more, and only when
an earlier item is bare too (or the list has one item).
"""

from __future__ import annotations

import re

from markdown_it.rules_core import StateCore
from markdown_it.token import Token

_QUOTE_PREFIX = re.compile(r"^[ \t>]*")


def _blank_after(lines: list[str], paragraph: Token) -> bool:
    """Whether the source line right after ``paragraph`` is blank (inside any blockquote)."""
    if paragraph.map is None:
        return False
    after = paragraph.map[1]
    return after < len(lines) and not _QUOTE_PREFIX.sub("", lines[after]).strip()


def _item_children(tokens: list[Token], open_index: int) -> list[int]:
    """Indices of the block tokens that open each direct child of the item at ``open_index``."""
    level = tokens[open_index].level + 1
    children = []
    index = open_index + 1
    while tokens[index].type != "list_item_close" or tokens[index].level != level - 1:
        token = tokens[index]
        if token.level == level and token.nesting >= 0:
            children.append(index)
        index += 1
    return children


def _list_items(tokens: list[Token], list_index: int) -> list[int]:
    level = tokens[list_index].level + 1
    items = []
    index = list_index + 1
    while tokens[index].nesting != -1 or tokens[index].level != level - 1:
        if tokens[index].type == "list_item_open" and tokens[index].level == level:
            items.append(index)
        index += 1
    return items


def _apply_to_list(tokens: list[Token], list_index: int, lines: list[str]) -> None:
    items = _list_items(tokens, list_index)
    bare_before = False
    for position, item in enumerate(items):
        children = _item_children(tokens, item)
        for child in children:
            if tokens[child].type == "paragraph_open":
                tokens[child].hidden = tokens[child + 2].hidden = False
        if not children or tokens[children[0]].type != "paragraph_open":
            bare_before = True
            continue
        first = tokens[children[0]]
        last = position == len(items) - 1
        eligible = not _blank_after(lines, first) or (last and len(children) == 1)
        if last and len(items) > 1 and not bare_before:
            eligible = False
        if eligible:
            first.hidden = tokens[children[0] + 2].hidden = True
            bare_before = True


def kramdown_lists(state: StateCore) -> None:
    """Set each list item's first paragraph bare or not as kramdown does."""
    lines = state.src.split("\n")
    for index, token in enumerate(state.tokens):
        if token.type in ("bullet_list_open", "ordered_list_open"):
            _apply_to_list(state.tokens, index, lines)
