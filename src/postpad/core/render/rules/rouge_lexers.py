"""Rouge's own lexers where Pygments tokenises differently, for Jekyll's code blocks.

Rouge (Jekyll's highlighter) and Pygments share class names but not lexers: Rouge 3.30's
JavaScript lexer writes string quotes as ``dl``, object keys as ``na``, integers as ``mi``,
``new``/``typeof``/``from`` as plain ``k``, and ``=>`` as one operator, where Pygments differs on
each (decision 0148). This is Rouge's ``javascript.rb`` state machine restated as a Pygments
``RegexLexer``; other languages fall back to Pygments.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, ClassVar

from pygments.lexer import Lexer, RegexLexer, default, include, words
from pygments.lexer import bygroups as _bygroups
from pygments.token import (
    Comment,
    Error,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
)

from postpad.core.render.rules.lexers import lexer_for

_S = r"[ \t\n\r\f\v]"  # Ruby's \s (ASCII), not Python's Unicode one
_ID = r"(?:[^\W\d]|\$)\w*"  # Rouge: [\p{L}\p{Nl}$_][\p{Word}]*
_END = r"(?!\w)"  # the whole identifier, as Rouge's set lookup sees it


def bygroups(*kinds: object) -> Any:
    """Pygments' ``bygroups`` (untyped there)."""
    return _bygroups(*kinds)  # type: ignore[no-untyped-call]


def _words(text: str) -> list[str]:
    return text.split()


_KEYWORDS = _words(
    "as async await break case catch continue debugger default delete do else export finally"
    " from for if import in instanceof new of return super switch this throw try typeof void"
    " while yield"
)
_DECLARATIONS = _words("var let const with function class extends constructor get set static")
_RESERVED = _words("enum implements interface package private protected public")
_CONSTANTS = _words("true false null NaN Infinity undefined")
_BUILTINS = _words(
    "Array Boolean Date Error Function Math netscape Number Object Packages RegExp String sun"
    " decodeURI decodeURIComponent encodeURI encodeURIComponent eval isFinite isNaN parseFloat"
    " parseInt document window navigator self global Promise Set Map WeakSet WeakMap Symbol"
    " Proxy Reflect Int8Array Uint8Array Uint8ClampedArray Int16Array Uint16Array"
    " Uint16ClampedArray Int32Array Uint32Array Uint32ClampedArray Float32Array Float64Array"
    " DataView ArrayBuffer"
)


def _ident_rules() -> list[tuple[object, ...]]:
    return [
        (words(_KEYWORDS, suffix=_END), Keyword, "expr_start"),
        (words(_DECLARATIONS, suffix=_END), Keyword.Declaration, "expr_start"),
        (words(_RESERVED, suffix=_END), Keyword.Reserved),
        (words(_CONSTANTS, suffix=_END), Keyword.Constant),
        (words(_BUILTINS, suffix=_END), Name.Builtin),
        (_ID, Name.Other),
    ]


class RougeJavascriptLexer(RegexLexer):
    """Rouge 3.30 ``Rouge::Lexers::Javascript`` (``javascript``, ``js``)."""

    name = "Rouge JavaScript"
    aliases: ClassVar[list[str]] = []
    tokens: ClassVar[dict[str, list[Any]]] = {
        "multiline_comment": [
            (r"[*]/", Comment.Multiline, "#pop"),
            (r"[^*/]+", Comment.Multiline),
            (r"[*/]", Comment.Multiline),
        ],
        "comments_and_whitespace": [
            (_S + "+", Text),
            (r"<!--", Comment),
            (r"//.*?$", Comment.Single),
            (r"/[*]", Comment.Multiline, "multiline_comment"),
        ],
        "expr_start": [
            include("comments_and_whitespace"),
            (r"/", String.Regex, ("#pop", "regex")),
            (r"[{]", Punctuation, ("#pop", "object")),
            default("#pop"),
        ],
        "regex": [
            (r"/", String.Regex, ("#pop", "regex_end")),
            (r"[^/]\n", Error, "#pop"),
            (r"\n", Error, "#pop"),
            (r"\[\^", String.Escape, "regex_group"),
            (r"\[", String.Escape, "regex_group"),
            (r"\\.", String.Escape),
            (r"[(][?][:=<!]", String.Escape),
            (r"[{][\d,]+[}]", String.Escape),
            (r"[()?]", String.Escape),
            (r".", String.Regex),
        ],
        "regex_end": [(r"[gimuy]+", String.Regex, "#pop"), default("#pop")],
        "regex_group": [
            (r"/", String.Escape),
            (r"[^/]\n", Error, "#pop:2"),
            (r"\]", String.Escape, "#pop"),
            (r"\\.", String.Escape),
            (r".", String.Regex),
        ],
        "root": [
            (r"\A" + _S + r"*#!.*?\n", Comment.Preproc, "statement"),
            (r"(?<=\n)(?=" + _S + r"|/|<!--)", Text, "expr_start"),
            include("comments_and_whitespace"),
            (r"\+\+|--|~|\?\?=?|&&|\|\||\\(?=\n)|<<|>>>?|===|!==", Operator, "expr_start"),
            (r"[-<>+*%&|\^/!=]=?", Operator, "expr_start"),
            (r"[(\[,]", Punctuation, "expr_start"),
            (r";", Punctuation, "statement"),
            (r"[)\].]", Punctuation),
            (r"`", String.Double, "template_string"),
            (r"[?][.]", Punctuation),
            (r"[?]", Punctuation, ("ternary", "expr_start")),
            (r"(@)(\w+)?", bygroups(Punctuation, Name.Decorator), "expr_start"),
            (r"[{}]", Punctuation, "statement"),
            *_ident_rules(),
            (r"[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?", Number.Float),
            (r"(?i)0x[0-9a-f]+", Number.Hex),
            (r"(?i)0o[0-7][0-7_]*", Number.Oct),
            (r"(?i)0b[01][01_]*", Number.Bin),
            (r"[0-9]+", Number.Integer),
            (r'"', String.Delimiter, "dq"),
            (r"'", String.Delimiter, "sq"),
            (r":", Punctuation),
        ],
        "dq": [
            (r'\\[\\nrt"]?', String.Escape),
            (r'[^\\"]+', String.Double),
            (r'"', String.Delimiter, "#pop"),
        ],
        "sq": [
            (r"\\[\\nrt']?", String.Escape),
            (r"[^\\']+", String.Single),
            (r"'", String.Delimiter, "#pop"),
        ],
        "statement": [
            (r"case\b", Keyword, ("#pop", "expr_start")),
            (r"(" + _ID + r")(" + _S + r"*)(:)", bygroups(Name.Label, Text, Punctuation)),
            include("expr_start"),
        ],
        "object": [
            include("comments_and_whitespace"),
            (r"[{]", Punctuation, "#push"),
            (r"[}]", Punctuation, ("#pop", "statement")),
            (
                r"(" + _ID + r")(" + _S + r"*)(:)",
                bygroups(Name.Attribute, Text, Punctuation),
                "expr_start",
            ),
            (r":", Punctuation),
            include("root"),
        ],
        "ternary": [(r":", Punctuation, ("#pop", "expr_start")), include("root")],
        "template_string": [
            (r"[$]\{", Punctuation, "template_string_expr"),
            (r"`", String.Double, "#pop"),
            (r"\\[$`]", String.Escape),
            (r"[^$`\\]+", String.Double),
            (r"[\\$]", String.Double),
        ],
        "template_string_expr": [(r"\}", Punctuation, "#pop"), include("root")],
    }


_ROUGE = {"javascript": RougeJavascriptLexer, "js": RougeJavascriptLexer}


@lru_cache(maxsize=64)
def rouge_lexer_for(language: str) -> Lexer | None:
    """The lexer Rouge would use for ``language`` (lower-cased): a port where Pygments differs."""
    port = _ROUGE.get(language)
    if port is not None:
        return port(stripnl=False, ensurenl=False)
    return lexer_for(language)
