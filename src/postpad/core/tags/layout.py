"""How one tag in a post is spelt, so that editing it rewrites only what changed (decision 0130).

A ``Layout`` keeps every argument's original text (quotes, spaces around commas) and the
separators between them; :func:`join` writes the arguments back, reusing the original text of
each value the user did not change.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from postpad.core.tags.spec import TagSpec


@dataclass(frozen=True)
class Layout:
    """The text of an opening tag, cut into pieces.

    ``opener`` is ``{%`` or ``{{<`` with the spaces after it; ``lead`` the spaces between the
    name and the arguments; ``order`` the argument names as written, ``raws`` their text and
    ``seps`` what lies between them; ``closer`` the spaces and ``%}`` / ``>}}`` at the end.
    ``named`` tells a Hugo call written with ``key=value``.
    """

    opener: str
    lead: str
    order: tuple[str, ...]
    raws: dict[str, str]
    seps: tuple[str, ...]
    closer: str
    values: dict[str, str] = field(default_factory=dict)
    named: bool = False


@dataclass(frozen=True)
class TagMatch:
    """A tag found in a text: the span of its opening text, what it is and what it was given.

    ``close`` is the span of a paired tag's closing text (``None`` for an inline tag).
    """

    start: int
    end: int
    spec: TagSpec
    values: dict[str, str]
    layout: Layout
    close: tuple[int, int] | None = None


def join(
    names: list[str],
    values: dict[str, str],
    like: Layout | None,
    fresh: dict[str, str],
    default_sep: str,
) -> str:
    """The argument text for ``names`` in order: each one's original text when its value is
    unchanged, else ``fresh[name]``; original separators where there were any."""
    parts: list[str] = []
    for index, name in enumerate(names):
        if index:
            seps = like.seps if like is not None else ()
            parts.append(seps[index - 1] if index - 1 < len(seps) else default_sep)
        original = like.raws.get(name) if like is not None else None
        unchanged = like is not None and like.values.get(name, "") == values.get(name, "")
        parts.append(original if unchanged and original is not None else fresh[name])
    return "".join(parts)


def split_space(raw: str) -> tuple[str, str, str]:
    """(leading whitespace, the rest stripped, trailing whitespace)."""
    core = raw.strip()
    if not core:
        return raw, "", ""
    start = raw.index(core)
    return raw[:start], core, raw[start + len(core) :]
