"""Chroma's Go lexer, which Chroma writes in Go code rather than XML (decisions 0150, 0165).

Its called names are ``nf`` and ``=``/``(`` punctuation, where Pygments writes ``nx`` and
``o``. This is Chroma's ``lexers/go.go`` rule list restated as a Pygments ``RegexLexer``, its
tokens renamed to Chroma's type names (``Name.Function`` -> ``NameFunction``).
"""

from __future__ import annotations

from typing import Any, ClassVar

from pygments.lexer import RegexLexer, words
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from postpad.core.render.chroma.lexer import Token, TokenSource
from postpad.core.render.lexers import bygroups


def _words(text: str) -> list[str]:
    return text.split()


_GO_KEYWORDS = _words(
    "break default select case defer go else goto switch fallthrough if range continue for return"
)
_GO_CALLED_BUILTINS = _words(
    "uint uint8 uint16 uint32 uint64 int int8 int16 int32 int64 float float32 float64 complex64"
    " complex128 byte rune string bool error uintptr print println panic recover close complex"
    " real imag len cap append copy delete new make clear min max"
)
_GO_TYPES = _words(
    "uint uint8 uint16 uint32 uint64 int int8 int16 int32 int64 float float32 float64 complex64"
    " complex128 byte rune string bool error uintptr any"
)
_GO_OPERATORS = (
    r"(<<=|>>=|<<|>>|<=|>=|&\^=|&\^|\+=|-=|\*=|/=|%=|&=|\|=|&&|\|\||<-|\+\+|--|==|!=|:=|\.\.\.|"
    r"[+\-*/%&])"
)


class ChromaGoLexer(RegexLexer):
    """Chroma's ``Go`` lexer (``go``, ``golang``); backtick strings as one string token."""

    name = "Chroma Go"
    aliases: ClassVar[list[str]] = ["go"]
    tokens: ClassVar[dict[str, list[Any]]] = {
        "root": [
            (r"\n", Text.Whitespace),
            (r"\s+", Text.Whitespace),
            (r"//[^\s\n\r][^\n\r]*", Comment.Preproc),
            (r"//[^\n\r]*", Comment.Single),
            (r"/(\\\n)?[*](.|\n)*?[*](\\\n)?/", Comment.Multiline),
            (r"(import|package)\b", Keyword.Namespace),
            (r"(var|func|struct|map|chan|type|interface|const)\b", Keyword.Declaration),
            (words(_GO_KEYWORDS, suffix=r"\b"), Keyword),
            (r"(true|false|iota|nil)\b", Keyword.Constant),
            (
                "(" + "|".join(_GO_CALLED_BUILTINS) + r")\b(\()",
                bygroups(Name.Builtin, Punctuation),
            ),
            ("(" + "|".join(_GO_TYPES) + r")\b", Keyword.Type),
            (r"\d+i", Number),
            (r"\d+\.\d*([Ee][-+]\d+)?i", Number),
            (r"\.\d+([Ee][-+]\d+)?i", Number),
            (r"\d+[Ee][-+]\d+i", Number),
            (r"\d+(\.\d+[eE][+\-]?\d+|\.\d*|[eE][+\-]?\d+)", Number.Float),
            (r"\.\d+([eE][+\-]?\d+)?", Number.Float),
            (r"0[0-7]+", Number.Oct),
            (r"0[xX][0-9a-fA-F_]+", Number.Hex),
            (r"0b[01_]+", Number.Bin),
            (r"(0|[1-9][0-9_]*)", Number.Integer),
            (
                r"""'(\\['"\\abfnrtv]|\\x[0-9a-fA-F]{2}|\\[0-7]{1,3}|\\u[0-9a-fA-F]{4}"""
                r"""|\\U[0-9a-fA-F]{8}|[^\\])'""",
                String.Char,
            ),
            (r"`[^`]*`", String),
            (r'"(\\\\|\\"|[^"])*"', String),
            (_GO_OPERATORS, Operator),
            (r"([a-zA-Z_]\w*)(\s*)(\()", bygroups(Name.Function, Text.Whitespace, Punctuation)),
            (r"[|^<>=!()\[\]{}.,;:~]", Punctuation),
            (r"[^\W\d]\w*", Name.Other),
        ]
    }


class GoLexer(TokenSource):
    """The port as a Chroma token source."""

    name = "Go"

    def __init__(self) -> None:
        self._lexer = ChromaGoLexer(stripnl=False, ensurenl=False)

    def tokens(self, text: str, state: str = "root", nested: bool = False) -> list[Token]:
        if not nested:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return [("".join(kind), value) for kind, value in self._lexer.get_tokens(text)]


def analyse_go(text: str) -> float:
    """Chroma's Go analyser (``guessSyntax``)."""
    if "fmt." in text and "package " in text:
        return 0.5
    return 0.1 if "package " in text else 0.0
