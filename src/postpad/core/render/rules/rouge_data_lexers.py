"""Rouge 3.30's JSON, diff and TeX lexers restated as Pygments ``RegexLexer``s (decisions 0148,
0170).

Same states and rules in the same order as ``rouge/lexers/{json,diff,tex}.rb``, with Ruby's ASCII
``\\s``, ``\\w`` and ``\\d``. Rouge writes whitespace as it classes it (``w`` in JSON), so these
lexers' tokens are taken as they are (``ROUGE_PORT``).
"""

from __future__ import annotations

from typing import Any, ClassVar

from pygments.lexer import RegexLexer, default, include
from pygments.token import (
    Comment,
    Generic,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
    Whitespace,
)

from postpad.core.render.rules.rouge_common import S, W, bygroups


class RougeJsonLexer(RegexLexer):
    """``Rouge::Lexers::JSON`` (``json``)."""

    name = "Rouge JSON"
    rouge_port = True
    tokens: ClassVar[dict[str, list[Any]]] = {
        "whitespace": [(S + "+", Whitespace)],
        "root": [
            include("whitespace"),
            (r"\{", Punctuation, "object"),
            (r"\[", Punctuation, "array"),
            include("name"),
            include("value"),
            (r"[\]}]", Punctuation),
        ],
        "object": [
            include("whitespace"),
            include("name"),
            include("value"),
            (r"\}", Punctuation, "#pop"),
            (r",", Punctuation),
        ],
        "name": [
            (
                r'("(?:\\.|[^"\\\n])*?")(' + S + r"*)(:)",
                bygroups(Name.Label, Whitespace, Punctuation),
            )
        ],
        "value": [
            include("whitespace"),
            include("constants"),
            (r'"', String.Double, "string"),
            (r"\[", Punctuation, "array"),
            (r"\{", Punctuation, "object"),
        ],
        "string": [
            (r'[^\\"]+', String.Double),
            (r"\\.", String.Escape),
            (r'"', String.Double, "#pop"),
        ],
        "array": [include("value"), (r"\]", Punctuation, "#pop"), (r",", Punctuation)],
        "constants": [
            (r"(?:true|false|null)", Keyword.Constant),
            (r"-?(?:0|[1-9][0-9]*)\.[0-9]+(?:[eE][+-]?[0-9]+)?", Number.Float),
            (r"-?(?:0|[1-9][0-9]*)(?:[eE][+-]?[0-9]+)?", Number.Integer),
        ],
    }


def _line(start: str) -> str:
    """A whole line from ``start`` with its newline, as Rouge's ``/^….*$\\n?/``."""
    return "^" + start + r".*$\n?"


class RougeDiffLexer(RegexLexer):
    """``Rouge::Lexers::Diff`` (``diff``, ``patch``, ``udiff``)."""

    name = "Rouge diff"
    rouge_port = True
    tokens: ClassVar[dict[str, list[Any]]] = {
        "root": [
            (_line(" "), Text),
            (r"^---$\n?", Punctuation),
            (_line("[+>]+"), Generic.Inserted),
            (_line(r"\+"), Generic.Inserted),
            (_line("[-<]+"), Generic.Deleted),
            (_line("!"), Generic.Strong),
            (_line("(?:[Ii]ndex|diff)"), Generic.Heading),
            (r"^(@@[^@]*@@)([^\n]*\n)", bygroups(Punctuation, Text)),
            (_line(W), Punctuation),
            (_line("="), Generic.Heading),
            (S + r".*$\n?", Text),
        ]
    }


_COMMAND = r"\\(?:[a-zA-Z]+|" + S + "+|.)"


class RougeTexLexer(RegexLexer):
    """``Rouge::Lexers::TeX`` (``tex``, ``latex``)."""

    name = "Rouge TeX"
    rouge_port = True
    tokens: ClassVar[dict[str, list[Any]]] = {
        "general": [(r"%.*$", Comment), (r"[{}&_^]", Punctuation)],
        "root": [
            (r"\\\[", Punctuation, "displaymath"),
            (r"\\\(", Punctuation, "inlinemath"),
            (r"\$\$", Punctuation, "displaymath"),
            (r"\$", Punctuation, "inlinemath"),
            (r"\\(?:begin|end)\{.*?\}", Name.Tag),
            (
                r"(\\verb)\b([^ \t\n\r\f\v])(.*?)(\2)",
                bygroups(Name.Builtin, Keyword.Pseudo, String.Other, Keyword.Pseudo),
            ),
            (_COMMAND, Keyword, "command"),
            include("general"),
            (r"[^\\$%&_^{}]+", Text),
        ],
        "math": [
            (_COMMAND, Name.Variable),
            include("general"),
            (r"[0-9]+", Number),
            (r"[-=!+*/()\[\]]", Operator),
            (r"[^=!+*/()\[\]\\$%&_^{}0-9-]+", Name.Builtin),
        ],
        "inlinemath": [
            (r"\\\)", Punctuation, "#pop"),
            (r"\$", Punctuation, "#pop"),
            include("math"),
        ],
        "displaymath": [
            (r"\\\]", Punctuation, "#pop"),
            (r"\$\$", Punctuation, "#pop"),
            (r"\$", Name.Builtin),
            include("math"),
        ],
        "command": [(r"\[.*?\]", Name.Attribute), (r"\*", Keyword), default("#pop")],
    }
