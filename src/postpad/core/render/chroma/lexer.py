"""A Chroma XML lexer run as Chroma's ``RegexLexer`` runs it (``regexp.go``, ``emitters.go``,
``mutators.go``, ``coalesce.go`` of Chroma 2.27).

Rules are tried in order at the current position of the text; the first whose pattern matches
there wins, its mutator changes the state stack (push, pop, combined) and its emitter gives the
tokens (one type, ``bygroups``, ``using`` another lexer, ``usingself``). ``include`` is expanded
when the lexer is built. Where no rule matches, a newline outside the start state resets the
stack, anything else is one ``Error`` character.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from postpad.core.render.chroma.regex import compile_rule

if TYPE_CHECKING:  # both load on the first lexer built, not at start-up
    import xml.etree.ElementTree as ET

    import regex

Token = tuple[str, str]  # (Chroma token type name, text)
#: How an emitter reaches another lexer by name (the registry's ``get``).
Lookup = Callable[[str], "TokenSource | None"]


class TokenSource:
    """Anything that tokenises like a Chroma lexer: XML-driven or a port."""

    name = ""

    def tokens(self, text: str, state: str = "root", nested: bool = False) -> list[Token]:
        raise NotImplementedError


@dataclass(frozen=True)
class Emitter:
    kind: str  # token | bygroups | using | usingself | usingbygroup
    value: str = ""
    children: tuple[Emitter, ...] = ()
    groups: tuple[int, int] = (0, 0)  # usingbygroup: (sub-lexer name group, code group)


@dataclass
class Rule:
    pattern: str
    emitter: Emitter | None
    mutator: tuple[str, tuple[str, ...]] | None  # (push|pop|include|combined, arguments)
    regex: re.Pattern[str] | regex.Pattern[str] | None = None


@dataclass
class Config:
    name: str
    aliases: tuple[str, ...] = ()
    filenames: tuple[str, ...] = ()
    flags: str = "m"
    ensure_nl: bool = False
    priority: float = 0.0


@dataclass
class XMLLexer(TokenSource):
    """One Chroma lexer from its XML file."""

    config: Config
    states: dict[str, list[Rule]]
    lookup: Lookup = field(repr=False, default=lambda _name: None)

    @property
    def name(self) -> str:  # type: ignore[override]
        return self.config.name

    def tokens(self, text: str, state: str = "root", nested: bool = False) -> list[Token]:
        """Chroma's ``Tokenise``: Hugo calls it with ``EnsureLF``; nested lexers without."""
        if not nested:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        added = not nested and self.config.ensure_nl and not text.endswith("\n")
        if added:
            text += "\n"
        return _Run(self, text, state, len(text) - added).run()


_STUCK_STEPS = 1000


class _Run:
    def __init__(self, lexer: XMLLexer, text: str, state: str, end: int) -> None:
        self.lexer, self.text, self.start, self.end = lexer, text, state, end
        self.stack = [state]
        self.pos = 0
        self.out: list[Token] = []

    def run(self) -> list[Token]:
        stuck = 0
        while self.pos < self.end and self.stack:
            before = self.pos
            self.step()
            stuck = stuck + 1 if self.pos == before else 0
            if stuck > _STUCK_STEPS:  # empty matches that never advance: Chroma would spin
                self.out.append(("Error", self.text[self.pos]))
                self.pos, stuck = self.pos + 1, 0
        if self.pos != len(self.text) and not self.stack:
            self.out.append(("Error", self.text[self.pos :]))
        return self.out

    def step(self) -> None:
        current = self.stack[-1]
        for rule in self.lexer.states[current]:
            assert rule.regex is not None
            match = rule.regex.match(self.text, self.pos)
            if match is not None:
                break
        else:
            if self.text[self.pos] == "\n" and current != self.start:
                self.stack = [self.start]
                return
            self.out.append(("Error", self.text[self.pos]))
            self.pos += 1
            return
        self.pos = match.end()
        groups = [match.group(0)] + [g or "" for g in match.groups()]
        if rule.mutator is not None:
            self.mutate(rule.mutator, current)
        if rule.emitter is not None:
            self.out += _emit(rule.emitter, groups, self.lexer)

    def mutate(self, mutator: tuple[str, tuple[str, ...]], current: str) -> None:
        kind, args = mutator
        if kind == "pop":
            del self.stack[max(0, len(self.stack) - int(args[0])) :]
        elif kind == "push" and not args:
            self.stack.append(current)
        elif kind == "push":
            for state in args:
                if state == "#pop":
                    self.stack.pop()
                else:
                    self.stack.append(state)
        elif kind == "mutators":
            for part in args:
                kind_, _, rest = part.partition(":")
                self.mutate((kind_, tuple(rest.split(",")) if rest else ()), current)


def _emit(emitter: Emitter, groups: list[str], lexer: XMLLexer) -> list[Token]:
    kind = emitter.kind
    if kind == "token":
        return [(emitter.value, groups[0])] if emitter.value != "Ignore" else []
    if kind == "bygroups":
        if len(emitter.children) != len(groups) - 1:
            return [("Error", groups[0])]
        out: list[Token] = []
        for child, group in zip(emitter.children, groups[1:], strict=True):
            out += _emit(child, [group], lexer)
        return out
    if kind == "usingself":
        return lexer.tokens(groups[0], emitter.value or "root", nested=True)
    if kind == "using":
        other = lexer.lookup(emitter.value)
        return other.tokens(groups[0], nested=True) if other else [("Text", groups[0])]
    return _using_by_group(emitter, groups, lexer)


def _using_by_group(emitter: Emitter, groups: list[str], lexer: XMLLexer) -> list[Token]:
    name_group, code_group = emitter.groups
    sub = lexer.lookup(groups[name_group]) if name_group < len(groups) else None
    out: list[Token] = []
    for index, (child, group) in enumerate(zip(emitter.children, groups[1:], strict=False), 1):
        if index == code_group and sub is not None:
            out += sub.tokens(group)
        else:
            out += _emit(child, [group], lexer)
    return out


def coalesce(tokens: list[Token]) -> list[Token]:
    """Chroma's ``Coalesce``: runs of one type joined (below 8192 characters), empty dropped."""
    out: list[Token] = []
    for kind, value in tokens:
        if not value:
            continue
        if out and out[-1][0] == kind and len(out[-1][1]) < 8192:
            out[-1] = (kind, out[-1][1] + value)
        else:
            out.append((kind, value))
    return out


# --- reading the XML ---------------------------------------------------------------------------


def read_lexer(xml_text: str, lookup: Lookup) -> XMLLexer:
    """Build a lexer from Chroma's XML (raises ``UntranslatableError`` for an unusable pattern)."""
    from xml.etree.ElementTree import fromstring

    root = fromstring(_MULTI_STATE.sub(_join_states, xml_text))
    config = read_config(root.find("config"))
    states = {
        state.get("name", ""): [_rule(element) for element in state.findall("rule")]
        for state in root.iter("state")
    }
    states = _resolve(states)
    for rules in states.values():
        for rule in rules:
            rule.regex = compile_rule(rule.pattern, config.flags)
    return XMLLexer(config, states, lookup)


def read_config(element: ET.Element | None) -> Config:
    if element is None:
        return Config("")

    def on(tag: str) -> bool:
        return (element.findtext(tag) or "").strip() == "true"

    flags = ("" if on("not_multiline") else "m") + ("i" if on("case_insensitive") else "")
    return Config(
        name=element.findtext("name") or "",
        aliases=tuple(a.text or "" for a in element.findall("alias")),
        filenames=tuple(f.text or "" for f in element.findall("filename")),
        flags=flags + ("s" if on("dot_all") else ""),
        ensure_nl=on("ensure_nl"),
        priority=float(element.findtext("priority") or 0),
    )


def _rule(element: ET.Element) -> Rule:
    emitter, mutator = None, None
    for child in element:
        if child.tag in ("push", "pop", "include", "combined", "mutators"):
            mutator = _mutator(child)
        else:
            emitter = _emitter(child)
    return Rule(element.get("pattern", ""), emitter, mutator)


def _mutator(element: ET.Element) -> tuple[str, tuple[str, ...]]:
    tag = element.tag
    if tag == "pop":
        return ("pop", (element.get("depth", "1"),))
    if tag == "mutators":
        parts = tuple(f"{kind}:{','.join(args)}" for kind, args in (_mutator(c) for c in element))
        return ("mutators", parts)
    if tag == "include":
        return ("include", (element.get("state", ""),))
    # repeated ``state`` attributes, joined by read_lexer (_join_states)
    return (tag, _states(element))


def _states(element: ET.Element) -> tuple[str, ...]:
    raw = element.get("states")
    return tuple(raw.split()) if raw else ()


_MULTI_STATE = re.compile(r"<(push|combined)\b([^>]*?)(/?)>")
_STATE_ATTR = re.compile(r'state="([^"]*)"')


def _join_states(match: re.Match[str]) -> str:
    """``<push state="a" state="b"/>`` (repeated attributes, which Go's decoder accepts and
    XML forbids) as ``<push states="a b"/>``."""
    names = " ".join(_STATE_ATTR.findall(match[2]))
    return f'<{match[1]} states="{names}"{match[3]}>'


def _emitter(element: ET.Element) -> Emitter:
    tag = element.tag
    if tag == "token":
        return Emitter("token", element.get("type", "Text"))
    if tag == "bygroups":
        return Emitter("bygroups", children=tuple(_emitter(c) for c in element))
    if tag == "using":
        return Emitter("using", element.get("lexer", ""))
    if tag == "usingself":
        return Emitter("usingself", element.get("state", "root"))
    emitters = element.find("emitters")
    return Emitter(
        "usingbygroup",
        children=tuple(_emitter(c) for c in (emitters if emitters is not None else [])),
        groups=(
            int(element.findtext("sublexer_name_group") or 0),
            int(element.findtext("code_group") or 0),
        ),
    )


def _resolve(states: dict[str, list[Rule]]) -> dict[str, list[Rule]]:
    """``combined`` becomes a push of a new state; ``include`` is replaced by the rules."""
    for rules in list(states.values()):
        for rule in rules:
            if rule.mutator and rule.mutator[0] == "combined":
                name = "__combined_" + "__".join(rule.mutator[1])
                states.setdefault(name, [r for s in rule.mutator[1] for r in states[s]])
                rule.mutator = ("push", (name,))
    return {name: _expand(name, states, ()) for name in states}


def _expand(name: str, states: dict[str, list[Rule]], seen: tuple[str, ...]) -> list[Rule]:
    out: list[Rule] = []
    for rule in states[name]:
        if rule.mutator and rule.mutator[0] == "include":
            target = rule.mutator[1][0]
            if target not in seen:
                out += _expand(target, states, (*seen, name))
        else:
            out.append(rule)
    return out
