"""A changed YAML list, written over its old text: only the changed items' text changes.

The old and new items are matched as a diff matches lines (``list_diff``). In a block list,
matched items keep their lines as written, a changed item takes the old one's place and keeps
what follows its value on the line, a removed item's line goes, an added item goes right after
the item before it; every other line of the list (comments, blanks) stays where it is
(decisions 0264, 0267); an item of several lines (a ``|`` block, a nested mapping) is kept
or replaced whole (decision 0287). A one-line flow list (``[ a, b ]``) keeps its blanks and
separators (decision 0268).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from postpad.core.errors import FrontMatterError
from postpad.core.frontmatter.list_diff import OneLine, classes, opcodes
from postpad.core.frontmatter.yaml_codec import compose_yaml

#: what follows a one-line value, kept as written: a comment, or blanks alone (decision 0264)
COMMENT_AFTER = re.compile(r"^([ \t]+(?:#.*)?)$")
_LEADING_TABS = re.compile(r"^\t+")
#: a changed item's lines (old lines, old value, new value), None to write it anew
ItemEdit = Callable[[list[str], object, object], list[str] | None]


@dataclass(frozen=True)
class OldList:
    """The old list's lines (key line first) and, per item, its first line, the line just past
    its last, and what follows a one-line item's value."""

    lines: list[str]
    item_lines: list[int]
    item_ends: list[int]
    suffixes: list[str]

    def item(self, number: int) -> list[str]:
        """The item's lines as written."""
        return self.lines[self.item_lines[number] : self.item_ends[number]]

    def inside(self) -> set[int]:
        """The lines that belong to an item."""
        spans = zip(self.item_lines, self.item_ends, strict=True)
        return {line for first, end in spans for line in range(first, end)}


def keep_list_lines(
    new: list[str],
    old: list[str],
    node: Node | None,
    start: int,
    previous: object,
    value: object,
    edit_item: ItemEdit | None = None,
) -> list[str]:
    """``new`` (the list written anew) laid over ``old`` (the key's lines, the first at
    ``start`` in the block; ``node`` its old value) as the module docstring says; a changed
    item is ``edit_item``'s lines when it gives them (a mapping changed key by key)."""
    if not (isinstance(previous, list) and isinstance(value, list) and previous):
        return new
    if isinstance(node, SequenceNode) and node.flow_style:
        return _flow_list(new, old, node, start, previous, value)
    found = _old_list(old, node, start)
    if found is None or len(found.item_lines) != len(previous):
        return new
    key_line = _key_line(new[0], old[0])
    inside = found.inside()
    others = [line for n, line in enumerate(old) if n and n not in inside]
    if not value and len(new) == 1:
        return [new[0], *others]  # `tags: []`: the comment and blank lines stay below it
    if len(new) != len(value) + 1 or not all(_is_item(line) for line in new[1:]):
        return new
    indent = _indent(old[found.item_lines[0]])
    fresh = [indent + line.lstrip(" ") for line in new[1:]]
    placed, after = _place(previous, value, found, fresh, edit_item)
    result = [key_line, *after.get(-1, [])]
    item_at = {line: number for number, line in enumerate(found.item_lines)}
    for index, line in enumerate(old[1:], 1):
        if index in item_at:
            number = item_at[index]
            result.extend(placed[number])
            result.extend(after.get(number, []))
        elif index not in inside:
            result.append(line)
    return result


def _place(
    previous: list[object],
    value: list[object],
    found: OldList,
    fresh: list[str],
    edit_item: ItemEdit | None,
) -> tuple[list[list[str]], dict[int, list[str]]]:
    """Per old item the lines in its place, and the added lines after old item N (-1: first)."""
    old_ids, new_ids = classes(previous, value)
    placed: list[list[str]] = [[] for _ in previous]
    after: dict[int, list[str]] = {}
    for tag, i1, i2, j1, j2 in opcodes(old_ids, new_ids):
        if tag == "equal":
            for offset in range(i2 - i1):
                placed[i1 + offset] = found.item(i1 + offset)
            continue
        pairs = min(i2 - i1, j2 - j1)
        for offset in range(pairs):
            old_item, new_item = previous[i1 + offset], value[j1 + offset]
            edited = edit_item(found.item(i1 + offset), old_item, new_item) if edit_item else None
            placed[i1 + offset] = edited or [fresh[j1 + offset] + found.suffixes[i1 + offset]]
        if j2 - j1 > pairs:
            after.setdefault(i1 + pairs - 1, []).extend(fresh[j1 + pairs : j2])
    return placed, after


def _old_list(old: list[str], node: Node | None, start: int) -> OldList | None:
    """Where each old item is (its first and last line), when every other line of the list is a
    comment or blank; None otherwise (an alias, an item not after a ``- `` of its own)."""
    if not isinstance(node, SequenceNode) or node.flow_style:
        return None
    item_lines: list[int] = []
    item_ends: list[int] = []
    suffixes: list[str] = []
    for number, item in enumerate(node.value):
        line = _dash_line(old, item.start_mark.line - start, item_ends)
        if line is None:
            return None
        following = node.value[number + 1] if number + 1 < len(node.value) else None
        item_lines.append(line)
        item_ends.append(_item_end(old, item, following, start, line))
        one_line = item_ends[-1] == line + 1 and isinstance(item, ScalarNode)
        suffixes.append(_suffix(old[line], item) if one_line else "")
    found = OldList(old, item_lines, item_ends, suffixes)
    inside = found.inside()
    for index, text in enumerate(old[1:], 1):
        if index not in inside and text.strip() and not text.lstrip(" \t").startswith("#"):
            return None
    return found


def _dash_line(old: list[str], line: int, ends: list[int]) -> int | None:
    """The line of the item's ``- ``: its own, or a ``-`` alone on the line before (Icarus'
    ``donates:``); None when it is no item of its own (an alias points before it)."""
    first = ends[-1] if ends else 1
    if not first <= line < len(old):
        return None
    if _is_item(old[line]):
        return line
    if line - 1 >= first and old[line - 1].strip(" \t") == "-":
        return line - 1
    return None


def _item_end(old: list[str], item: Node, following: Node | None, start: int, line: int) -> int:
    """Just past the item's last line: its end (a block item ends where the next token starts),
    before the next item. Trailing blank lines (unless a ``|+`` block's text) and, after a
    mapping or list, comments are the list's own lines: they stay where they are."""
    mark = item.end_mark
    end = min(mark.line - start + (1 if mark.column else 0), len(old))
    if following is not None:
        end = min(end, following.start_mark.line - start)
        if old[end - 1].strip(" \t") == "-":
            end -= 1  # the next item's lone dash
    text = isinstance(item, ScalarNode)
    if text and str(item.value).endswith("\n\n"):
        return end  # the blank lines are the block's own (``|+``)
    while end > line + 1:
        last = old[end - 1].lstrip(" \t")
        if last and (text or not last.startswith("#")):
            break
        end -= 1
    return end


def _flow_list(
    new: list[str],
    old: list[str],
    node: SequenceNode,
    start: int,
    previous: list[object],
    value: list[object],
) -> list[str]:
    """A one-line flow list over its old line: its blanks, separators and kept items as written,
    the new items as ``new`` (the emitter's line, in the list's quote style) writes them."""
    if len(old) != 1 or len(new) != 1 or not value:
        return new
    old_texts = _flow_texts(old[0], node, start)
    new_node = _only_list(new[0])
    new_texts = _flow_texts(new[0], new_node, 0) if new_node is not None else None
    if old_texts is None or new_texts is None or len(new_texts) != len(value):
        return new
    begin, end = node.start_mark.column, node.end_mark.column
    layout = OneLine.parse(old[0][begin:end], old_texts)
    if layout is None:
        return new
    return [old[0][:begin] + layout.changed(previous, value, new_texts) + old[0][end:]]


def _flow_texts(line: str, node: Node | None, start: int) -> list[str] | None:
    """Each item of a one-line flow list of scalars as written on ``line``."""
    if not isinstance(node, SequenceNode) or _LEADING_TABS.match(line):
        return None
    if not node.start_mark.line == node.end_mark.line == start:
        return None
    items = node.value
    if not all(isinstance(item, ScalarNode) for item in items):
        return None
    return [line[item.start_mark.column : item.end_mark.column] for item in items]


def _only_list(line: str) -> Node | None:
    """The list of a ``key: [...]`` line the emitter wrote."""
    try:
        root = compose_yaml(line.lstrip(" "))
    except FrontMatterError:
        return None
    if not isinstance(root, MappingNode) or len(root.value) != 1:
        return None
    value: Node = root.value[0][1]
    return value


def _suffix(line: str, item: Node) -> str:
    """What follows the item's value on its line (blanks, a comment), as written."""
    escaped = _LEADING_TABS.sub(lambda tabs: "  " * len(tabs.group()), line)  # hexo_escape
    match = COMMENT_AFTER.match(escaped[item.end_mark.column :])
    return match.group(1) if match else ""


def _key_line(new: str, old: str) -> str:
    """The old ``key:`` line (with blanks or a comment after it) when it says the same."""
    rest = old[len(new) :]
    return old if old.startswith(new) and COMMENT_AFTER.match(rest) else new


def _is_item(line: str) -> bool:
    return line.lstrip(" \t").startswith("- ")


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip(" \t"))]
