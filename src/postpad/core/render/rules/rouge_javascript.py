"""Rouge's own lexers where Pygments tokenises differently, for Jekyll's code blocks.

Rouge (Jekyll's highlighter) and Pygments share class names but not lexers: Rouge 3.30's
JavaScript lexer writes string quotes as ``dl``, object keys as ``na``, integers as ``mi``,
``new``/``typeof``/``from`` as plain ``k``, and ``=>`` as one operator, where Pygments differs on
each (decision 0148). This is Rouge's ``javascript.rb`` state machine restated as a Pygments
``RegexLexer`` (with TypeScript and JSX on top); ``rouge_lexers`` finds the port for a language.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from pygments.lexer import RegexLexer, default, include, words
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

from postpad.core.render.rules.rouge_common import S as _S
from postpad.core.render.rules.rouge_common import bygroups

_ID = r"(?:[^\W\d]|\$)\w*"  # Rouge: [\p{L}\p{Nl}$_][\p{Word}]*
_END = r"(?!\w)"  # the whole identifier, as Rouge's set lookup sees it


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


def _ident_rules(
    keywords: list[str], declarations: list[str], reserved: list[str], builtins: list[str]
) -> list[tuple[object, ...]]:
    """Rouge's identifier rule: one id, classed by the first list that holds it."""
    return [
        (words(keywords, suffix=_END), Keyword, "expr_start"),
        (words(declarations, suffix=_END), Keyword.Declaration, "expr_start"),
        (words(reserved, suffix=_END), Keyword.Reserved),
        (words(_CONSTANTS, suffix=_END), Keyword.Constant),
        (words(builtins, suffix=_END), Name.Builtin),
        (_ID, Name.Other),
    ]


class RougeJavascriptLexer(RegexLexer):
    """Rouge 3.30 ``Rouge::Lexers::Javascript`` (``javascript``, ``js``)."""

    name = "Rouge JavaScript"
    rouge_port = True
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
            *_ident_rules(_KEYWORDS, _DECLARATIONS, _RESERVED, _BUILTINS),
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


def _typescript_tokens() -> dict[str, list[Any]]:
    """Rouge's ``Typescript``: the JavaScript states with ``TypescriptCommon``'s word lists and
    its prepended ``root``/``statement`` rules."""
    tokens = {state: list(rules) for state, rules in RougeJavascriptLexer.tokens.items()}
    idents = _ident_rules(
        _KEYWORDS + _words("is namespace static private protected public implements readonly"),
        _DECLARATIONS + _words("type abstract"),
        _RESERVED
        + _words("string any void number namespace module declare default interface keyof"),
        _BUILTINS + _words("Pick Partial Readonly Record"),
    )
    root = tokens["root"]
    start = next(i for i, rule in enumerate(root) if rule[0] is not None and rule[-1] is Name.Other)
    start -= len(idents) - 1
    root[start : start + len(idents)] = idents
    tokens["root"] = [(r"[?][.]", Punctuation), (r"[?]{2}", Operator), *root]
    label = (
        r"(" + _ID + r")(\??)(" + _S + r"*)(:)",
        bygroups(Name.Label, Punctuation, Text, Punctuation),
        "expr_start",
    )
    tokens["statement"] = [label, *tokens["statement"]]
    return tokens


class RougeTypescriptLexer(RegexLexer):
    """Rouge 3.30 ``Rouge::Lexers::Typescript`` (``typescript``, ``ts``)."""

    name = "Rouge TypeScript"
    rouge_port = True
    aliases: ClassVar[list[str]] = []
    tokens: ClassVar[dict[str, list[Any]]] = _typescript_tokens()


def _jsx_tokens() -> dict[str, list[Any]]:
    """Rouge's ``JSX``: the JavaScript states with its ``tag`` rules prepended to
    ``expr_start``; text between tags (delegated to Rouge's HTML lexer) is text and entities."""
    tokens = {state: list(rules) for state, rules in RougeJavascriptLexer.tokens.items()}
    interpol = (r"\{", String.Interpol, ("interpol", "expr_start"))
    tokens["expr_start"] = [include("tag"), *tokens["expr_start"]]
    tokens.update(
        {
            "tag": [(r"<", Punctuation, ("tag_opening", "element", "element_name"))],
            "tag_opening": [
                (r"</", Punctuation, ("#pop", "element", "element_name")),
                include("tag"),
                interpol,
                (r"&[^ \t\n\r\f\v]*?;", Name.Entity),
                (r"[^<{&]+", Text),
                (r"&", Text),
            ],
            "element": [
                include("comments_and_whitespace"),
                (r"/>", Punctuation, "#pop:2"),
                (r">", Punctuation, "#pop"),
                interpol,
                (r"[a-zA-Z0-9_][a-zA-Z0-9_-]*", Name.Attribute),
                (r"=", Punctuation),
                (r"([\"']).*?(\1)", String),
            ],
            "element_name": [
                (r"[A-Z][a-zA-Z0-9_]*", Name.Class),
                (r"[a-zA-Z0-9_]+", Name.Tag),
                (r"\.", Punctuation),
                default("#pop"),
            ],
            "interpol": [
                (r"\}", String.Interpol, "#pop"),
                (r"\{", Punctuation, ("interpol_inner", "statement")),
                include("root"),
            ],
            "interpol_inner": [(r"\}", Punctuation, ("#pop", "statement")), include("root")],
        }
    )
    return tokens


class RougeJsxLexer(RegexLexer):
    """Rouge 3.30 ``Rouge::Lexers::JSX`` (``jsx``, ``react``); it starts in ``expr_start``."""

    name = "Rouge JSX"
    rouge_port = True
    aliases: ClassVar[list[str]] = []
    tokens: ClassVar[dict[str, list[Any]]] = _jsx_tokens()

    def get_tokens_unprocessed(self, text: str, stack: Iterable[str] = ("root",)) -> Any:
        return super().get_tokens_unprocessed(text, (*stack, "expr_start"))
