"""Rouge 3.30's Java lexer restated as a Pygments ``RegexLexer``: the states and rules of
``rouge/lexers/java.rb`` in the same order (decisions 0148, 0186), with Ruby's ASCII ``\\s``.
Rouge writes brackets, ``;`` and ``.`` as operators (``o``), where Pygments writes ``p``.
POSIX classes are read as ASCII (``[[:upper:]]`` as ``[A-Z]``): identifiers in other scripts
are rare in blog code.
"""

from __future__ import annotations

from typing import Any, ClassVar

from pygments.lexer import RegexLexer, this, using
from pygments.token import Comment, Keyword, Name, Number, Operator, String, Text

from postpad.core.render.rules.rouge_common import S, bygroups

_KEYWORDS = (
    "assert|break|case|catch|continue|default|do|else|finally|for|if|goto|instanceof|new|return|"
    "switch|this|throw|try|while"
)
_DECLARATIONS = (
    "abstract|const|enum|extends|final|implements|native|private|protected|public|static|"
    "strictfp|super|synchronized|throws|transient|volatile"
)
_TYPES = "boolean|byte|char|double|float|int|long|short|var|void"
_ID = r"(?:[^\W\d]|_)\w*"  # Rouge: [[:alpha:]_][[:word:]]*
_DIGIT = r"(?:[0-9]_+[0-9]|[0-9])"
_METHOD = (
    rf"({S}*(?:[a-zA-Z_][a-zA-Z0-9_.\[\]<>]*{S}+)+?)"  # return arguments
    rf"([a-zA-Z_][a-zA-Z0-9_]*)({S}*)(\()"  # method name, signature start
)


class RougeJavaLexer(RegexLexer):
    """``Rouge::Lexers::Java`` (``java``)."""

    name = "Rouge Java"
    rouge_port = True
    tokens: ClassVar[dict[str, list[Any]]] = {
        "root": [
            (r"[ \t\r\f\v]+", Text),
            (r"//.*?$", Comment.Single),
            (r"(?s)/\*.*?\*/", Comment.Multiline),
            (rf"(?:{_KEYWORDS})\b", Keyword),
            (_METHOD, bygroups(using(this), Name.Function, Text, Operator)),  # type: ignore[no-untyped-call]
            (rf"@{_ID}", Name.Decorator),
            (rf"(?:{_DECLARATIONS})\b", Keyword.Declaration),
            (rf"(?:{_TYPES})\b", Keyword.Type),
            (r"(?:true|false|null)\b", Keyword.Constant),
            (r"(?:class|interface)\b", Keyword.Declaration, "class"),
            (r"(?:import|package)\b", Keyword.Namespace, "import"),
            (r'"(\\\\|\\"|[^"])*"', String),
            (r"'(?:\\.|[^\\]|\\u[0-9a-f]{4})'", String.Char),
            (rf"(\.)({_ID})", bygroups(Operator, Name.Attribute)),
            (rf"{_ID}:", Name.Label),
            (r"[A-Z][A-Z0-9_]*\b", Name.Constant),
            (r"[A-Z][A-Za-z0-9]*\b", Name.Class),
            (rf"\$?{_ID}", Name),
            (r"[~^*!%&\[\](){}<>|+=:;,./?-]", Operator),
            (rf"{_DIGIT}+\.{_DIGIT}+([eE]{_DIGIT}+)?[fd]?", Number.Float),
            (r"(?i)0b(?:[01]_+[01]|[01])+", Number.Bin),
            (r"(?i)0x(?:[0-9a-f]_+[0-9a-f]|[0-9a-f])+", Number.Hex),
            (r"0(?:[0-7]_+[0-7]|[0-7])+", Number.Oct),
            (rf"{_DIGIT}+L?", Number.Integer),
            (r"\n", Text),
        ],
        "class": [(S + "+", Text), (_ID, Name.Class, "#pop")],
        "import": [(S + "+", Text), (r"(?i)[a-z0-9_.]+\*?", Name.Namespace, "#pop")],
    }
