"""What the Rouge lexer ports share: Ruby's ASCII character classes and a typed ``bygroups``
(decisions 0148, 0170)."""

from __future__ import annotations

from typing import Any

from pygments.lexer import bygroups as _bygroups

S = r"[ \t\n\r\f\v]"  # Ruby's \s (ASCII), not Python's Unicode one
W = r"[a-zA-Z0-9_]"  # Ruby's \w (ASCII); its \b is Unicode-aware, like Python's


def bygroups(*kinds: object) -> Any:
    """Pygments' ``bygroups`` (untyped there)."""
    return _bygroups(*kinds)  # type: ignore[no-untyped-call]
