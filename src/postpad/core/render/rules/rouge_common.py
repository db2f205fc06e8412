"""What the Rouge lexer ports share: Ruby's ASCII character classes and a typed ``bygroups``
(decisions 0148, 0170)."""

from __future__ import annotations

from postpad.core.render.lexers import bygroups

__all__ = ["S", "W", "bygroups"]

S = r"[ \t\n\r\f\v]"  # Ruby's \s (ASCII), not Python's Unicode one
W = r"[a-zA-Z0-9_]"  # Ruby's \w (ASCII); its \b is Unicode-aware, like Python's
