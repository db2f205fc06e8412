"""Pygments' tokens under Chroma's type names, for a language Chroma knows whose rules Postpad
does not bundle (or cannot compile): the nearest the preview gets without them."""

from __future__ import annotations

from postpad.core.render.chroma.lexer import Token
from postpad.core.render.chroma.registry import Entry
from postpad.core.render.lexers import lexer_for


def pygments_tokens(entry: Entry, code: str) -> list[Token] | None:
    for name in (*entry.aliases, entry.name.lower()):
        lexer = lexer_for(name.lower())
        if lexer is not None:
            text = code.replace("\r\n", "\n").replace("\r", "\n")
            return [("".join(kind), value) for kind, value in lexer.get_tokens(text)]
    return None
