"""How each engine finds its front matter and matches its keys: the engine's ``front_matter``
data (``core/engines/``), read by every front-matter lookup (core edits, ``postpad fm``, the
form, the site index, ``postpad check``).

Verified against the engines' sources and the real engines (docs/decisions/0090-engine-front-
matter-rules.md):

* Hugo lower-cases every front-matter key (``hmaps.PrepareParams``): ``Title`` *is* ``title``.
  When two spellings are present, the one that is not all lower case wins (``Title: A`` beats
  ``title: B``, whatever the order); with two mixed-case spellings Go's map order picks one.
  Hugo skips any ASCII whitespace before the opening ``---``/``+++``/``{`` and allows spaces
  after the opening ``---``.
* Hexo (hexo-front-matter 4) matches keys exactly. A post starting with exactly one blank line
  and ``---`` is read (its header-less form, with js-yaml taking ``---`` as a document start);
  two blank lines, a line of spaces, or ``;;;`` after a blank line is not front matter.
* Jekyll matches keys exactly and reads front matter only at byte 0 (``---`` may be followed by
  spaces).
* For other or unknown engines a leading blank line is not certain either way: the header is
  shown but edits are refused; a key that exists only in another case is ambiguous too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from functools import cache

from postpad.core.engines import engine_for
from postpad.core.engines.parts import FrontMatterRules, KeyCase, Leading
from postpad.core.errors import FrontMatterError

__all__ = ["EngineRules", "KeyCase", "Leading", "rules_for"]

_ASCII_SPACE = " \t\n\v\f\r"


@dataclass(frozen=True)
class EngineRules(FrontMatterRules):
    """One engine's front-matter reading rules (``spec.front_matter``, decision 0160) with the
    engine's name; the code that applies them is shared."""

    name: str = ""
    display: str = ""


@cache
def rules_for(engine: str | None) -> EngineRules:
    """The rules of ``engine`` (``hexo``, ``hugo``…); unknown or None gives the generic ones."""
    spec = engine_for((engine or "").lower())
    return EngineRules(**asdict(spec.front_matter), name=spec.name, display=spec.display_name)


def folds_key_case(engine: str | None) -> bool:
    """True when ``engine`` reads ``Title`` and ``title`` as one key."""
    return rules_for(engine).key_case == "fold"


def leading_prefix(text: str, rules: EngineRules) -> str:
    """The text before the opening delimiter that ``rules`` still accept ("" when none)."""
    if rules.leading == "one_blank_line":
        return "\n" if text.startswith("\n---") else ""
    if rules.leading in ("whitespace", "unsure"):
        return text[: len(text) - len(text.lstrip(_ASCII_SPACE))]
    return ""


@dataclass(frozen=True)
class KeyMatch:
    """An existing key's spellings as one engine sees them."""

    key: str  # the spelling to read or edit (as typed when the key is new)
    exists: bool
    #: every spelling in the post the engine reads as this key, in file order
    spellings: tuple[str, ...]
    #: the spelling whose value the engine uses; None when it picks one at random
    winner: str | None


def match_key(keys: Iterable[str], key: str, engine: str | None) -> KeyMatch:
    """Which of ``keys`` (a post's top-level keys) ``engine`` reads as ``key``."""
    names = list(keys)
    rules = rules_for(engine)
    if rules.key_case == "exact" or (rules.key_case == "unsure" and key in names):
        found = key in names
        return KeyMatch(key, found, (key,) if found else (), key if found else None)
    folded = key.lower()
    spellings = tuple(name for name in names if name.lower() == folded)
    if not spellings:
        return KeyMatch(key, False, (), None)
    if rules.key_case == "unsure":
        raise FrontMatterError(
            f"the post has {_quoted(spellings)}, not {key!r}: Hugo reads them as one key, "
            "Hexo and Jekyll do not; say which engine builds the post (--engine)"
        )
    winner = _hugo_winner(spellings)
    chosen = key if key in spellings and key == winner else (winner or key)
    return KeyMatch(chosen, True, spellings, winner)


def _hugo_winner(spellings: tuple[str, ...]) -> str | None:
    """Hugo's ``PrepareParams`` copies every non-lower-case key over the lower-case one, in Go's
    random map order: one mixed-case spelling always wins, two or more are a coin toss."""
    if len(spellings) == 1:
        return spellings[0]
    mixed = [name for name in spellings if name != name.lower()]
    return mixed[0] if len(mixed) == 1 else None


def key_to_edit(keys: Iterable[str], key: str, engine: str | None) -> str:
    """The spelling ``set_field`` must write for ``key``; raises when the engine would not read
    the edit (another spelling wins) or picks among spellings at random."""
    found = match_key(keys, key, engine)
    if len(found.spellings) <= 1:
        return found.key
    display = rules_for(engine).display
    if found.winner is None:
        raise FrontMatterError(
            f"{display} reads {_quoted(found.spellings)} as one key and picks one at random; "
            "remove all but one first"
        )
    if key in found.spellings and key != found.winner:
        raise FrontMatterError(
            f"{display} reads {_quoted(found.spellings)} as one key and uses "
            f"{found.winner!r}: an edit of {key!r} would not show; remove {key!r} or edit "
            f"{found.winner!r}"
        )
    return found.winner


def key_to_remove(keys: Iterable[str], key: str, engine: str | None) -> str | None:
    """The spelling ``unset_field`` removes: ``key`` itself when present (that is how a
    duplicate is fixed), else the one spelling the engine reads as ``key``; None when absent."""
    names = list(keys)
    if key in names:
        return key
    found = match_key(names, key, engine)
    if len(found.spellings) > 1:
        raise FrontMatterError(
            f"{rules_for(engine).display} reads {_quoted(found.spellings)} as one key; "
            "remove them one by one with their own spelling"
        )
    return found.spellings[0] if found.spellings else None


def lookup(
    fields: dict[str, object], key: str, engine: str | None, default: object = None
) -> object:
    """The value ``engine`` reads for ``key`` (``default`` when absent or picked at random)."""
    if key in fields and rules_for(engine).key_case != "fold":
        return fields[key]
    try:
        found = match_key(fields, key, engine)
    except FrontMatterError:
        return default
    return fields[found.winner] if found.winner is not None else default


def _quoted(names: Iterable[str]) -> str:
    return " and ".join(repr(name) for name in names)
