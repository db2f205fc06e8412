"""Read YAML front matter the way Hexo's js-yaml 4 does: YAML 1.2 core schema plus timestamps.

* ``yes``/``no``/``on``/``off``/``y``/``n`` are strings; only ``true``/``false`` (any case
  style of the spec) are booleans.
* Integers are 1.2 integers: ``010`` is ten, ``0o10`` eight, ``0x1f`` hex; ``1_000`` and
  ``1:30`` are strings (no sexagesimal).
* Floats follow the 1.2 core regex (``1e3`` is a float, ``.inf``, ``.nan``).
* Timestamps and Hexo-style date strings (``2024/6/1``) become :class:`WrittenDate`: the text as
  written, with the parsed value in ``.value``.
* Duplicate keys are an error (js-yaml refuses them; PyYAML would silently keep the last one).
* Alias bombs and absurd nesting are refused before anything is built.

Uses PyYAML's C parser when present (``CSafeLoader``), with our own resolvers and constructors.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import Any, ClassVar

import yaml
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode, Node, ScalarNode

from postpad.core.errors import FrontMatterError
from postpad.core.frontmatter.dates import WrittenDate

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: Refusal limits (decision 0006): far above any real front matter, far below a bomb.
MAX_DEPTH = 64
MAX_ALIASES = 1_000
MAX_EXPANDED_NODES = 200_000
MAX_INNER_CHARS = 4 * 1024 * 1024

WRITTEN_DATE_TAG = "tag:postpad.app,2024:written-date"
_TIMESTAMP = re.compile(
    r"""^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}
    |[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?
     (?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::?[0-9]{2})?))?)$""",
    re.X,
)
_HEXO_DATE = re.compile(
    r"^[0-9]{4}([-/])[0-9]{1,2}\1[0-9]{1,2}(?:[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?$"
)
_TAB_INDENT = re.compile(r"(?<=\n)(\t+)")


class Yaml12Loader(_Base):  # type: ignore[misc]
    """PyYAML loader with js-yaml 4's default schema (YAML 1.2 core + timestamp + merge)."""

    yaml_implicit_resolvers: ClassVar[dict[str, list[tuple[str, re.Pattern[str]]]]] = {}

    def construct_mapping(self, node: Node, deep: bool = False) -> dict[Any, Any]:
        """Keys become strings as in JavaScript (``1`` and ``true`` stay distinct keys);
        a key written twice is an error, a key from a ``<<`` merge may be overridden."""
        if not isinstance(node, MappingNode):
            raise ConstructorError(None, None, "expected a mapping", node.start_mark)
        seen: set[str] = set()
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = self._key(key_node, node)
            if key in seen:
                raise ConstructorError(
                    "while constructing a mapping",
                    node.start_mark,
                    f"duplicated mapping key {key!r}",
                    key_node.start_mark,
                )
            seen.add(key)
        self.flatten_mapping(node)
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            mapping[self._key(key_node, node)] = self.construct_object(value_node, deep=deep)
        return mapping

    def _key(self, key_node: Node, node: Node) -> str:
        if not isinstance(key_node, ScalarNode):
            raise ConstructorError(
                "while constructing a mapping",
                node.start_mark,
                "found a list or mapping used as a key",
                key_node.start_mark,
            )
        return key_text(self.construct_object(key_node))


def _resolver(tag: str, pattern: str, first: str) -> None:
    Yaml12Loader.add_implicit_resolver(tag, re.compile(pattern, re.X), list(first))


_resolver("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF")
_resolver("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", "~nN")
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:null", re.compile(r"^$"), [""])
_resolver("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789")
_resolver(
    "tag:yaml.org,2002:float",
    r"""^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?
    |[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$""",
    "-+.0123456789",
)
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:timestamp", _TIMESTAMP, list("0123456789"))
Yaml12Loader.add_implicit_resolver(WRITTEN_DATE_TAG, _HEXO_DATE, list("0123456789"))
_resolver("tag:yaml.org,2002:merge", r"^(?:<<)$", "<")


def _construct_int(loader: Yaml12Loader, node: ScalarNode) -> int:
    text = str(loader.construct_scalar(node)).replace("_", "")
    if text.startswith(("0o", "0O")):
        return int(text[2:], 8)
    if text.startswith(("0x", "0X")):
        return int(text[2:], 16)
    if text.startswith(("0b", "0B")):
        return int(text[2:], 2)
    return int(text, 10)


def _construct_float(loader: Yaml12Loader, node: ScalarNode) -> float:
    text = str(loader.construct_scalar(node)).lower()
    if text.endswith(".inf"):
        return -math.inf if text.startswith("-") else math.inf
    if text.endswith(".nan"):
        return math.nan
    return float(text)


def _construct_date(loader: Yaml12Loader, node: ScalarNode) -> WrittenDate:
    return WrittenDate(str(loader.construct_scalar(node)))


Yaml12Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)
Yaml12Loader.add_constructor("tag:yaml.org,2002:float", _construct_float)
Yaml12Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_date)
Yaml12Loader.add_constructor(WRITTEN_DATE_TAG, _construct_date)


def hexo_escape(inner: str) -> str:
    """hexo-front-matter's ``escapeYAML``: leading tabs after a line break become 2 spaces each."""
    return _TAB_INDENT.sub(lambda m: "  " * len(m.group(1)), inner)


def load_yaml(
    inner: str, *, line_offset: int = 0, loader: type[Yaml12Loader] = Yaml12Loader
) -> dict[str, object]:
    """Read a YAML front-matter block into a dict in file order.

    ``line_offset`` is added to 0-based YAML lines to give 1-based file lines in errors
    (pass ``split.inner_line - 1``). ``loader`` may be a subclass adding tags (site configs).
    """
    source = hexo_escape(inner)
    _check_size(source, line_offset)
    try:
        _check_structure(source)
        data = yaml.load(source, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        raise _error_from(exc, line_offset, source) from exc
    except yaml.YAMLError as exc:
        raise FrontMatterError(str(exc).strip(), line_offset + 1, 1) from exc
    except RecursionError as exc:
        raise FrontMatterError("front matter is nested too deeply", line_offset + 1, 1) from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise FrontMatterError(
            "front matter is not a mapping of keys to values", line_offset + 1, 1
        )
    _check_expansion(data, line_offset)
    return data


def compose_yaml(inner: str, *, line_offset: int = 0) -> Node | None:
    """The YAML node tree (with marks) of a front-matter block, for line-level patching."""
    source = hexo_escape(inner)
    _check_size(source, line_offset)
    try:
        _check_structure(source)
        node: Node | None = yaml.compose(source, Loader=Yaml12Loader)
    except yaml.MarkedYAMLError as exc:
        raise _error_from(exc, line_offset, source) from exc
    except yaml.YAMLError as exc:
        raise FrontMatterError(str(exc).strip(), line_offset + 1, 1) from exc
    return node


def key_text(key: object) -> str:
    """A key as JavaScript sees it: ``true`` -> "true", ``1`` -> "1", ``null`` -> "null"."""
    if isinstance(key, bool):
        return "true" if key else "false"
    if key is None:
        return "null"
    return str(key)


def _check_size(source: str, line_offset: int) -> None:
    if len(source) > MAX_INNER_CHARS:
        raise FrontMatterError("front matter is too large", line_offset + 1, 1)


def _check_structure(source: str) -> None:
    """Stream parser events (no objects built) and stop at absurd nesting or too many aliases."""
    depth = 0
    aliases = 0
    for event in _events(source):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise yaml.MarkedYAMLError(
                    problem=f"nested deeper than {MAX_DEPTH} levels", problem_mark=_mark(event)
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        elif isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_ALIASES:
                raise yaml.MarkedYAMLError(
                    problem=f"more than {MAX_ALIASES} aliases", problem_mark=_mark(event)
                )


def _mark(event: yaml.Event) -> Any:
    return event.start_mark


def _events(source: str) -> Iterator[yaml.Event]:
    loader = Yaml12Loader(source)
    try:
        while loader.check_event():
            yield loader.get_event()
    finally:
        loader.dispose()


def _check_expansion(data: object, line_offset: int) -> None:
    """Refuse shared sub-trees (aliases) whose fully expanded size is absurd (billion laughs)."""
    sizes: dict[int, int] = {}

    def size(value: object) -> int:
        if isinstance(value, dict | list):
            known = sizes.get(id(value))
            if known is not None:
                return known
            sizes[id(value)] = 1  # guards against recursive structures
            items = value.values() if isinstance(value, dict) else value
            total = 1 + sum(size(item) for item in items)
            sizes[id(value)] = total
            return total
        return 1

    if size(data) > MAX_EXPANDED_NODES:
        raise FrontMatterError(
            f"front matter expands to more than {MAX_EXPANDED_NODES} values (alias bomb?)",
            line_offset + 1,
            1,
        )


def _error_from(exc: yaml.MarkedYAMLError, line_offset: int, source: str) -> FrontMatterError:
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or exc.context or "invalid YAML"
    if problem == _NO_TOKEN and mark is not None and _char_at(source, mark) == "\t":
        problem = TAB_NO_TOKEN  # libyaml does not say which character: a typed tab, mostly
    if exc.context and exc.problem:
        problem = f"{problem} ({exc.context})"
    if mark is None:
        return FrontMatterError(problem, line_offset + 1, 1)
    return FrontMatterError(problem, mark.line + line_offset + 1, mark.column + 1)


_NO_TOKEN = "found character that cannot start any token"
#: libyaml's words for a tab where a token should start, naming the tab
TAB_NO_TOKEN = "found a tab character that cannot start any token"


def _char_at(source: str, mark: Any) -> str:
    lines = source.split("\n")
    if not 0 <= mark.line < len(lines):
        return ""
    line = lines[mark.line]
    return line[mark.column] if 0 <= mark.column < len(line) else ""
