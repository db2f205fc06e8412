"""Rouge 3.30's HTTP lexer restated as a Pygments ``RegexLexer``: the states and rules of
``rouge/lexers/http.rb`` in the same order (decisions 0148, 0186).

Text that is neither a request nor a status line is an error to Rouge, one character at a time
and newlines included (``RegexLexer#stream_tokens``), so a fence of bare headers is one ``err``
span. The body goes to the lexer of the ``Content-Type`` header: JSON and HTML to their ports,
anything else is written as plain text (Rouge guesses by MIME type; plain text is its answer
without a header).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any, ClassVar

from pygments.lexer import RegexLexer
from pygments.token import Error, Keyword, Name, Number, Operator, Punctuation, String, Text
from pygments.token import _TokenType as TokenType

from postpad.core.render.rules.rouge_common import bygroups
from postpad.core.render.rules.rouge_data_lexers import RougeJsonLexer
from postpad.core.render.rules.rouge_html_lexer import RougeHtmlLexer

_METHODS = "GET|POST|PUT|DELETE|HEAD|OPTIONS|TRACE|PATCH"
_HEADER = re.compile(r"([^\s:]+)( *)(:)( *)([^\r\n]+)(\r?\n|$)", re.MULTILINE)
_BODY_LEXERS: dict[str, type[RegexLexer]] = {
    "application/json": RougeJsonLexer,
    "text/html": RougeHtmlLexer,
}


def _header(lexer: RougeHttpLexer, match: re.Match[str]) -> Iterator[tuple[int, TokenType, str]]:
    if match.group(1).strip().lower() == "content-type":
        lexer.content_type = match.group(5).split(";")[0].lower()
    kinds = (Name.Attribute, Text, Punctuation, Text, String, Text)
    for group, kind in enumerate(kinds, 1):
        if match.group(group):
            yield match.start(group), kind, match.group(group)


def _content(lexer: RougeHttpLexer, match: re.Match[str]) -> Iterator[tuple[int, TokenType, str]]:
    body = _BODY_LEXERS.get(lexer.content_type)
    if body is None:
        yield match.start(), Text, match.group(0)
        return
    inner = body(stripnl=False, ensurenl=False)
    for offset, kind, value in inner.get_tokens_unprocessed(match.group(0)):
        yield match.start() + offset, kind, value


class RougeHttpLexer(RegexLexer):
    """``Rouge::Lexers::HTTP`` (``http``)."""

    name = "Rouge HTTP"
    rouge_port = True
    flags = re.MULTILINE
    content_type = "text/plain"
    tokens: ClassVar[dict[str, list[Any]]] = {
        "root": [
            (
                rf"({_METHODS})( +)([^ ]+)( +)(HTTPS?)(/)(\d(?:\.\d)?)(\r?\n|$)",
                bygroups(
                    Name.Function, Text, Name.Namespace, Text, Keyword, Operator, Number, Text
                ),
                "headers",
            ),
            (
                r"(HTTPS?)(/)(\d(?:\.\d))( +)(\d{3})( +)?([^\r\n]*)?(\r?\n|$)",
                bygroups(Keyword, Operator, Number, Text, Number, Text, Name.Exception, Text),
                "headers",
            ),
            (r"[\s\S]", Error),  # Rouge: no rule matches, one character is an error
        ],
        "headers": [
            (_HEADER.pattern, _header),
            (r"([^\r\n]+)(\r?\n|$)", bygroups(String, Text)),
            (r"\r?\n", Text, "content"),
            (r"[\s\S]", Error),
        ],
        "content": [(r"[\s\S]+", _content)],
    }

    def get_tokens_unprocessed(
        self, text: str, stack: Iterable[str] = ("root",)
    ) -> Iterator[tuple[int, TokenType, str]]:
        self.content_type = "text/plain"  # Rouge's ``start`` block
        yield from super().get_tokens_unprocessed(text, stack)
