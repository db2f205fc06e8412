"""A Hexo tag's argument text cut into words, with where each word lies (decision 0130).

The words are Hexo's (``extend/tag.js`` collecting Nunjucks tokens; the preview's
``rules.tag_args.split_args`` is these words without their spans): only space,
tab, newline, CR and NBSP separate (a full-width space stays inside a word), a quoted string
joins the text next to it (``lang:"a b"`` is one word ``lang:a b``), an empty word (``""``)
is dropped. Keeping positions lets an edit reuse each unchanged word's original spelling.
"""

from __future__ import annotations

import re

from postpad.core.tags.spec import TagSpec

_WHITESPACE = frozenset(" \n\t\r\u00a0")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r"}
EXTRA = "_args"  # arguments of a tag whose spec lists no parameters, kept as written

Token = tuple[int, int, str]  # start, end, the word as Hexo reads it
Group = tuple[str, str, str]  # (parameter name, original text, value)


def tokens(core: str) -> list[Token]:
    """Hexo's words of ``core`` with their spans (an empty word is dropped)."""
    out: list[Token] = []
    start, word, i = -1, "", 0
    while i < len(core):
        ch = core[i]
        if ch in _WHITESPACE:
            _flush(out, start, i, word)
            start, word, i = -1, "", i + 1
            continue
        start = i if start < 0 else start
        if ch in "\"'":
            text, i = _quoted(core, i)
            word += text
        else:
            word, i = word + ch, i + 1
    _flush(out, start, len(core), word)
    return out


def _flush(out: list[Token], start: int, end: int, word: str) -> None:
    if start >= 0 and word.strip():
        out.append((start, end, word.strip()))


def _quoted(core: str, start: int) -> tuple[str, int]:
    quote_char, text, i = core[start], "", start + 1
    while i < len(core) and core[i] != quote_char:
        if core[i] == "\\" and i + 1 < len(core):
            i += 1
            text += _ESCAPES.get(core[i], core[i])
        else:
            text += core[i]
        i += 1
    return text, min(i + 1, len(core))


def names(spec: TagSpec) -> list[str]:
    return [p.name for p in spec.params] or [EXTRA]


def collapse(
    core: str, roles: list[str], values: list[str] | None = None
) -> tuple[list[Group], list[str]]:
    """Groups of neighbouring words with the same role, and the text between groups.

    ``values`` replaces the words' own values (``lang:yaml`` → ``yaml``)."""
    groups: list[Group] = []
    seps: list[str] = []
    first = last = 0
    words = tokens(core)
    own = values if values is not None else [value for _s, _e, value in words]
    for (start, end, _word), role, value in zip(words, roles, own, strict=False):
        if groups and groups[-1][0] == role:
            groups[-1] = (role, core[first:end], f"{groups[-1][2]} {value}")
        else:
            if groups:
                seps.append(core[last:start])
            groups.append((role, core[start:end], value))
            first = start
        last = end
    return groups, seps


def quote(value: str) -> str:
    """A word as Hexo reads it back: quoted when it holds spaces (never empty: see gaps)."""
    if value and not re.search(r"[ \t\n\r\u00a0]", value) and not set(value) & set("\"'"):
        return value
    if '"' not in value:
        return f'"{value}"'
    if "'" not in value:
        return f"'{value}'"
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
