"""Rouge 3.30's Python lexer (``python``, ``py``) restated as a Pygments lexer: the states and
rules of ``rouge/lexers/python.rb`` in the same order, its word lists as data
(``assets/rouge/python.json``) (decisions 0148, 0170). Rouge's string register (the open
quotes' prefixes and delimiters) lives on the lexing context; an f-string's ``{…}`` is lexed
afresh, as Rouge's ``recurse`` does."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from typing import Any, ClassVar

from pygments.lexer import ExtendedRegexLexer, LexerContext
from pygments.token import (
    Comment,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
    _TokenType,
)

from postpad.core.assets import asset_text
from postpad.core.render.rules.rouge_common import S, bygroups

_IDENT = r"[^\W\d]\w*"  # Rouge: [[:alpha:]_][[:alnum:]_]* (Unicode classes)
_DOTTED = r"(?:[^\W\d]|\.)[\w.]*"
_DIGITS = r"[0-9](?:_?[0-9])*"
_DECIMAL = rf"(?:(?:{_DIGITS})?\.{_DIGITS}|{_DIGITS}\.)"
_EXPONENT = rf"[eE][+-]?{_DIGITS}"
_ESCAPE = (
    r"\\(?:[\\abfnrtv\"']|\n|newline|N\{[a-zA-Z][a-zA-Z ]+[a-zA-Z]\}|u[a-fA-F0-9]{4}"
    r"|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})"
)
_Tokens = Iterator[tuple[int, _TokenType, str]]


@cache
def _words() -> dict[str, frozenset[str]]:
    data = json.loads(asset_text("rouge/python.json"))
    return {key: frozenset(value) for key, value in data.items() if isinstance(value, list)}


def _strings(ctx: LexerContext) -> list[tuple[str, str]]:
    """The open strings' (prefix, delimiter), innermost last (Rouge's ``StringRegister``)."""
    if not hasattr(ctx, "strings"):
        ctx.strings = []  # type: ignore[attr-defined]
    strings: list[tuple[str, str]] = ctx.strings  # type: ignore[attr-defined]
    return strings


def _word(lexer: Any, match: Any, ctx: LexerContext) -> _Tokens:
    word, words = match.group(), _words()
    if word in words["keywords"]:
        kind = Keyword
    elif word in words["exceptions"] or word in words["builtins"]:
        kind = Name.Builtin
    elif word in words["builtins_pseudo"]:
        kind = Name.Builtin.Pseudo
    else:
        kind = Name
    yield match.start(), kind, word
    ctx.pos = match.end()


def _string_open(lexer: Any, match: Any, ctx: LexerContext) -> _Tokens:
    if match.group(1):
        yield match.start(1), String.Affix, match.group(1)
    yield match.start(2), String, match.group(2)
    _strings(ctx).append((match.group(1).lower(), match.group(2)))
    ctx.stack.append("generic_string")
    ctx.pos = match.end()


def _quote(lexer: Any, match: Any, ctx: LexerContext) -> _Tokens:
    yield match.start(), String, match.group()
    strings = _strings(ctx)
    if strings and strings[-1][1] == match.group():
        strings.pop()
        ctx.stack.pop()
    ctx.pos = match.end()


def _open_brace(lexer: Any, match: Any, ctx: LexerContext) -> _Tokens:
    strings = _strings(ctx)
    if strings and "f" in strings[-1][0]:
        yield match.start(), String.Interpol, match.group()
        ctx.stack.append("generic_interpol")
    else:
        yield match.start(), String, match.group()
    ctx.pos = match.end()


def _escape(lexer: Any, match: Any, ctx: LexerContext) -> _Tokens:
    strings = _strings(ctx)
    raw = bool(strings) and "r" in strings[-1][0]
    yield match.start(), String if raw else String.Escape, match.group()
    ctx.stack.pop()
    ctx.pos = match.end()


def _recurse(lexer: Any, match: Any, ctx: LexerContext) -> _Tokens:
    inner = RougePythonLexer(stripnl=False, ensurenl=False)
    for offset, kind, value in inner.get_tokens_unprocessed(match.group()):
        yield match.start() + offset, kind, value
    ctx.pos = match.end()


def _numbers() -> list[Any]:
    return [
        (rf"{_DECIMAL}(?:{_EXPONENT})?[jJ]?", Number.Float),
        (rf"{_DIGITS}{_EXPONENT}[jJ]?", Number.Float),
        (rf"{_DIGITS}[jJ]", Number.Float),
        (r"0[bB](?:_?[0-1])+", Number.Bin),
        (r"0[oO](?:_?[0-7])+", Number.Oct),
        (r"0[xX](?:_?[a-fA-F0-9])+", Number.Hex),
        (r"[0-9]+L", Number.Integer.Long),
        (r"(?:[1-9](?:_?[0-9])*|0(?:_?0)*)", Number.Integer),
    ]


class RougePythonLexer(ExtendedRegexLexer):
    """``Rouge::Lexers::Python``."""

    name = "Rouge Python"
    rouge_port = True
    tokens: ClassVar[dict[str, list[Any]]] = {
        "root": [
            (r"\n+", Text),
            (
                r"(?is)^(:)(" + S + r'*)([ru]{0,2}""".*?""")',
                bygroups(Punctuation, Text, String.Doc),
            ),
            (r"[ \t\r\f\v]+", Text),
            (r"#(?:.*)?\n?", Comment.Single),
            (r"[\[\]{}:(),;.]", Punctuation),
            (r"\\\n", Text),
            (r"\\", Text),
            (r"(?:in|is|and|or|not)\b", Operator.Word),
            (r"(?:<<|>>|//|\*\*)=?", Operator),
            (r"[-~+/*%=<>&^|@]=?|!=", Operator),
            (
                rf"(from)((?:\\{S}|{S})+)({_DOTTED})((?:\\{S}|{S})+)(import)",
                bygroups(Keyword.Namespace, Text, Name.Namespace, Text, Keyword.Namespace),
            ),
            (rf"(import)({S}+)({_DOTTED})", bygroups(Keyword.Namespace, Text, Name.Namespace)),
            (rf"(def)((?:{S}|\\{S})+)", bygroups(Keyword, Text), "funcname"),
            (rf"(class)((?:{S}|\\{S})+)", bygroups(Keyword, Text), "classname"),
            (r"`.*?`", String.Backtick),
            (r"([rfbuRFBU]{0,2})('''|\"\"\"|['\"])", _string_open),
            (r"@" + _DOTTED, Name.Decorator),
            (r"(?<!\.)" + _IDENT, _word),
            (_IDENT, Name),
            *_numbers(),
        ],
        "funcname": [(_IDENT, Name.Function, "#pop")],
        "classname": [(_IDENT, Name.Class, "#pop")],
        "generic_string": [
            (r"[^'\"\\{]+", String),
            (r"\{\{", String),
            (r"'''|\"\"\"|['\"]", _quote),
            (r"(?=\\)", String, "generic_escape"),
            (r"\{", _open_brace),
        ],
        "generic_escape": [(_ESCAPE, _escape), (r"\\.", String, "#pop")],
        "generic_interpol": [
            (r"[^{}!:]+", _recurse),
            (r"![asr]", String.Interpol),
            (r":", String.Interpol),
            (r"\{", String.Interpol, "generic_interpol"),
            (r"\}", String.Interpol, "#pop"),
        ],
    }
