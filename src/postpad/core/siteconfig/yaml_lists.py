"""A block list edited item by item, so comments between its items stay (decision 0136)."""

from __future__ import annotations

from yaml.nodes import Node, ScalarNode, SequenceNode

from postpad.core.frontmatter.emit import emit_scalar, is_scalar
from postpad.core.frontmatter.yaml_codec import Yaml12Loader
from postpad.core.siteconfig.compare import same_tree
from postpad.core.siteconfig.yaml_source import QUOTES, Source, item_style


def each_item(source: Source, node: SequenceNode, value: list[object]) -> str | None:
    """A list for a block list, item by item: changed one-line items in place, new items as new
    ``- item`` lines after the last, removed ones without their lines; comments between items
    stay. None when an item that changes is not a one-line scalar (the list is rewritten)."""
    old = node.value
    if node.flow_style or not old or not all(_one_line_item(source, item) for item in old):
        return None
    if not all(is_scalar(item) for item in value):
        return None
    text = source.text
    last = old[-1]
    line_end = text.find("\n", last.end_mark.index)
    line_end = len(text) if line_end < 0 else line_end
    if len(value) > len(old):
        dash = source.lines[source.line_of(old[0].start_mark.index)]
        indent = dash[: len(dash) - len(dash.lstrip(" "))]
        style = item_style(node)
        added = "".join(
            f"\n{indent}- {emit_scalar(item, style=style)}" for item in value[len(old) :]
        )
        text = text[:line_end] + added + text[line_end:]
    elif len(value) < len(old):
        first_gone = source.starts[source.line_of(old[len(value)].start_mark.index)]
        text = text[: max(first_gone - 1, 0)] + text[line_end:]  # comments above it stay
    for index in reversed(range(min(len(old), len(value)))):
        item = old[index]
        if isinstance(item, ScalarNode) and not same_tree(_scalar_value(item), value[index]):
            new = emit_scalar(value[index], style=QUOTES.get(item.style))
            if not new:
                return None
            text = text[: item.start_mark.index] + new + text[item.end_mark.index :]
    return text


def _one_line_item(source: Source, item: Node) -> bool:
    return (
        isinstance(item, ScalarNode)
        and item.style not in ("|", ">")
        and item.start_mark.index < item.end_mark.index
        and source.line_of(item.start_mark.index) == source.line_of(item.end_mark.index)
        and source.text[item.start_mark.index] not in "&*!"
        and source.lines[source.line_of(item.start_mark.index)].lstrip().startswith("- ")
    )


def _scalar_value(item: ScalarNode) -> object:
    loader = Yaml12Loader("")
    try:
        return loader.construct_object(item, deep=True)
    finally:
        loader.dispose()
