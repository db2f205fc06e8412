"""The Pygments lexer for a fence's language, shared by every highlighter (cached), and the
typed ``bygroups`` the hand-written lexer ports (Rouge's, Chroma's Go) use."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from pygments.lexer import Lexer
from pygments.lexer import bygroups as _bygroups
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound


@lru_cache(maxsize=256)
def lexer_for(language: str) -> Lexer | None:
    """The lexer for ``language`` (lower-cased by the caller), None when unknown or empty."""
    if not language:
        return None
    try:
        return get_lexer_by_name(language, stripnl=False, ensurenl=False)
    except ClassNotFound:
        return None


def bygroups(*kinds: object) -> Any:
    """Pygments' ``bygroups`` (untyped there)."""
    return _bygroups(*kinds)  # type: ignore[no-untyped-call]
