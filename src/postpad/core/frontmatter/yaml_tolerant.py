"""Postpad's YAML reader made as lenient as an engine's reader where they were measured to
differ on construction (decisions 0239, 0249): not a second parser, the same PyYAML loader
(``yaml_codec.Yaml12Loader``) with two constructors changed.

- Psych (Jekyll) keeps the last value of a key written twice, at the key's first place (a Ruby
  Hash, like a Python dict); go-yaml (Hugo) and js-yaml (Hexo) stop, so theirs stays strict.
- Psych and go-yaml read a value under an unknown tag (``k: !foo bar``); js-yaml stops.
  Psych reads a scalar as if the tag were not written (``!bar 1`` is the number 1), go-yaml as
  a string (``"1"``); a list or mapping under the tag is read as one (measured with Jekyll 4.3
  and Hugo 0.168).

Tabs are not this module's business: ``engine_reading`` replaces, in a copy, the tabs an
engine reads before the text gets here.
"""

from __future__ import annotations

from typing import Any

from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from postpad.core.frontmatter.yaml_codec import Yaml12Loader


class _LastKeyWins(Yaml12Loader):
    """Keys written twice: the last value, at the first one's place (Psych)."""

    def construct_mapping(self, node: Node, deep: bool = False) -> dict[Any, Any]:
        if not isinstance(node, MappingNode):
            raise ConstructorError(None, None, "expected a mapping", node.start_mark)
        self.flatten_mapping(node)
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            mapping[self._key(key_node, node)] = self.construct_object(value_node, deep=deep)
        return mapping


def _untagged(loader: Yaml12Loader, node: Node) -> object:
    """A node under a tag no constructor knows, read as if the tag were not written (Psych)."""
    if isinstance(node, ScalarNode):
        plain = not node.style  # a quoted value stays a string, as without the tag
        tag = loader.resolve(ScalarNode, node.value, (plain, not plain))
        bare = ScalarNode(tag, node.value, node.start_mark, node.end_mark, node.style)
        return loader.construct_object(bare, deep=True)
    return _collection(loader, node)


def _untagged_text(loader: Yaml12Loader, node: Node) -> object:
    """A node under a tag no constructor knows: a scalar is its text (go-yaml)."""
    if isinstance(node, ScalarNode):
        return str(node.value)
    return _collection(loader, node)


def _collection(loader: Yaml12Loader, node: Node) -> object:
    if isinstance(node, SequenceNode):
        return loader.construct_sequence(node, deep=True)
    return loader.construct_mapping(node, deep=True)


class _PsychLoader(_LastKeyWins):
    """Jekyll's Psych: duplicate keys and unknown tags read."""


class _GoYamlLoader(Yaml12Loader):
    """Hugo's go-yaml: unknown tags read, duplicate keys refused."""


_PsychLoader.add_constructor(None, _untagged)
_GoYamlLoader.add_constructor(None, _untagged_text)

_LOADERS: dict[str, type[Yaml12Loader]] = {
    "psych": _PsychLoader,
    "go-yaml": _GoYamlLoader,
    "js-yaml": Yaml12Loader,
}


def loader_for(reader: str) -> type[Yaml12Loader]:
    """The loader that constructs what ``reader`` (a measured engine YAML reader) does."""
    return _LOADERS.get(reader, Yaml12Loader)
