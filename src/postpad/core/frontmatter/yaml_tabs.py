"""Which tabs in a YAML header's indentation the engines' YAML readers refuse (decision 0047).

Hexo turns leading tabs into spaces before js-yaml reads the header (hexo-front-matter's
``escapeYAML``; ``yaml_codec.hexo_escape``). Hugo (goccy/go-yaml) and Jekyll (libyaml) refuse a
tab only where YAML expects indentation: Hugo stops the build, Jekyll publishes the post without
its front matter at today's URL. Measured with the real engines:

- a tab in column 1 fails, except inside a flow collection (``[a,\\n\\tb]``);
- after spaces, a tab that starts a new key, list item or comment fails, and so does one inside
  a block scalar's indentation; a tab after the block's indentation, or in the continuation line
  of a plain or quoted multi-line value, is just text;
- tabs after the indentation (``key:\\tvalue``, ``-\\titem``, trailing) are separators.

``postpad check`` reports them (``site/check/tabs.py``); the form refuses a header its engine
refuses (``read_fields(…, engine=…)``, decision 0221).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from postpad.core.engines.parts import CheckRules, YamlReader

_BLOCK_START = re.compile(r"""(?:^|[:\-])\s+[|>][1-9+-]{0,2}\s*(?:#.*)?$|^[|>][1-9+-]{0,2}\s*$""")
_KEY_VALUE = re.compile(r"""^(?P<lead>\s*(?:-\s+)*)[^\s#'"\-?:][^:#]*:\s+(?P<value>[^\s#].*)$""")
_LOOKS_LIKE_KEY = re.compile(r"[^#]*?:(?:\s|$)")
_JEKYLL_DASH_TAB = re.compile(r"^\s*-\t")
_DASH_TAB = re.compile(r"^[ \t]*-\t")


@dataclass
class _State:
    block_parent: int | None = None  # indentation of the line that opened a block scalar
    block_indent: int | None = None  # the block's content indentation, once known
    flow: int = 0  # open [ / { brackets
    quote: str = ""  # an open multi-line quoted scalar
    plain_parent: int | None = None  # column of a key or item whose plain value may continue
    opener: int | None = None  # indentation of a ``key:`` that opens a nested block


def _indent(line: str) -> tuple[int, bool]:
    """(leading spaces, whether a tab follows them inside the leading whitespace)."""
    spaces = len(line) - len(line.lstrip(" "))
    return spaces, line[spaces : spaces + 1] == "\t"


def _scan(line: str, state: _State) -> None:
    """Track brackets and quotes across the line (comments ignored)."""
    index = 0
    while index < len(line):
        char = line[index]
        if state.quote == '"':
            if char == "\\":
                index += 1
            elif char == '"':
                state.quote = ""
        elif state.quote == "'":
            if char == "'" and line[index + 1 : index + 2] == "'":
                index += 1
            elif char == "'":
                state.quote = ""
        elif char in "\"'" and (index == 0 or line[index - 1] in " \t[{,:-"):
            state.quote = char
        elif char == "#" and (index == 0 or line[index - 1] in " \t"):
            return
        elif char in "[{":
            state.flow += 1
        elif char in "]}" and state.flow:
            state.flow -= 1
        index += 1


def _rejected(line: str, state: _State) -> tuple[bool, bool]:
    """Whether (Hugo, Jekyll) refuse the leading whitespace of ``line`` (it holds a tab)."""
    spaces, _ = _indent(line)
    if state.flow:
        return False, False
    if state.block_parent is not None:
        refused = state.block_indent is None or spaces < state.block_indent
        return refused, refused
    if state.quote:
        return spaces == 0, False  # Hugo refuses a tab in column 1 of a quoted value
    if spaces == 0:
        return True, True
    continues = state.plain_parent is not None and spaces > state.plain_parent
    if continues and not _LOOKS_LIKE_KEY.match(line.strip()):
        return False, False  # a continuation line of a plain value
    # A new key, item or comment: Hugo accepts it on the first line of a nested block only.
    comment = line.strip().startswith("#")
    first_nested = state.opener is not None and spaces > state.opener
    return not (comment or first_nested), not comment


def _advance(line: str, state: _State) -> None:
    """Update the state with ``line`` (after it was judged)."""
    stripped = line.strip(" \t")
    spaces = len(line) - len(line.lstrip(" \t"))
    if state.block_parent is not None:
        if not stripped:
            return
        if spaces > state.block_parent and not line.startswith("\t"):
            if state.block_indent is None:
                state.block_indent = len(line) - len(line.lstrip(" "))
            return
        state.block_parent = state.block_indent = None
    if not stripped or stripped.startswith("#"):
        return
    state.opener = None
    was_inside = bool(state.flow or state.quote)
    _scan(line, state)
    if was_inside or state.flow or state.quote:
        state.plain_parent = None
        return
    if state.plain_parent is not None and spaces > state.plain_parent:
        return  # a continuation line of a plain value
    if _BLOCK_START.search(line):
        state.block_parent, state.block_indent, state.plain_parent = spaces, None, None
        return
    value = _KEY_VALUE.match(line)
    state.plain_parent = None
    if value and not value.group("value").startswith(("&", "*", "!")):
        state.plain_parent = len(value.group("lead"))
    elif re.match(r"\s*-\s+[^\s#]", line) and not value:
        state.plain_parent = len(re.match(r"\s*-\s+", line).group(0)) - 1  # type: ignore[union-attr]
    elif re.match(r"\s*(?:-\s+)?[^\s#][^#]*:\s*(?:#.*)?$", line):
        state.opener = spaces


def rejected_tab_lines(inner: str) -> Iterator[tuple[int, int, tuple[bool, bool]]]:
    """(0-based line, 1-based column of the tab, refused by (go-yaml: Hugo, Psych: Jekyll)) for
    every line whose
    leading whitespace holds a tab, and for Jekyll's ``-<tab>item``."""
    state = _State()
    for offset, line in enumerate(inner.split("\n")):
        lead = line[: len(line) - len(line.lstrip(" \t"))]
        outside = not (state.flow or state.quote or state.block_parent is not None)
        if "\t" in lead:
            yield offset, lead.index("\t") + 1, _rejected(line, state)
        elif outside and _JEKYLL_DASH_TAB.match(line):
            yield offset, line.index("\t") + 1, (False, True)
        _advance(line, state)


def refused_by(refused: tuple[bool, bool], reader: YamlReader) -> bool:
    """Whether ``reader`` refuses the tab (``refused``: by go-yaml, by Psych); an unknown
    reader may be either."""
    go_yaml, psych = refused
    return {"go-yaml": go_yaml, "psych": psych}.get(reader, go_yaml or psych)


def dropping_tab(inner: str, check: CheckRules, reader: YamlReader) -> tuple[int, int] | None:
    """(0-based line, 1-based column) of the first tab for which the engine stops the build or
    leaves the header or the post out: ``postpad check``'s ``yaml-tab`` error
    (``site/check/tabs.py``), which the site index calls broken too (decision 0269)."""
    lines = inner.split("\n")
    for offset, column, refused in rejected_tab_lines(inner):
        if check.tab_note:  # Hexo: leading tabs are spaces; js-yaml refuses one after spaces
            if column > 1 and refused[1] and not _DASH_TAB.match(lines[offset]):
                return offset, column
        elif check.tab_refusal and refused_by(refused, reader):
            return offset, column
    return None
