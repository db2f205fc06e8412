"""Hexo tags as text: ``{% name args %}`` … ``{% endname %}``, read and written (decision 0130).

Arguments are read the way the theme reads them: Hexo's words (:mod:`.hexo_words`); Butterfly's
comma tags join those again and split at commas; Hexo's own tags read them their own way
(:mod:`.hexo_styles`).
"""

from __future__ import annotations

import re

from postpad.core.tags import hexo_styles, hexo_words
from postpad.core.tags.layout import Layout, join, split_space
from postpad.core.tags.spec import TagSpec

TAG = re.compile(r"\{%(-?[ \t]*)([A-Za-z_][\w-]*)((?:(?!%\}).)*?)([ \t]*-?%\})")
EXTRA = hexo_words.EXTRA

Group = hexo_words.Group
_tokens = hexo_words.tokens
_names = hexo_words.names
_collapse = hexo_words.collapse
quote = hexo_words.quote


def closing(name: str) -> str:
    return "{% end" + name + " %}"


def closing_name(name: str) -> str | None:
    """``note`` for ``endnote``; ``None`` for a name that is not a closing tag."""
    return name[3:] if name.startswith("end") and len(name) > 3 else None


def _words(spec: TagSpec, core: str) -> tuple[list[Group], list[str]]:
    """By position; more words than parameters all go to the last one."""
    names = _names(spec)
    count = len(_tokens(core))
    return _collapse(core, [names[min(i, len(names) - 1)] for i in range(count)])


def _commas(spec: TagSpec, core: str) -> tuple[list[Group], list[str]]:
    names, pieces = _names(spec), core.split(",")
    if len(pieces) > len(names):
        pieces = [*pieces[: len(names) - 1], ",".join(pieces[len(names) - 1 :])]
    groups = [
        (name, piece, " ".join(value for _s, _e, value in _tokens(piece)).strip())
        for name, piece in zip(names, pieces, strict=False)
    ]
    return groups, [","] * (len(groups) - 1)


def _classified(spec: TagSpec, core: str) -> tuple[list[Group], list[str]]:
    """note's ``[colour…] [icon] [style]``: the style is a known last word, the icon the
    ``fa…`` words (or ``no-icon``) before it, the colour or classes the rest."""
    words = [value for _start, _end, value in _tokens(core)]
    names = _names(spec)
    roles = [names[0]] * len(words)
    rest = len(words)
    style = spec.param(names[-1])
    if rest and style is not None and words[-1] in style.choices:
        rest -= 1
        roles[rest] = names[-1]
    while rest > 0 and len(names) > 2 and _is_icon(words[rest - 1]):
        rest -= 1
        roles[rest] = names[1]
    return _collapse(core, roles)


def _is_icon(word: str) -> bool:
    return word.startswith("fa") or word == "no-icon"


_READERS = {"words": _words, "commas": _commas, "classified": _classified}


def read(spec: TagSpec, opener: str, args: str, closer: str) -> Layout:
    """The layout of ``{%<opener>name<args><closer>``; ``args`` keeps its spaces."""
    lead, core, trail = split_space(args)
    reader = _READERS.get(spec.style, hexo_styles.read)
    groups, seps = reader(spec, core)
    values = {p.name: "" for p in spec.params}
    values.update({name: value for name, _raw, value in groups})
    return Layout(
        opener=opener,
        lead=lead,
        order=tuple(name for name, _raw, _value in groups),
        raws={name: raw for name, raw, _value in groups},
        seps=tuple(seps),
        closer=trail + closer,
        values=values,
    )


def gaps(spec: TagSpec, values: dict[str, str]) -> list[str]:
    """Parameters left empty before a filled one in a tag written by position with spaces.

    Hexo drops an empty argument (``""``) when it splits them, so the later ones would move
    into its place: such a tag cannot be written (decision 0130).
    """
    if spec.style in hexo_styles.STYLES:
        return hexo_styles.gaps(spec, values)
    if spec.style != "words":
        return []
    names = _names(spec)
    filled = [i for i, n in enumerate(names) if values.get(n)]
    return [n for n in names[: filled[-1]] if not values.get(n)] if filled else []


def _emitted(spec: TagSpec, values: dict[str, str], like: Layout | None) -> list[str]:
    if spec.style in hexo_styles.STYLES:
        return hexo_styles.emitted(spec, values, like)
    names = _names(spec)
    if spec.style == "classified":
        return [n for n in names if values.get(n)]
    filled = [i for i, n in enumerate(names) if values.get(n)]
    return names[: filled[-1] + 1] if filled else []


def _fresh(spec: TagSpec, name: str, values: dict[str, str], like: Layout | None) -> str:
    if spec.style in hexo_styles.STYLES:
        return hexo_styles.fresh(spec, name, values, like)
    value = values.get(name, "")
    if spec.style != "commas":
        return quote(value)
    lead, _core, trail = split_space(like.raws.get(name, "") if like is not None else "")
    return lead + value.strip() + trail


def format_args(spec: TagSpec, values: dict[str, str], like: Layout | None = None) -> str:
    names = _emitted(spec, values, like)
    fresh = {name: _fresh(spec, name, values, like) for name in names}
    if hexo_styles.new_source(spec, values, like):
        like = None  # the author is written again, with its comma
    return join(names, values, like, fresh, "," if spec.style == "commas" else " ")


def format_open(spec: TagSpec, values: dict[str, str], like: Layout | None = None) -> str:
    args = format_args(spec, values, like)
    opener = like.opener if like is not None else " "
    closer = like.closer if like is not None else " %}"
    lead = (like.lead or " ") if like is not None else " "
    return "{%" + opener + spec.name + (lead + args if args else "") + closer
