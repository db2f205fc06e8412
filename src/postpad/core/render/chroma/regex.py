"""Chroma's patterns (regexp2, .NET syntax) as Python ``re`` patterns.

Chroma compiles each rule as ``\\G(?flags)(?:pattern)`` with regexp2. Python's ``re`` spells a
few things differently: named groups ``(?<n>…)``/``(?'n'…)`` and back-references ``\\k<n>``;
``\\z`` (Python ``\\Z``) and ``\\Z`` (end or before a final newline); ``\\e``; inline flags in
the middle of a pattern, which .NET applies to the rest of the enclosing group and Python 3.11
refuses (they become scoped ``(?s:…)`` groups). Unicode classes (``\\p{L}``) and variable-width
look-behind need the ``regex`` module. What still cannot be compiled (character-class
subtraction, a group that refers to itself) raises :class:`UntranslatableError`, and the caller
falls back to Pygments for that language.
"""

from __future__ import annotations

import re
import warnings
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import regex


class UntranslatableError(ValueError):
    """A regexp2 pattern Python's ``re`` cannot express."""


_FLAG_GROUP = re.compile(r"\(\?([imsxn]*(?:-[imsxn]+)?)\)")
_SIMPLE_ESCAPES = {"z": r"\Z", "Z": r"(?=\n?\Z)", "e": r"\x1b"}


#: regexp2 reads ``[^\\W\\d]`` ("a letter") as ``\\w``: digits match too. Hugo shows ``0`` in
#: Java's ``default 0`` as a name, not a number (checked with Hugo 0.168).
_REGEXP2_QUIRKS = ((r"[^\W\d]", r"\w"),)
#: .NET reads ``{,2}`` as the text "{,2}", Python 3.11 as ``{0,2}``: Chroma's Python docstring
#: rule (``[rRuUbB]{,2}``) never matches, and Hugo writes a docstring as ``s2``, not ``sd``.
_OPEN_MINIMUM = re.compile(r"\{,\d*\}")


def translate(pattern: str) -> str:
    """The Python spelling of a regexp2 ``pattern`` (raises :class:`UntranslatableError`)."""
    for quirk, meaning in _REGEXP2_QUIRKS:
        pattern = pattern.replace(quirk, meaning)
    out: list[str] = []
    scoped: list[list[str]] = [[]]  # per open group: the scoped-flag groups opened in it
    i, in_class = 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            piece, i = _escape(pattern, i, in_class)
            out.append(piece)
            continue
        if in_class:
            if char == "[" and i + 1 < len(pattern) and pattern[i - 1] == "-":
                raise UntranslatableError("character class subtraction")
            if char == "]" and not _class_start(pattern, i):
                in_class = False
            out.append(char)
            i += 1
            continue
        if char == "[":
            in_class = True
            out.append(char)
            i += 1
            continue
        if char == "(":
            piece, i = _group_open(pattern, i, scoped)
            out.append(piece)
            continue
        if char == ")":
            out.append(")" * (len(scoped.pop()) + 1) if len(scoped) > 1 else ")")
        elif char == "|" and scoped[-1]:  # the flags hold in the next alternative too
            out.append(")" * len(scoped[-1]) + "|" + "".join(scoped[-1]))
        elif char == "{" and _OPEN_MINIMUM.match(pattern, i):
            out.append("\\{")
        else:
            out.append(char)
        i += 1
    return "".join(out) + ")" * len(scoped[0])


def _class_start(pattern: str, i: int) -> bool:
    """Whether the ``]`` at ``i`` is the literal first character of its class (``[]…]``)."""
    return pattern[i - 1] == "[" or (pattern[i - 1] == "^" and pattern[i - 2] == "[")


def _escape(pattern: str, i: int, in_class: bool) -> tuple[str, int]:
    nxt = pattern[i + 1] if i + 1 < len(pattern) else ""
    if nxt == "k" and pattern[i + 2 : i + 3] in ("<", "'"):
        end = pattern.index(">" if pattern[i + 2] == "<" else "'", i + 3)
        return f"(?P={pattern[i + 3 : end]})", end + 1
    if nxt in _SIMPLE_ESCAPES and not (in_class and nxt in "zZ"):
        return _SIMPLE_ESCAPES[nxt], i + 2
    return pattern[i : i + 2], i + 2


def _group_open(pattern: str, i: int, scoped: list[list[str]]) -> tuple[str, int]:
    flags = _FLAG_GROUP.match(pattern, i)
    if flags:  # .NET: the flags hold to the end of the enclosing group
        kept = flags[1].replace("n", "").rstrip("-")
        scoped[-1].append(f"(?{kept}:" if kept else "(?:")
        return scoped[-1][-1], flags.end()
    rest = pattern[i + 1 : i + 4]
    scoped.append([])
    if rest.startswith("?<") and rest[2:3] not in ("=", "!"):
        return "(?P<", i + 3
    if rest.startswith("?'"):
        end = pattern.index("'", i + 3)
        return f"(?P<{pattern[i + 3 : end]}>", end + 1
    return "(", i + 1


@lru_cache(maxsize=8192)
def compile_rule(pattern: str, flags: str) -> re.Pattern[str] | regex.Pattern[str]:
    """A rule's pattern compiled as Chroma compiles it: the lexer's flags (``m``, ``i``,
    ``s``) around the whole pattern. Python's ``re`` where it can (fast to compile), else the
    ``regex`` module, which has regexp2's Unicode classes (``\\p{L}``) and variable-width
    look-behind."""
    prefix = f"(?{flags})" if flags else ""
    source = f"{prefix}(?:{translate(pattern)})"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "possible nested set" and friends
        try:
            return re.compile(source)
        except re.error:
            pass
        import regex  # only for the patterns re refuses (loads in ~50 ms)

        try:
            return regex.compile(source)
        except (regex.error, IndexError, ValueError) as error:
            raise UntranslatableError(str(error)) from error
