"""The part of Go's ``text/template`` that Hugo archetypes use (decision 0283).

Text and ``{{ … }}`` actions with ``{{-``/``-}}`` trimming, ``{{/* comments */}}``, pipelines
(``x | f a`` is ``f a x``), fields (``.File.ContentBaseName``, ``.Site.Params.x``), strings
(``"…"`` and raw `` `…` ``), numbers, booleans, function calls, a method on a function's
result (``now.Format "2006"``) and ``if``/``with`` with ``else``/``else if``/``else with``.
Anything else (``range``, variables, an unknown field or function) raises
``UnsupportedTemplateError`` naming the action as written, so the caller can say what it could
not evaluate instead of guessing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

#: what Go prints for a missing map key (``.Site.Params.nothere``)
NO_VALUE = "<no value>"


class Missing:
    """A missing map key: prints ``<no value>``, is empty to ``if``/``with``/``default``."""

    def __str__(self) -> str:
        return NO_VALUE


MISSING = Missing()


class UnsupportedTemplateError(ValueError):
    """The template uses something outside the supported subset; ``construct`` is the action."""

    def __init__(self, action: str) -> None:
        construct = action if action.startswith("{{") else f"{{{{ {action} }}}}"
        super().__init__(construct)
        self.construct = construct


class GoMap(dict[str, Any]):
    """A Go map (``.Site.Data``): a missing key is ``MISSING``."""


class Params(GoMap):
    """A Hugo ``maps.Params``: keys looked up without case; a missing one is ``MISSING``."""


Funcs = Mapping[str, Callable[..., Any]]
#: methods callable on a value of a type: ``now.Format "…"``
Methods = Callable[[Any, str, list[Any]], Any]

_TOKEN = re.compile(
    r"""\s*(?:(?P<str>"(?:[^"\\]|\\.)*")|(?P<raw>`[^`]*`)|(?P<num>-?\d+(?:\.\d+)?)"""
    r"""|(?P<field>(?:\.[A-Za-z_]\w*)+|\.)|(?P<ident>[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)"""
    r"""|(?P<punct>[|()])|(?P<other>\S+))"""
)
_ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", '"': '"', "'": "'", "r": "\r"}


@dataclass
class _Node:
    kind: str  # "text", "action", "if", "with"
    text: str = ""
    pipe: list[list[Any]] = field(default_factory=list)
    body: list[_Node] = field(default_factory=list)
    orelse: list[_Node] = field(default_factory=list)


def _words(source: str, action: str) -> list[Any]:
    """The tokens of one action: ("str", v), ("field", [names]), ("ident", name, [names]), …"""
    tokens: list[Any] = []
    for match in _TOKEN.finditer(source):
        kind = match.lastgroup
        value = match.group(kind) if kind else ""
        if kind == "str":
            tokens.append(
                ("lit", re.sub(r"\\(.)", lambda m: _ESCAPES.get(m[1], m[1]), value[1:-1]))
            )
        elif kind == "raw":
            tokens.append(("lit", value[1:-1]))
        elif kind == "num":
            tokens.append(("lit", float(value) if "." in value else int(value)))
        elif kind == "field":
            tokens.append(("field", [p for p in value.split(".") if p]))
        elif kind == "ident":
            head, *rest = value.split(".")
            if head in ("true", "false") and not rest:
                tokens.append(("lit", head == "true"))
            else:
                tokens.append(("ident", head, rest))
        elif kind == "punct":
            tokens.append(("punct", value))
        elif kind == "other":
            raise UnsupportedTemplateError(action)
    return tokens


def _pipeline(tokens: list[Any], action: str) -> list[list[Any]]:
    """Commands split at ``|``; a parenthesised group becomes ("paren", pipeline)."""
    commands: list[list[Any]] = [[]]
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token == ("punct", "|"):
            commands.append([])
        elif token == ("punct", "("):
            depth, end = 1, index + 1
            while end < len(tokens) and depth:
                depth += (tokens[end] == ("punct", "(")) - (tokens[end] == ("punct", ")"))
                end += 1
            if depth:
                raise UnsupportedTemplateError(action)
            commands[-1].append(("paren", _pipeline(tokens[index + 1 : end - 1], action)))
            index = end - 1
        elif token == ("punct", ")"):
            raise UnsupportedTemplateError(action)
        else:
            commands[-1].append(token)
        index += 1
    if any(not command for command in commands):
        raise UnsupportedTemplateError(action)
    return commands


_ACTION = re.compile(r"\{\{(-\s)?")
_KEYWORDS = ("if", "with", "else", "end")


def _split(source: str) -> list[tuple[str, str]]:
    """("text", t) and ("action", inner) pieces, trimming applied, comments dropped."""
    pieces: list[tuple[str, str]] = []
    position, trim_next = 0, False
    for match in _ACTION.finditer(source):
        if match.start() < position:
            continue
        text = source[position : match.start()]
        text = text.lstrip(" \t\r\n") if trim_next else text
        pieces.append(("text", text.rstrip(" \t\r\n") if match.group(1) else text))
        end = _action_end(source, match.end())
        inner = source[match.end() : end]
        trim_next = inner.endswith(" -") or inner.endswith("\t-") or inner.endswith("\n-")
        inner = inner[:-1] if trim_next else inner
        if not inner.strip().startswith("/*"):
            pieces.append(("action", inner.strip()))
        position = end + 2
    tail = source[position:]
    pieces.append(("text", tail.lstrip(" \t\r\n") if trim_next else tail))
    return pieces


def _action_end(source: str, start: int) -> int:
    """Where the action's ``}}`` is, skipping strings and comments that may hold one."""
    index = start
    while index < len(source):
        char = source[index]
        if source.startswith("/*", index):
            close = source.find("*/", index + 2)
            index = len(source) if close < 0 else close + 2
            continue
        if char in '"`':
            match = re.compile(r'"(?:[^"\\\n]|\\.)*"|`[^`]*`').match(source, index)
            if match is None:
                break
            index = match.end()
            continue
        if source.startswith("}}", index):
            return index
        index += 1
    raise UnsupportedTemplateError(source[start - 2 : start + 40])


@dataclass
class _Frame:
    node: _Node | None
    nodes: list[_Node]
    chained: bool = False  # an ``else if`` block, closed by its first block's ``end``


def _block(keyword: str, rest: str, action: str) -> _Node:
    return _Node(keyword, text=action, pipe=_pipeline(_words(rest, action), action))


def parse(source: str) -> list[_Node]:
    """The template's tree; ``UnsupportedTemplateError`` for what the subset lacks."""
    stack = [_Frame(None, [])]
    for kind, piece in _split(source):
        top = stack[-1]
        if kind == "text":
            if piece:
                top.nodes.append(_Node("text", text=piece))
            continue
        keyword, _, rest = piece.partition(" ")
        if keyword in ("if", "with"):
            node = _block(keyword, rest, piece)
            top.nodes.append(node)
            stack.append(_Frame(node, node.body))
        elif keyword == "else" and top.node is not None:
            top.nodes = top.node.orelse
            inner_kind, _, inner = rest.strip().partition(" ")
            if inner_kind in ("if", "with"):
                nested = _block(inner_kind, inner, piece)
                top.nodes.append(nested)
                stack.append(_Frame(nested, nested.body, chained=True))
            elif inner_kind:
                raise UnsupportedTemplateError(piece)
        elif keyword == "end" and not rest and top.node is not None:
            while stack.pop().chained:
                pass
        elif keyword in _KEYWORDS or keyword.startswith("$") or keyword in ("range", "define"):
            raise UnsupportedTemplateError(piece)
        else:
            top.nodes.append(
                _Node("action", text=piece, pipe=_pipeline(_words(piece, piece), piece))
            )
    if len(stack) != 1:
        raise UnsupportedTemplateError("{{ end }}")
    return stack[0].nodes


def truth(value: object) -> bool:
    """Go's ``if``: false, 0, "", nil and empty collections are false."""
    if isinstance(value, Missing) or value is None:
        return False
    if isinstance(value, (bool, int, float, str, list, tuple, dict)):
        return bool(value)
    return True


@dataclass(frozen=True)
class Engine:
    """Evaluates a parsed template with ``funcs`` and ``methods``; ``show`` prints a value."""

    funcs: Funcs
    methods: Methods
    show: Callable[[object], str]

    def render(self, source: str, data: object) -> str:
        return "".join(self._run(parse(source), data))

    def _run(self, nodes: list[_Node], dot: object) -> list[str]:
        out: list[str] = []
        for node in nodes:
            if node.kind == "text":
                out.append(node.text)
            elif node.kind == "action":
                value = self._pipe(node.pipe, dot, node.text)
                try:
                    out.append(self.show(value))
                except TypeError as exc:  # a struct Go prints its own way (.File, .Site)
                    raise UnsupportedTemplateError(node.text) from exc
            else:
                value = self._pipe(node.pipe, dot, node.text)
                if truth(value):
                    out += self._run(node.body, value if node.kind == "with" else dot)
                else:
                    out += self._run(node.orelse, dot)
        return out

    def _pipe(self, commands: list[list[Any]], dot: object, action: str) -> object:
        value: object = None
        for number, command in enumerate(commands):
            piped = [value] if number else []
            value = self._command(command, dot, piped, action)
        return value

    def _command(self, command: list[Any], dot: object, piped: list[Any], action: str) -> object:
        head, rest = command[0], command[1:]
        args = [self._operand(word, dot, action) for word in rest] + piped
        if head[0] == "ident" and head[1] in self.funcs:
            if head[2]:  # now.Format "…": the method of the function's result
                return self._chain(self.funcs[head[1]](), head[2], args, action)
            return self._call(head[1], args, action)
        if head[0] == "field" and args:  # a method with arguments: .Date.Format "…"
            return self._chain(dot, head[1], args, action)
        if args:
            raise UnsupportedTemplateError(action)
        return self._operand(head, dot, action)

    def _call(self, name: str, args: list[Any], action: str) -> object:
        try:
            return self.funcs[name](*args)
        except (TypeError, ValueError) as exc:
            raise UnsupportedTemplateError(action) from exc

    def _operand(self, word: Any, dot: object, action: str) -> object:
        if word[0] == "lit":
            return word[1]
        if word[0] == "field":
            return self._chain(dot, word[1], [], action)
        if word[0] == "paren":
            return self._pipe(word[1], dot, action)
        if word[0] == "ident" and word[1] in self.funcs:
            return self._chain(self._call(word[1], [], action), word[2], [], action)
        raise UnsupportedTemplateError(action)

    def _chain(self, value: object, names: list[str], args: list[Any], action: str) -> object:
        for index, name in enumerate(names):
            last = index == len(names) - 1
            value = self._field(value, name, args if last else [], action)
        return value

    def _field(self, value: object, name: str, args: list[Any], action: str) -> object:
        if isinstance(value, GoMap):
            if args:
                raise UnsupportedTemplateError(action)
            if isinstance(value, Params):
                return {k.lower(): v for k, v in value.items()}.get(name.lower(), MISSING)
            return value.get(name, MISSING)
        if isinstance(value, Missing):
            return MISSING  # Go: nil pointer evaluating; Hugo's Params chain gives no value
        if isinstance(value, dict) and name in value and not args:
            return value[name]
        try:
            return self.methods(value, name, args)
        except (KeyError, TypeError, ValueError) as exc:
            raise UnsupportedTemplateError(action) from exc
