"""Change one nested key of a YAML config file by rewriting only that key's text.

The front-matter patcher (``core/frontmatter/yaml_patch``) edits top-level keys; a config file is
front matter without a body whose keys nest (``nav.fixed``, ``theme_config.menu``). Here:

* a scalar or one-line ``[...]``/``{...}`` value is replaced in place, character for character,
  so the key, its spacing, quoting style and a trailing ``# comment`` stay (decision 0136);
* a mapping given for a block mapping is applied key by key, a list of scalars for a block list
  item by item (``yaml_lists``), so comments between keys and items stay;
* any other value replaces the key's own lines (from the key's line to the next sibling key, less
  trailing blank and comment lines, which stay where they are);
* a missing key is inserted at the end of its parent mapping (or after ``after``), with missing
  parent mappings created on the way; an empty parent (``menu:``) gets the new lines under it.

Every result is read back and must equal the old mapping with only that key changed; otherwise
the edit is refused with a :class:`FrontMatterError` and the text is left alone.
"""

from __future__ import annotations

from collections.abc import Mapping

from yaml.error import Mark
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from postpad.core.errors import FrontMatterError
from postpad.core.frontmatter.emit import emit_block, emit_flow, emit_scalar, is_scalar
from postpad.core.frontmatter.yaml_codec import Yaml12Loader, compose_yaml, hexo_escape, load_yaml
from postpad.core.siteconfig.compare import same_tree
from postpad.core.siteconfig.paths import KeyPath, dotted, lookup, with_value, without
from postpad.core.siteconfig.yaml_lists import each_item
from postpad.core.siteconfig.yaml_source import QUOTES, Source, item_style

NULL_TAG = "tag:yaml.org,2002:null"


def load(text: str, loader: type[Yaml12Loader]) -> dict[str, object]:
    """The config's values (``{}`` for an empty file)."""
    return load_yaml(text, loader=loader)


def set_path(
    text: str,
    path: KeyPath,
    value: object,
    *,
    loader: type[Yaml12Loader],
    after: str | None = None,
) -> str:
    """``text`` with the key at ``path`` set to ``value`` (see the module docstring)."""
    old = load(text, loader)
    exists, previous = lookup(old, path)
    if exists and same_tree(previous, value):
        return text
    result = _patched(text, path, value, old, loader, after)
    expected = with_value(old, path, value)
    _verify(result, expected, path, loader)
    return result


def unset_path(text: str, path: KeyPath, *, loader: type[Yaml12Loader]) -> str:
    """``text`` without the key at ``path`` and its lines (unchanged when it is missing)."""
    old = load(text, loader)
    if not lookup(old, path)[0]:
        return text
    source = Source.of(text)
    parent, pair = _find(_root(text), path)
    if parent is None or pair is None or parent.flow_style:
        raise FrontMatterError(f"{dotted(path)!r} cannot be removed on its own")
    start = source.line_of(pair[0].start_mark.index)
    end = _span_end(source, parent, pair)
    lines = source.lines[:start] + source.lines[end:]
    result = "\n".join(lines)
    _verify(result, without(old, path), path, loader)
    return result


def _root(text: str) -> MappingNode | None:
    if hexo_escape(text) != text:
        raise FrontMatterError(
            "lines indented with tabs cannot be edited (Hexo reads them as spaces)"
        )
    node = compose_yaml(text)
    if node is None:
        return None
    if not isinstance(node, MappingNode):
        raise FrontMatterError("the config is not a mapping of keys to values", 1, 1)
    return node


def _find(
    root: MappingNode | None, path: KeyPath
) -> tuple[MappingNode | None, tuple[Node, Node] | None]:
    """The mapping holding ``path``'s last key and that key's pair (None when missing)."""
    node: Node | None = root
    for depth, key in enumerate(path):
        if not isinstance(node, MappingNode):
            return None, None
        pair = _pair(node, key)
        if depth == len(path) - 1:
            return node, pair
        node = pair[1] if pair else None
    return None, None


def _pair(node: MappingNode, key: str) -> tuple[Node, Node] | None:
    for key_node, value_node in node.value:
        if isinstance(key_node, ScalarNode) and str(key_node.value) == key:
            return key_node, value_node
    return None


def _patched(
    text: str,
    path: KeyPath,
    value: object,
    old: Mapping[str, object],
    loader: type[Yaml12Loader],
    after: str | None,
) -> str:
    root = _root(text)
    source = Source.of(text)
    if root is None:
        return _append_at_end(text, _emit_nested(path, value, ""))
    node: MappingNode = root
    for depth, key in enumerate(path):
        if node.flow_style:
            return _replace_flow(source, node, lookup(old, path[:depth])[1], path[depth:], value)
        pair = _pair(node, key)
        if pair is None:
            return _insert(source, node, path[depth:], value, after)
        key_node, value_node = pair
        if depth == len(path) - 1:
            return _replace(source, node, pair, path, value, loader)
        if isinstance(value_node, MappingNode):
            node = value_node
        elif _is_empty(value_node):
            return _fill(source, key_node, path[depth + 1 :], value)
        else:
            raise FrontMatterError(f"{dotted(path[: depth + 1])!r} holds a value, not keys")
    raise FrontMatterError(f"{dotted(path)!r} is not a key path")


def _is_empty(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == NULL_TAG and node.value == ""


def _replace(
    source: Source,
    parent: MappingNode,
    pair: tuple[Node, Node],
    path: KeyPath,
    value: object,
    loader: type[Yaml12Loader],
) -> str:
    key_node, node = pair
    if node.start_mark.index < key_node.end_mark.index:
        raise FrontMatterError(f"{dotted(path)!r} is an alias (*name) of another value")
    one_line = source.line_of(node.start_mark.index) == source.line_of(node.end_mark.index)
    if isinstance(node, ScalarNode) and node.style not in ("|", ">") and one_line:
        if is_scalar(value):
            return _replace_scalar(source, node, value)
        if _is_empty(node):
            return _fill(source, key_node, (), value)
    flow = isinstance(node, SequenceNode | MappingNode) and node.flow_style and one_line
    if flow and isinstance(value, Mapping | list | tuple):
        style = item_style(node) if isinstance(node, SequenceNode) else None
        return _splice(source, node, emit_flow(_listed(value), style=style))
    if isinstance(node, MappingNode) and isinstance(value, Mapping) and value:
        return _each_key(source.text, path, value, loader)
    if isinstance(node, SequenceNode) and isinstance(value, list | tuple) and value:
        items = each_item(source, node, list(value))
        if items is not None:
            return items
    return _replace_lines(source, parent, pair, value)


def _listed(value: object) -> object:
    return list(value) if isinstance(value, tuple) else value


def _replace_scalar(source: Source, node: ScalarNode, value: object) -> str:
    new = emit_scalar(value, style=QUOTES.get(node.style))
    start, end = _value_start(source, node), node.end_mark.index
    if start == end:  # an empty value: `logo:` becomes `logo: x`
        return _splice(source, node, " " + new if new else "")
    if not new:
        line_end = source.text.find("\n", end)
        rest = source.text[end : len(source.text) if line_end < 0 else line_end]
        if not rest.strip():  # `key: value` -> `key:` without a trailing space
            while start > 0 and source.text[start - 1] in " \t":
                start -= 1
    return source.text[:start] + new + source.text[end:]


def _splice(source: Source, node: Node, new: str) -> str:
    start = _value_start(source, node)
    return source.text[:start] + new + source.text[node.end_mark.index :]


def _value_start(source: Source, node: Node) -> int:
    """Where a value's own text starts, after its ``&anchor`` and ``!tag`` (kept as written)."""
    index = node.start_mark.index
    while source.text[index : index + 1] in ("&", "!"):
        while index < node.end_mark.index and source.text[index] not in " \t":
            index += 1
        while index < node.end_mark.index and source.text[index] in " \t":
            index += 1
    return index


def _each_key(
    text: str, path: KeyPath, value: Mapping[object, object], loader: type[Yaml12Loader]
) -> str:
    """A mapping for a block mapping: set and remove its keys one by one (comments stay)."""
    old = lookup(load(text, loader), path)[1]
    old_keys = list(old) if isinstance(old, Mapping) else []
    for key, item in value.items():
        text = set_path(text, (*path, str(key)), item, loader=loader)
    for key in old_keys:
        if key not in value:
            text = unset_path(text, (*path, key), loader=loader)
    return text


def _key_indent(source: Source, key_node: Node) -> str:
    line = source.lines[source.line_of(key_node.start_mark.index)]
    indent = line[: key_node.start_mark.column]
    if indent.strip(" "):
        raise FrontMatterError("a key that shares its line with other text cannot be rewritten")
    return indent


def _replace_lines(
    source: Source, parent: MappingNode, pair: tuple[Node, Node], value: object
) -> str:
    key_node, node = pair
    indent = _key_indent(source, key_node)
    start = source.line_of(key_node.start_mark.index)
    end = _span_end(source, parent, pair)
    written = source.text[key_node.start_mark.index : key_node.end_mark.index]
    style = QUOTES.get(node.style) if isinstance(node, ScalarNode) else None
    if isinstance(node, SequenceNode):
        style = item_style(node)
    lines = emit_block(
        str(key_node.value),
        _listed(value),
        list_indent=_list_indent(source, node, len(indent)),
        style=style,
        flow_lists=isinstance(node, SequenceNode) and bool(node.flow_style),
        written_key=written,
    )
    new = [indent + line for line in lines]
    return "\n".join(source.lines[:start] + new + source.lines[end:])


def _list_indent(source: Source, node: Node, key_column: int) -> str:
    if isinstance(node, SequenceNode) and not node.flow_style and node.value:
        line = source.lines[source.line_of(node.start_mark.index)]
        spaces = len(line) - len(line.lstrip(" "))
        return " " * max(spaces - key_column, 0)
    return "  "


def _span_end(source: Source, parent: MappingNode, pair: tuple[Node, Node]) -> int:
    """The line just past a key's own lines, less trailing blank and comment lines."""
    index = next(n for n, item in enumerate(parent.value) if item[0] is pair[0])
    start = source.line_of(pair[0].start_mark.index)
    if index + 1 < len(parent.value):
        end = source.line_of(parent.value[index + 1][0].start_mark.index)
    else:
        mark = _content_end(pair[1])
        end = source.line_of(mark.index) + (1 if mark.column > 0 else 0)
    literal = isinstance(pair[1], ScalarNode) and pair[1].style in ("|", ">")
    while end > start + 1:
        stripped = source.lines[end - 1].strip()
        if stripped and (literal or not stripped.startswith("#")):
            break
        end -= 1
    return max(end, start + 1)


def _content_end(node: Node) -> Mark:
    """Where a value's own text ends: a block collection's end mark may lie past trailing
    comments, or before the last line of a file without a final line break."""
    if isinstance(node, MappingNode | SequenceNode) and node.value and not node.flow_style:
        last = node.value[-1]
        return _content_end(last[1] if isinstance(last, tuple) else last)
    return node.end_mark


def _indent_step(source: Source) -> int:
    """How far the file indents a nested mapping (2 unless its first one says otherwise)."""
    for number, line in enumerate(source.lines[:-1]):
        stripped = line.strip()
        if not stripped.endswith(":") or stripped.startswith("#"):
            continue
        below = next((item for item in source.lines[number + 1 :] if item.strip()), "")
        step = (len(below) - len(below.lstrip(" "))) - (len(line) - len(line.lstrip(" ")))
        if step > 0 and not below.lstrip().startswith(("-", "#")):
            return step
    return 2


def _emit_nested(path: KeyPath, value: object, indent: str) -> list[str]:
    """``a: {b: value}`` as block lines for a path whose keys are all new."""
    nested: object = _listed(value)
    for key in reversed(path[1:]):
        nested = {key: nested}
    return [indent + line for line in emit_block(path[0], nested)]


def _fill(source: Source, key_node: Node, rest: KeyPath, value: object) -> str:
    """Keys under a key whose value is empty (``menu:``): new lines right below its line."""
    line = source.line_of(key_node.start_mark.index)
    inner = " " * (key_node.start_mark.column + _indent_step(source))
    if rest:
        new = _emit_nested(rest, value, inner)
    elif isinstance(value, Mapping) and value:
        new = [inner + text for key, item in value.items() for text in emit_block(str(key), item)]
    else:
        raise FrontMatterError("only keys can be added under an empty key")
    lines = source.lines[: line + 1] + new + source.lines[line + 1 :]
    return "\n".join(lines)


def _insert(
    source: Source, node: MappingNode, rest: KeyPath, value: object, after: str | None
) -> str:
    pairs = list(node.value)
    pair = next((p for p in pairs if after and str(p[0].value) == after), pairs[-1])
    at = _span_end(source, node, pair)
    indent = _key_indent(source, pairs[0][0])
    new = _emit_nested(rest, value, indent)
    return "\n".join(source.lines[:at] + new + source.lines[at:])


def _append_at_end(text: str, new: list[str]) -> str:
    if text and not text.endswith("\n"):
        text += "\n"
    return text + "\n".join(new) + "\n"


def _replace_flow(
    source: Source, node: MappingNode, current: object, rest: KeyPath, value: object
) -> str:
    """A key inside a one-line ``{...}`` mapping: the mapping is written again in flow style."""
    if source.line_of(node.start_mark.index) != source.line_of(node.end_mark.index):
        raise FrontMatterError("a {...} mapping over several lines cannot be edited key by key")
    base = current if isinstance(current, Mapping) else {}
    return _splice(source, node, emit_flow(with_value(base, rest, value)))


def _verify(
    result: str, expected: Mapping[str, object], path: KeyPath, loader: type[Yaml12Loader]
) -> None:
    try:
        actual = load(result, loader)
    except FrontMatterError as exc:
        raise FrontMatterError(
            f"changing {dotted(path)!r} would break the file: {exc.message}", exc.line, exc.column
        ) from exc
    if not same_tree(actual, expected):
        raise FrontMatterError(
            f"{dotted(path)!r} cannot be changed on its own (an alias or merge refers to it)"
        )
