"""Which Chroma lexer Hugo picks for a fence's language, and its guess for unlabelled code.

``assets/chroma/index.json`` lists every lexer Chroma 2.27 registers, in its registry's order;
the ones whose rules Postpad bundles are built from their XML on first use (``lexers/*.xml``),
Go from its port. :func:`find` follows Chroma's ``LexerRegistry.Get`` (name, alias, each also
lower-cased, then file-name patterns by priority); :func:`analyse` its ``Analyse``
(``guessSyntax``): the highest analyser score, first one on a tie.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from fnmatch import fnmatchcase
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from postpad.core.assets import asset_text
from postpad.core.render.chroma.golang import GoLexer, analyse_go
from postpad.core.render.chroma.lexer import TokenSource, read_lexer
from postpad.core.render.chroma.markdown import MarkdownLexer
from postpad.core.render.chroma.regex import UntranslatableError, compile_rule

if TYPE_CHECKING:
    import regex

_IGNORED_SUFFIXES: tuple[str, ...] = (
    "~",
    ".bak",
    ".old",
    ".orig",
    ".dpkg-dist",
    ".dpkg-old",
    ".ucf-dist",
)
_IGNORED_SUFFIXES += (".ucf-new", ".ucf-old", ".rpmnew", ".rpmorig", ".rpmsave", ".in")


@dataclass(frozen=True)
class Entry:
    """One lexer of Chroma's registry."""

    name: str
    aliases: tuple[str, ...]
    filenames: tuple[str, ...]
    alias_filenames: tuple[str, ...]
    priority: float
    analyse: Any
    file: str | None

    @property
    def rank(self) -> float:
        return self.priority or 1.0


@lru_cache(maxsize=1)
def entries() -> tuple[Entry, ...]:
    data = json.loads(asset_text("chroma/index.json"))
    return tuple(
        Entry(
            e["name"],
            tuple(e["aliases"]),
            tuple(e["filenames"]),
            tuple(e["alias_filenames"]),
            e["priority"],
            e["analyse"],
            e["file"],
        )
        for e in data["lexers"]
    )


@lru_cache(maxsize=1)
def _by_name() -> tuple[dict[str, Entry], dict[str, Entry]]:
    names: dict[str, Entry] = {}
    aliases: dict[str, Entry] = {}
    for entry in entries():  # a later registration wins, as in Chroma's maps
        names[entry.name] = names[entry.name.lower()] = entry
        for alias in entry.aliases:
            aliases[alias] = aliases[alias.lower()] = entry
    return names, aliases


@lru_cache(maxsize=512)
def find(language: str) -> Entry | None:
    """The lexer Chroma's ``lexers.Get(language)`` returns, None when it has none."""
    names, aliases = _by_name()
    for key in (language, language.lower()):
        found = names.get(key) or aliases.get(key)
        if found is not None:
            return found
    candidates = [e for e in (_match("filename." + language), _match(language)) if e]
    return max(candidates, key=lambda e: e.rank) if candidates else None


def _match(filename: str) -> Entry | None:
    filename = filename.rsplit("/", 1)[-1]
    for field in ("filenames", "alias_filenames"):
        matched = [e for e in entries() if any(_glob(g, filename) for g in getattr(e, field))]
        if matched:
            best = max(e.rank for e in matched)
            return next(e for e in matched if e.rank == best)
    return None


def _glob(pattern: str, filename: str) -> bool:
    return fnmatchcase(filename, pattern) or any(
        fnmatchcase(filename, pattern + suffix) for suffix in _IGNORED_SUFFIXES
    )


@lru_cache(maxsize=128)
def lexer(entry_name: str) -> TokenSource | None:
    """The runnable lexer for a registry entry: its bundled XML or port; None when Postpad
    bundles no rules for it or they do not compile (the caller falls back to Pygments)."""
    names, _ = _by_name()
    entry = names.get(entry_name)
    if entry is None or entry.file is None:
        return None
    if entry.file == "go":
        return GoLexer()
    if entry.file == "markdown":
        return MarkdownLexer(_lookup)
    try:
        return read_lexer(asset_text(f"chroma/lexers/{entry.file}"), _lookup)
    except UntranslatableError:
        return None


def _lookup(name: str) -> TokenSource | None:
    found = find(name)
    return lexer(found.name) if found is not None else None


def analyse(text: str) -> Entry | None:
    """Chroma's ``lexers.Analyse``: the lexer whose analyser scores ``text`` highest."""
    best, highest = None, 0.0
    for entry in entries():
        score = _score(entry, text)
        if score > highest:
            best, highest = entry, score
    return best


def _score(entry: Entry, text: str) -> float:
    coded = _CODED_ANALYSERS.get(entry.name)
    if coded is not None:
        return coded(text)
    if not entry.analyse:
        return 0.0
    total = 0.0
    for pattern, score in entry.analyse["regexes"]:
        if _analyser_regex(pattern).search(text):
            if entry.analyse["first"]:
                return min(float(score), 1.0)
            total += score
    return min(total, 1.0)


@lru_cache(maxsize=64)
def _analyser_regex(pattern: str) -> re.Pattern[str] | regex.Pattern[str]:
    try:
        return compile_rule(pattern, "")
    except UntranslatableError:
        return re.compile(r"(?!)")  # an analyser Python cannot read never matches


def _mysql(text: str) -> float:
    ticks = len(re.findall(r"`[a-zA-Z_]\w*`", text))
    brackets = len(re.findall(r"\[[a-zA-Z_]\w*\]", text))
    if ticks + brackets >= 1 and ticks >= 2 * brackets:
        return 0.5
    if ticks > brackets:
        return 0.2
    return 0.1 if ticks > 0 else 0.0


def _zed(text: str) -> float:
    found = [word in text for word in ("definition ", "relation ", "permission ")]
    if all(found):
        return 0.9
    return 0.5 if found[0] or found[1] else 0.25 if found[2] else 0.0


#: Analysers Chroma writes in Go (``lexers/{go,dns,mysql,zed}.go``). PHTML's ``<?php`` and ERB's
#: ``<%`` analysers are set on the inner lexer of a ``DelegatingLexer`` whose ``AnalyseText``
#: asks the root HTML lexer, which has none: Chroma 2.27 never guesses them (decision 0190).
_CODED_ANALYSERS = {
    "Go": analyse_go,
    "dns": lambda text: 1.0 if re.search(r"(?m)^@\s+IN\s+SOA\s+", text) else 0.0,
    "MySQL": _mysql,
    "Zed": _zed,
}
