"""Read the help a YAML config writes for itself: the comments above each key and the banner
comments that name its groups (Butterfly's ``# Navigation Settings`` between ``# ---`` rules).

Only the node tree's marks and the lines are used, so this works on any config the YAML reader
accepts, the theme's defaults as well as the user's copy.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from yaml.nodes import MappingNode, Node

from postpad.core.frontmatter.yaml_codec import compose_yaml
from postpad.core.siteconfig.paths import KeyPath

_RULE = re.compile(r"^[-=*#~_\s]{3,}$")


@dataclass(frozen=True)
class KeyNotes:
    """What the comments say about one key."""

    path: KeyPath
    help: str
    group: str


def key_notes(text: str) -> list[KeyNotes]:
    """Every key of the mapping tree (depth first, file order) with its comment help and the
    group of its top-level key."""
    root = compose_yaml(text)
    if not isinstance(root, MappingNode):
        return []
    lines = text.split("\n")
    notes: list[KeyNotes] = []
    _walk(root, (), lines, notes, [""])
    return notes


def _walk(
    node: MappingNode, prefix: KeyPath, lines: list[str], notes: list[KeyNotes], group: list[str]
) -> None:
    for key_node, value_node in node.value:
        line = key_node.start_mark.line
        above = _comments_above(lines, line)
        if not prefix:
            title = _banner(lines, line)
            if title:
                group[0] = title
        path = (*prefix, str(key_node.value))
        help_text = "\n".join(part for part in (above, _trailing(lines, value_node)) if part)
        notes.append(KeyNotes(path, help_text, group[0]))
        if isinstance(value_node, MappingNode) and not value_node.flow_style:
            _walk(value_node, path, lines, notes, group)


def _comments_above(lines: list[str], line: int) -> str:
    """The comment lines right above ``line`` (no blank line between), rules left out."""
    texts: list[str] = []
    number = line - 1
    while number >= 0 and lines[number].lstrip().startswith("#"):
        text = lines[number].lstrip()[1:].strip()
        if _is_rule(text):
            break  # a banner belongs to the group, not to the key under it
        texts.append(text)
        number -= 1
    return "\n".join(reversed(texts))


def _banner(lines: list[str], line: int) -> str:
    """The title of the last banner (a comment block with a ``# ---`` rule) between the
    previous key's text and a top-level key at ``line``; "" when there is none."""
    number = line - 1
    while number >= 0 and (not lines[number].strip() or lines[number].lstrip().startswith("#")):
        number -= 1
    title = ""
    block: list[str] = []
    for text in [*lines[number + 1 : line], ""]:
        if text.startswith("#"):
            block.append(text[1:].strip())
            continue
        names = [item for item in block if item and not _is_rule(item)]
        if names and any(_is_rule(item) for item in block):
            title = " ".join(names)
        block = []
    return title


def _is_rule(text: str) -> bool:
    return len(text) >= 3 and _RULE.match(text) is not None


def _trailing(lines: list[str], node: Node) -> str:
    if node.start_mark.line != node.end_mark.line:
        return ""
    rest = lines[node.end_mark.line][node.end_mark.column :]
    match = re.match(r"^\s+#\s?(.*)$", rest)
    return match.group(1).strip() if match else ""


_TOML_TABLE = re.compile(r"^\s*\[\[?([^\]]+)\]\]?\s*(?:#.*)?$")
_TOML_KEY = re.compile(
    r"^\s*((?:[A-Za-z0-9_-]+|\"[^\"]*\")(?:\s*\.\s*(?:[A-Za-z0-9_-]+|\"[^\"]*\"))*)\s*="
)


def toml_help(text: str) -> dict[KeyPath, str]:
    """The comment lines right above each ``key = value`` of a TOML file (and a trailing
    ``# comment`` on its line), by key path; tables of arrays are not told apart."""
    found: dict[KeyPath, str] = {}
    table: KeyPath = ()
    lines = text.split("\n")
    for number, line in enumerate(lines):
        header = _TOML_TABLE.match(line)
        if header:
            table = _toml_parts(header.group(1))
            continue
        key = _TOML_KEY.match(line)
        if key is None:
            continue
        above = _comments_above(lines, number)
        trailing = re.search(r"\s#\s?([^\"']*)$", line)
        parts = [above, trailing.group(1).strip() if trailing else ""]
        found[(*table, *_toml_parts(key.group(1)))] = "\n".join(part for part in parts if part)
    return found


def _toml_parts(name: str) -> KeyPath:
    parts = re.findall(r'"[^"]*"|[^.\s]+', name)
    return tuple(part.strip('"') for part in parts)


def plain_notes(
    data: Mapping[str, object], prefix: KeyPath, helps: Mapping[KeyPath, str]
) -> list[KeyNotes]:
    """Notes for a config read without YAML marks (TOML, JSON): keys in ``data`` order, the
    help from ``helps`` (``toml_help``)."""
    notes: list[KeyNotes] = []
    for key, value in data.items():
        path = (*prefix, str(key))
        group = path[0] if isinstance(value, Mapping) else ""
        notes.append(KeyNotes(path, helps.get(path, ""), group))
        if isinstance(value, Mapping):
            notes.extend(plain_notes(value, path, helps))
    return notes


_CJK = re.compile("[\u3000-\u9fff\uff00-\uffef]")


def by_language(help_text: str) -> tuple[str, str]:
    """``(English, 简体中文)`` of a bilingual comment (LoveIt writes each line in both): lines
    with Chinese characters are the Chinese help; one language alone is both."""
    lines = help_text.split("\n")
    chinese = [line for line in lines if _CJK.search(line)]
    other = [line for line in lines if not _CJK.search(line)]
    if not chinese or not other:
        return help_text, help_text
    return "\n".join(other), "\n".join(chinese)
