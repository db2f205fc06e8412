"""Rouge 3.30's CSS lexer restated as a Pygments ``RegexLexer``: the states and rules of
``rouge/lexers/css.rb`` in the same order; its property, value and vendor-prefix word lists are
data (``assets/rouge/css.json``, printed from the gem) (decisions 0148, 0170)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from typing import Any, ClassVar

from pygments.lexer import RegexLexer, include
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
from postpad.core.render.rules.rouge_common import S

_IDENT = r"(?:[^\W\d]|-)[\w-]*"  # Rouge: [\p{L}_-][\p{Word}\p{Cf}-]*
_NUMBER = r"-?(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)"
_UNITS = (
    "em|px|pt|pc|in|mm|cm|ex|rem|ch|vw|vh|vmin|vmax|dpi|dpcm|dppx|deg|grad|rad|turn|s|ms|Hz|kHz"
)
_Tokens = Iterator[tuple[int, _TokenType, str]]


@cache
def _words() -> dict[str, frozenset[str]]:
    data = json.loads(asset_text("rouge/css.json"))
    return {key: frozenset(value) for key, value in data.items() if isinstance(value, list)}


def _value_word(lexer: Any, match: Any) -> _Tokens:
    word, words = match.group(), _words()
    if word in words["constants"]:
        kind = Name.Constant
    elif word in words["builtins"]:
        kind = Name.Builtin
    else:
        kind = Name
    yield match.start(), kind, word


def _property(lexer: Any, match: Any) -> _Tokens:
    name, words = match.group(1), _words()
    label = name in words["attributes"] or name.startswith(tuple(words["vendor_prefixes"]))
    yield match.start(1), Name.Label if label else Name.Property, name
    if match.group(2):
        yield match.start(2), Text, match.group(2)
    yield match.start(3), Punctuation, match.group(3)


def _strings() -> list[Any]:
    return [(r'"(?:\\\\|\\"|[^"])*"', String.Single), (r"'(?:\\\\|\\'|[^'])*'", String.Double)]


class RougeCssLexer(RegexLexer):
    """``Rouge::Lexers::CSS`` (``css``)."""

    name = "Rouge CSS"
    rouge_port = True
    tokens: ClassVar[dict[str, list[Any]]] = {
        "root": [
            include("basics"),
            (r"\{", Punctuation, "stanza"),
            (r":[:]?" + _IDENT, Name.Decorator),
            (r"\." + _IDENT, Name.Class),
            (r"#" + _IDENT, Name.Function),
            (r"@" + _IDENT, Keyword, "at_rule"),
            (_IDENT, Name.Tag),
            (r"[~^*!%&\[\]()<>|+=@:;,./?-]", Operator),
            *_strings(),
        ],
        "value": [
            include("basics"),
            (r"url\(.*?\)", String.Other),
            (r"#[0-9a-fA-F]{1,6}", Number),
            (_NUMBER + r"(?:%|(?:" + _UNITS + r")\b)?", Number),
            (r"[\[\]():/.,]", Punctuation),
            *_strings(),
            (_IDENT, _value_word),
        ],
        "at_rule": [
            (r"\{(?=" + S + "*" + _IDENT + S + "*:)", Punctuation, "at_stanza"),
            (r"\{", Punctuation, "at_body"),
            (r";", Punctuation, "#pop"),
            include("value"),
        ],
        "at_body": [include("at_content"), include("root")],
        "at_stanza": [include("at_content"), include("stanza")],
        "at_content": [(r"\}", Punctuation, "#pop:2")],
        "basics": [(S + "+", Text), (r"(?s)/\*.*?\*/", Comment)],
        "stanza": [
            include("basics"),
            (r"\}", Punctuation, "#pop"),
            (r"(" + _IDENT + ")(" + S + "*)(:)", _property, "stanza_value"),
        ],
        "stanza_value": [
            (r";", Punctuation, "#pop"),
            (r"(?=\})", Text, "#pop"),
            (r"!" + S + r"*important\b", Comment.Preproc),
            (r"^@.*?$", Comment.Preproc),
            include("value"),
        ],
    }
