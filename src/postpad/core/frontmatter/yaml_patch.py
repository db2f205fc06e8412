"""Change one top-level key of a YAML block by replacing only that key's lines.

A key owns the lines from its own line up to the next key, minus trailing blank lines and
comments at the key's indentation (those stay where they are). Everything else is copied byte
for byte. After patching, the block is read again and must give exactly the old mapping with only
that key changed; otherwise the edit is refused (e.g. a value holding an anchor other keys use).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from postpad.core.errors import FrontMatterError
from postpad.core.frontmatter.dates import (
    WrittenDate,
    date_text_for,
    default_date_text,
    layout_of,
)
from postpad.core.frontmatter.emit import QuoteStyle, emit_block
from postpad.core.frontmatter.engine_rules import rules_for
from postpad.core.frontmatter.values import same_value
from postpad.core.frontmatter.yaml_codec import (
    Yaml12Loader,
    compose_yaml,
    hexo_escape,
    key_text,
    load_yaml,
)
from postpad.core.frontmatter.yaml_items import KeyPatcher, over_old_lines
from postpad.core.frontmatter.yaml_lists import COMMENT_AFTER, keep_list_lines

MERGE_TAG = "tag:yaml.org,2002:merge"
NULL_TAG = "tag:yaml.org,2002:null"
_QUOTE_STYLES: dict[str | None, QuoteStyle] = {None: "plain", "'": "single", '"': "double"}


@dataclass(frozen=True)
class KeySpan:
    """Where one top-level key lives: inner lines ``start`` (inclusive) to ``end`` (exclusive)."""

    key: str
    start: int
    end: int
    value_node: Node | None
    is_alias: bool
    single_line: bool
    trailing_comment: str
    written_key: str = ""


@dataclass(frozen=True)
class BlockLayout:
    """How the block is written: key indentation and the list style of its existing lists."""

    indent: str
    spans: tuple[KeySpan, ...]
    list_indent: str
    flow_lists: bool
    #: what follows ``key:`` on the block's empty keys: " " when every one is ``key: ``
    empty_suffix: str = ""


def analyse(inner: str, line_offset: int = 0) -> BlockLayout:
    """Find each top-level key's lines. Raises FrontMatterError for blocks it cannot edit."""
    source = hexo_escape(inner)
    root = compose_yaml(inner, line_offset=line_offset)
    lines = inner.split("\n")
    if root is None:
        return BlockLayout("", (), "  ", False)
    if not isinstance(root, MappingNode):
        raise FrontMatterError(
            "front matter is not a mapping of keys to values", line_offset + 1, 1
        )
    if root.flow_style:
        raise FrontMatterError(
            "a front matter written as one {...} mapping cannot be edited key by key",
            line_offset + 1,
            1,
        )
    starts = [_line_of(source, key.start_mark.index) for key, _ in root.value]
    indent = root.start_mark.column * " "
    last_line = _end_line(inner, lines)
    spans = []
    for number, (key_node, value_node) in enumerate(root.value):
        start = starts[number]
        end = starts[number + 1] if number + 1 < len(starts) else last_line
        end = _trim_trailing(lines, start, end, len(indent))
        spans.append(_span(source, lines, key_node, value_node, start, end, line_offset))
    list_indent, flow = _list_style(source, lines, root)
    list_indent = list_indent[len(indent) :]  # relative to the keys' own indentation
    keys = _key_texts(root)
    spans = [replace(span, key=keys[n]) for n, span in enumerate(spans)]
    empty_suffix = _empty_suffix(lines, spans, len(indent))
    return BlockLayout(indent, tuple(spans), list_indent, flow, empty_suffix)


def _empty_suffix(lines: list[str], spans: list[KeySpan], indent: int) -> str:
    """How the block writes an empty value: ``key: `` (" ") only when every empty key does."""
    suffixes = {
        lines[span.start][indent + len(span.written_key) + 1 :]
        for span in spans
        if span.single_line
        and not span.trailing_comment
        and isinstance(span.value_node, ScalarNode)
        and span.value_node.tag == NULL_TAG
        and span.value_node.value == ""
    }
    return " " if suffixes == {" "} else ""


def _end_line(inner: str, lines: list[str]) -> int:
    """Index just past the last real line (an empty block counts as one empty line)."""
    return len(lines) - 1 if inner.endswith("\n") or not inner else len(lines)


def _key_texts(root: MappingNode) -> list[str]:
    """Each key as the reader names it (``True:`` is "true"), by the reader's own constructor."""
    constructor = Yaml12Loader("")
    try:
        return [
            "<<" if key.tag == MERGE_TAG else key_text(constructor.construct_object(key, deep=True))
            for key, _ in root.value
        ]
    finally:
        constructor.dispose()


def _line_of(source: str, index: int) -> int:
    return source.count("\n", 0, index)


def _trim_trailing(lines: list[str], start: int, end: int, indent: int) -> int:
    while end > start + 1:
        line = lines[end - 1]
        stripped = line.lstrip(" \t")
        if stripped and not (stripped.startswith("#") and len(line) - len(stripped) <= indent):
            break
        end -= 1
    return end


def _span(
    source: str,
    lines: list[str],
    key_node: Node,
    value_node: Node,
    start: int,
    end: int,
    line_offset: int,
) -> KeySpan:
    if not isinstance(key_node, ScalarNode) or source[key_node.start_mark.index] == "?":
        raise FrontMatterError(
            "complex keys cannot be edited", line_offset + start + 1, key_node.start_mark.column + 1
        )
    is_alias = value_node.start_mark.index < key_node.end_mark.index
    value_end_line = _line_of(source, value_node.end_mark.index)
    single_line = not is_alias and value_end_line == start and end == start + 1
    comment = ""
    if single_line:
        column = value_node.end_mark.index - (source.rfind("\n", 0, value_node.end_mark.index) + 1)
        match = COMMENT_AFTER.match(lines[start][column:])
        comment = match.group(1) if match else ""
        if not comment.strip() and _is_empty(value_node):
            comment = ""  # `cover: `: that blank is the file's empty style (_empty_suffix)
    written = source[key_node.start_mark.index : key_node.end_mark.index]
    return KeySpan(
        str(key_node.value), start, end, value_node, is_alias, single_line, comment, written
    )


def _is_empty(node: Node) -> bool:
    return isinstance(node, ScalarNode) and not node.style and node.value == ""


def _list_style(source: str, lines: list[str], root: MappingNode) -> tuple[str, bool]:
    """The existing lists' style: indentation before ``- `` and whether they are flow lists."""
    for key_node, value_node in root.value:
        if (
            not isinstance(value_node, SequenceNode)
            or value_node.start_mark.index < key_node.end_mark.index
        ):
            continue
        if value_node.flow_style:
            return "  ", True
        line = lines[_line_of(source, value_node.start_mark.index)]
        return line[: len(line) - len(line.lstrip(" "))], False
    return "  ", False


def set_yaml(
    inner: str,
    key: str,
    value: object,
    *,
    line_offset: int = 0,
    engine: str | None = None,
    zone: dt.tzinfo | None = None,
) -> str:
    """``inner`` with ``key`` set to ``value`` (see module docstring)."""
    old = load_yaml(inner, line_offset=line_offset)
    layout = analyse(inner, line_offset)
    span = next((item for item in layout.spans if item.key == key), None)
    previous = old.get(key) if span else None
    value = _prepare(in_site_zone(value, engine, zone), previous, engine)
    if span is not None and same_value(previous, value):
        return inner
    lines = inner.split("\n")
    new_lines = _emit(key, value, span, layout, engine)
    expected = {**old, key: value}
    if span is None:
        at = layout.spans[-1].end if layout.spans else _end_line(inner, lines)
        lines[at:at] = new_lines
    else:
        old_lines = lines[span.start : span.end]
        node = None if span.is_alias else span.value_node
        for by_key in (True, False):  # key by key, else changed items written anew (0287)
            kept = _over_old_lines(
                new_lines, old_lines, node, span.start, previous, value, engine, by_key
            )
            kept_result = "\n".join([*lines[: span.start], *kept, *lines[span.end :]])
            if kept != new_lines and _reads_as(kept_result, expected, line_offset):
                return kept_result
        lines[span.start : span.end] = new_lines  # the value written anew, checked below
    result = "\n".join(lines)
    _verify(result, expected, key, line_offset)
    return result


def _over_old_lines(
    new: list[str],
    old: list[str],
    node: Node | None,
    start: int,
    previous: object,
    value: object,
    engine: str | None,
    by_key: bool,
) -> list[str]:
    """``yaml_items.over_old_lines`` with this module's own patcher for the inner keys."""
    if not by_key:
        return keep_list_lines(new, old, node, start, previous, value)
    keys = KeyPatcher(
        lambda text, key, item: set_yaml(text, key, item, engine=engine),
        lambda text, key: unset_yaml(text, key),
    )
    return over_old_lines(new, old, node, start, previous, value, keys)


def _reads_as(result: str, expected: dict[str, object], line_offset: int) -> bool:
    """Whether ``result`` reads back as ``expected``; a list laid over its old lines that does
    not (a line the item spans missed) is written anew instead (decision 0287)."""
    try:
        _verify(result, expected, "", line_offset)
    except FrontMatterError:
        return False
    return True


def unset_yaml(inner: str, key: str, *, line_offset: int = 0) -> str:
    """``inner`` without ``key``'s lines; unchanged when the key is absent."""
    old = load_yaml(inner, line_offset=line_offset)
    if key not in old:
        return inner
    layout = analyse(inner, line_offset)
    span = next((item for item in layout.spans if item.key == key), None)
    if span is None:
        raise FrontMatterError(f"{key!r} comes from a merge (<<) and has no lines of its own")
    lines = inner.split("\n")
    del lines[span.start : span.end]
    result = "\n".join(lines)
    _verify(result, {name: item for name, item in old.items() if name != key}, key, line_offset)
    return result


def in_site_zone(value: object, engine: str | None, zone: dt.tzinfo | None) -> object:
    """A wall-clock datetime for an engine that reads a time without offset as UTC (Jekyll)
    gets the site's ``zone``, so the engine shows the time that was picked (decision 0090)."""
    if (
        zone is None
        or not isinstance(value, dt.datetime)
        or value.tzinfo is not None
        or not rules_for(engine).naive_time_is_utc
    ):
        return value
    return value.replace(tzinfo=zone)


def _prepare(value: object, previous: object, engine: str | None) -> object:
    """Normalise the new value: dates become WrittenDate text in the key's existing layout."""
    if isinstance(value, str):
        return value
    if isinstance(value, dt.date):
        if isinstance(previous, str) and layout_of(previous) is not None:
            # a date, or a date-shaped string (Hugo's `date: '2024-06-01T10:00:00+08:00'`)
            return WrittenDate(date_text_for(value, previous, engine), value)
        return WrittenDate(default_date_text(value, engine), value)
    if isinstance(value, Mapping):
        return {str(name): _prepare(item, None, engine) for name, item in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        return [_prepare(item, None, engine) for item in value]
    return value


def _emit(
    key: str, value: object, span: KeySpan | None, layout: BlockLayout, engine: str | None
) -> list[str]:
    style: QuoteStyle | None = None
    flow = layout.flow_lists
    list_indent = layout.list_indent
    node = span.value_node if span and not span.is_alias else None
    if isinstance(node, ScalarNode):
        style = _QUOTE_STYLES.get(node.style)
    elif isinstance(node, SequenceNode):
        flow = bool(node.flow_style)
        style = _item_style(node)
    if isinstance(node, ScalarNode) and node.style in ("|", ">") and isinstance(value, str):
        block = _literal_block(span.written_key if span else key, value, layout.indent)
        if block is not None:
            return block
    lines = emit_block(
        key,
        value,
        list_indent=list_indent,
        style=style,
        flow_lists=flow,
        engine=engine,
        written_key=span.written_key if span else None,
    )
    if value is None and not (span and span.trailing_comment):
        lines[0] += layout.empty_suffix  # the file's own empty style: `cover: ` stays `cover: `
    if span and span.trailing_comment and len(lines) == 1:
        lines[0] += span.trailing_comment
    return [layout.indent + line for line in lines]


def _item_style(node: SequenceNode) -> QuoteStyle | None:
    quoted = [item.style for item in node.value if isinstance(item, ScalarNode)]
    if quoted and all(style == quoted[0] for style in quoted) and quoted[0] in ("'", '"'):
        return _QUOTE_STYLES[quoted[0]]
    return None


def _literal_block(key: str, text: str, indent: str) -> list[str] | None:
    """A ``|`` block scalar for multi-line text, when it can be written without surprises."""
    if "\n" not in text or text.startswith((" ", "\n")) or "\t" in text:
        return None
    body = text.rstrip("\n")
    if any(line.strip() == "" and line for line in body.split("\n")):
        return None  # whitespace-only lines would change when read back
    if any(not char.isprintable() for char in body.replace("\n", "")):
        return None
    trailing = len(text) - len(body)
    chomp = "-" if trailing == 0 else ("" if trailing == 1 else "+")
    lines = [f"{indent}{key}: |{chomp}"]
    lines.extend(f"{indent}  {line}" if line else "" for line in body.split("\n"))
    lines.extend([""] * (trailing - 1))
    return lines


def _verify(result: str, expected: dict[str, object], key: str, line_offset: int) -> None:
    try:
        actual = load_yaml(result, line_offset=line_offset)
    except FrontMatterError as exc:
        raise FrontMatterError(
            f"changing {key!r} would break the front matter: {exc.message}", exc.line, exc.column
        ) from exc
    if list(actual) != list(expected) or not all(
        same_value(actual[name], expected[name]) for name in expected
    ):
        raise FrontMatterError(
            f"{key!r} cannot be changed on its own (other keys refer to it, e.g. by an alias)"
        )
