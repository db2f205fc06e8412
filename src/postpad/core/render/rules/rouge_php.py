"""Rouge 3.30's PHP lexer restated as a Pygments ``ExtendedRegexLexer``: the states and rules of
``rouge/lexers/php.rb`` in the same order (decisions 0148, 0186). Its keyword and builtin-function
lists are data (``assets/rouge/php.json``, printed from the gem).

PHP is a template lexer: text before ``<?php`` goes to the HTML port, as Rouge hands it to its
HTML lexer (restarted at each hand-over, as in decision 0170). Without ``<?php`` the code is read
as PHP (Rouge's ``start_inline`` guess).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from typing import Any, ClassVar, cast

from pygments.lexer import ExtendedRegexLexer, LexerContext, default, include, using
from pygments.token import (
    STANDARD_TYPES,
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
from postpad.core.render.rules.rouge_html_lexer import RougeHtmlLexer

cast(dict[_TokenType, str], STANDARD_TYPES).setdefault(
    Comment.Doc, "cd"
)  # Rouge's Comment::Doc; no Pygments lexer writes it

_Tokens = Iterator[tuple[int, _TokenType, str]]
_ID = r"(?:[^\W\d]|_)\w*"  # Rouge: [\p{L}_][\p{L}\p{N}_]*
_NS = rf"(?:{_ID}\\)+"
_ID_NS = rf"(?:{_NS})?{_ID}"
_HTML = using(RougeHtmlLexer)  # type: ignore[no-untyped-call]
_PUSHES = {
    "use": ("in_use", Keyword.Namespace),
    "const": ("in_const", Keyword),
    "catch": ("in_catch", Keyword),
    "public": ("in_visibility", Keyword),
    "protected": ("in_visibility", Keyword),
    "private": ("in_visibility", Keyword),
}


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = json.loads(asset_text("rouge/php.json"))
    return frozenset(data["keywords"]), frozenset(data["builtins"])


def _call_name(lexer: Any, match: re.Match[str], ctx: LexerContext) -> _Tokens:
    keywords, builtins = _words()
    name = match.group().lower()
    kind = Keyword if name in keywords else Name.Builtin if name in builtins else Name.Function
    yield match.start(), kind, match.group()
    ctx.pos = match.end()


def _name_kind(word: str) -> _TokenType:
    if word == "stdClass":
        return Name.Class
    if word.lower() in _words()[0]:
        return Keyword
    if re.fullmatch(r"__.*?__", word):
        return Name.Builtin
    if re.fullmatch(r"(E|PHP)(_[A-Z]+)+", word):
        return Keyword.Constant
    if re.search(r"(\\|^)[A-Z][A-Z0-9_]+$", word):
        return Name.Constant
    if re.search(r"(\\|^)[A-Z][A-Za-z0-9]*?$", word):
        return Name.Class
    return Name


def _name(lexer: Any, match: re.Match[str], ctx: LexerContext) -> _Tokens:
    word = match.group()
    pushed = _PUSHES.get(word.lower())
    if pushed is not None:
        ctx.stack.append(pushed[0])
        yield match.start(), pushed[1], word
    else:
        yield match.start(), _name_kind(word), word
    ctx.pos = match.end()


def _close_php(lexer: Any, match: re.Match[str], ctx: LexerContext) -> _Tokens:
    yield match.start(), Comment.Preproc, match.group()
    ctx.stack = ["root"]  # Rouge's reset_stack
    ctx.pos = match.end()


def _state(*rules: Any) -> list[Any]:
    return list(rules)


class RougePhpLexer(ExtendedRegexLexer):
    """``Rouge::Lexers::PHP`` (``php``, ``php3``, ``php4``, ``php5``)."""

    name = "Rouge PHP"
    rouge_port = True
    flags = re.MULTILINE
    tokens: ClassVar[dict[str, list[Any]]] = {
        "root": [
            (r"(?i)<\?(php|=)?", Comment.Preproc, "php"),
            (r"(?s).+?(?=<\?)|.+", _HTML),
        ],
        "start": [
            (S + "*(?=<)", _HTML, "#pop"),
            (r"(?i)[^$]+(?=<\?(php|=))", _HTML, "#pop"),
            default(("#pop", "php")),
        ],
        "escape": [(r"\?>", _close_php)],
        "return": [default("#pop")],
        "names": [
            (rf"{_ID_NS}(?={S}*\()", _call_name),
            (_ID_NS, _name),
        ],
        "operators": [(r"[~!%^&*+|:.<>/@-]+", Operator)],
        "string": [
            (r'"', String.Double, "#pop"),
            (r'[^\\{$"]+', String.Double),
            (r"\\u\{[0-9a-fA-F]+\}", String.Escape),
            (r'\\([efrntv"$\\]|[0-7]{1,3}|[xX][0-9a-fA-F]{1,2})', String.Escape),
            (rf"\${_ID}(\[[^ \t\n\r\f\v]+\]|->{_ID})?", Name.Variable),
            (r"\{\$\{", String.Interpol, "string_interp_double"),
            (r"\{(?=\$)", String.Interpol, "string_interp_single"),
            (
                r"(\{)([^ \t\n\r\f\v]+)(\})",
                bygroups(String.Interpol, Name.Variable, String.Interpol),
            ),
            (r"[${\\]+", String.Double),
        ],
        "string_interp_double": [(r"\}\}", String.Interpol, "#pop"), include("php")],
        "string_interp_single": [(r"\}", String.Interpol, "#pop"), include("php")],
        "values": [
            (rf"(?is)<<<([\"']?)({_ID})\1\n.*?\n{S}*\2;?", String.Heredoc),
            (r"(?i)([0-9][_0-9]*)?\.([0-9][_0-9]*)?(e[+-]?[0-9][_0-9]*)?", Number.Float),
            (r"0[0-7][0-7_]*", Number.Oct),
            (r"(?i)0b[01][01_]*", Number.Bin),
            (r"(?i)0x[a-f0-9][a-f0-9_]*", Number.Hex),
            (r"[0-9][_0-9]*", Number.Integer),
            (r"'([^'\\]*(?:\\.[^'\\]*)*)'", String.Single),
            (r"`([^`\\]*(?:\\.[^`\\]*)*)`", String.Backtick),
            (r'"', String.Double, "string"),
            (
                r"(?i)(function|fn)\b",
                Keyword,
                ("in_function_return", "in_function_params", "in_function_name"),
            ),
            (r"(?i)(true|false|null)\b", Keyword.Constant),
            (r"(?i)new\b", Keyword, "in_new"),
        ],
        "variables": [(rf"\$\{{\$+{_ID}\}}", Name.Variable), (rf"\$+{_ID}", Name.Variable)],
        "whitespace": [
            (S + "+", Text),
            (r"#.*?$", Comment.Single),
            (r"//.*?$", Comment.Single),
            (r"(?s)/\*\*(?!/).*?\*/", Comment.Doc),
            (r"(?s)/\*.*?\*/", Comment.Multiline),
        ],
        "php": [
            include("escape"),
            include("whitespace"),
            include("variables"),
            include("values"),
            (
                rf"(?i)(namespace)({S}+)({_ID_NS})",
                bygroups(Keyword.Namespace, Text, Name.Namespace),
            ),
            (
                rf"(?i)(class|interface|trait|extends|implements)({S}+)({_ID_NS})",
                bygroups(Keyword.Declaration, Text, Name.Class),
            ),
            include("names"),
            (r"[;,(){}\[\]]", Punctuation),
            include("operators"),
            (r"[=?]", Operator),
        ],
        "in_assign": [
            (r",", Punctuation, "#pop"),
            (r"[\[\]]", Punctuation),
            (r"\(", Punctuation, "in_assign_function"),
            include("escape"),
            include("whitespace"),
            include("values"),
            include("variables"),
            include("names"),
            include("operators"),
            include("return"),
        ],
        "in_assign_function": [
            (r"\)", Punctuation, "#pop"),
            (r",", Punctuation),
            include("in_assign"),
        ],
        "in_catch": _state(
            (r"\(", Punctuation),
            (r"\|", Operator),
            (_ID, Name.Class),
            include("escape"),
            include("whitespace"),
            include("return"),
        ),
        "in_const": _state(
            (_ID, Name.Constant),
            (r"=", Operator, "in_assign"),
            include("escape"),
            include("whitespace"),
            include("return"),
        ),
        "in_function_body": [
            (r"\{", Punctuation, "#push"),
            (r"\}", Punctuation, "#pop"),
            include("php"),
        ],
        "in_function_name": _state(
            (r"&", Operator),
            (_ID, Name),
            (r"\(", Punctuation, "#pop"),
            include("escape"),
            include("whitespace"),
            include("return"),
        ),
        "in_function_params": _state(
            (r"\)", Punctuation, "#pop"),
            (r",", Punctuation),
            (r"[.]{3}", Punctuation),
            (r"=", Operator, "in_assign"),
            (r"(?i)\b(?:public|protected|private|readonly)\b", Keyword),
            (rf"\??{_ID}", Keyword.Type, "in_assign"),
            include("escape"),
            include("whitespace"),
            include("variables"),
            include("return"),
        ),
        "in_function_return": _state(
            (r":", Punctuation),
            (r"(?i)use\b", Keyword, "in_function_use"),
            (rf"\??{_ID}", Keyword.Type, "in_assign"),
            (r"\{", Punctuation, ("#pop", "in_function_body")),
            include("escape"),
            include("whitespace"),
            include("return"),
        ),
        "in_function_use": _state(
            (r"[,(]", Punctuation),
            (r"&", Operator),
            (r"\)", Punctuation, "#pop"),
            include("escape"),
            include("whitespace"),
            include("variables"),
            include("return"),
        ),
        "in_new": _state(
            (r"(?i)class\b", Keyword.Declaration, ("#pop", "in_new_class")),
            (_ID_NS, Name.Class, "#pop"),
            include("escape"),
            include("whitespace"),
            include("return"),
        ),
        "in_new_class": [(r"\}", Punctuation, "#pop"), (r"\{", Punctuation), include("php")],
        "in_use": _state(
            (r"[,}]", Punctuation),
            (r"(?i)(function|const)\b", Keyword),
            (rf"({_NS})(\{{)", bygroups(Name.Namespace, Punctuation)),
            (rf"{_ID_NS}(_{_ID})+", Name.Function),
            include("escape"),
            include("whitespace"),
            include("names"),
            include("return"),
        ),
        "in_visibility": _state(
            (r"(?i)\b(?:readonly|static)\b", Keyword),
            (r"(?i)(?=(abstract|const|function)\b)", Keyword, "#pop"),
            (rf"\??{_ID}", Keyword.Type, "#pop"),
            include("escape"),
            include("whitespace"),
            include("return"),
        ),
    }

    def get_tokens_unprocessed(  # type: ignore[override]
        self, text: str | None = None, context: LexerContext | None = None
    ) -> _Tokens:
        """Rouge's ``start`` block: the ``start`` state over ``root`` (the PHP guess)."""
        if context is None and text is not None:
            context = LexerContext(text, 0, ["root", "start"])
        yield from super().get_tokens_unprocessed(text, context)
