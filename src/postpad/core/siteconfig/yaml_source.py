"""A YAML text with its line starts, and the quoting styles of its scalars (for the patchers)."""

from __future__ import annotations

from dataclasses import dataclass

from yaml.nodes import ScalarNode, SequenceNode

from postpad.core.frontmatter.emit import QuoteStyle

QUOTES: dict[str | None, QuoteStyle] = {None: "plain", "'": "single", '"': "double"}


@dataclass(frozen=True)
class Source:
    text: str
    lines: list[str]
    starts: list[int]  # character index where each line starts

    @classmethod
    def of(cls, text: str) -> Source:
        lines = text.split("\n")
        starts, total = [], 0
        for line in lines:
            starts.append(total)
            total += len(line) + 1
        return cls(text, lines, starts)

    def line_of(self, index: int) -> int:
        low, high = 0, len(self.starts) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self.starts[middle] <= index:
                low = middle
            else:
                high = middle - 1
        return low


def item_style(node: SequenceNode) -> QuoteStyle | None:
    quoted = [item.style for item in node.value if isinstance(item, ScalarNode)]
    if quoted and all(style == quoted[0] for style in quoted) and quoted[0] in ("'", '"'):
        return QUOTES[quoted[0]]
    return None
