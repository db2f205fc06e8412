"""Rouge 3.30's HTML lexer restated as a Pygments ``RegexLexer``: the states and rules of
``rouge/lexers/html.rb`` in the same order (decisions 0148, 0170). ``<script>`` and ``<style>``
content goes to the JavaScript and CSS ports; Rouge carries the inner lexer's state across a ``<``
inside that content, these restart it (the same output unless a ``<`` splits a string or
comment)."""

from __future__ import annotations

from typing import Any, ClassVar

from pygments.lexer import RegexLexer, default, include, using
from pygments.token import Comment, Name, String, Text

from postpad.core.render.rules.rouge_common import S
from postpad.core.render.rules.rouge_css import RougeCssLexer
from postpad.core.render.rules.rouge_javascript import RougeJavascriptLexer

_NAME = r"(?:[^\W\d]|[:-])[\w:.·-]*"  # Rouge: [\p{L}:_-][\p{Word}\p{Cf}:.·-]*
_ATTRIBUTE = r"(?:[^\W\d]|[:\[\]()*.-])[\w:.·\[\]()*-]*"
_BARE_ATTRIBUTE = r"(?:[^\W\d]|[:*#-])[\w:.·*#-]*"


def _embedded(tag: str, lexer: type[RegexLexer]) -> list[Any]:
    inner = using(lexer)  # type: ignore[no-untyped-call]
    return [
        (r"[^<]+", inner),
        (r"<" + S + "*/" + S + "*" + tag + S + "*>", Name.Tag, "#pop"),
        (r"<", inner),
    ]


class RougeHtmlLexer(RegexLexer):
    """``Rouge::Lexers::HTML`` (``html``)."""

    name = "Rouge HTML"
    rouge_port = True
    tokens: ClassVar[dict[str, list[Any]]] = {
        "root": [
            (r"[^<&]+", Text),
            (r"&[^ \t\n\r\f\v]*?;", Name.Entity),
            (r"(?is)<!DOCTYPE .*?>", Comment.Preproc),
            (r"(?s)<!\[CDATA\[.*?\]\]>", Comment.Preproc),
            (r"<!--", Comment, "comment"),
            (r"(?s)<\?.*?\?>", Comment.Preproc),
            (r"<" + S + "*script" + S + "*", Name.Tag, ("script_content", "tag")),
            (r"<" + S + "*style" + S + "*", Name.Tag, ("style_content", "tag")),
            (r"</", Name.Tag, "tag_end"),
            (r"<", Name.Tag, "tag_start"),
        ],
        "tag_end": [include("tag_end_end"), (_NAME, Name.Tag, ("#pop", "tag_end_end"))],
        "tag_end_end": [(S + "+", Text), (r">", Name.Tag, "#pop")],
        "tag_start": [
            (S + "+", Text),
            (_NAME, Name.Tag, ("#pop", "tag")),
            default(("#pop", "tag")),
        ],
        "comment": [(r"[^-]+", Comment), (r"-->", Comment, "#pop"), (r"-", Comment)],
        "tag": [
            (S + "+", Text),
            (_ATTRIBUTE + S + "*=" + S + "*", Name.Attribute, "attr"),
            (_BARE_ATTRIBUTE, Name.Attribute),
            (r"/?" + S + "*>", Name.Tag, "#pop"),
        ],
        "attr": [
            (r'"', String, ("#pop", "dq")),
            (r"'", String, ("#pop", "sq")),
            (r"[^ \t\n\r\f\v>]+", String, "#pop"),
        ],
        "dq": [(r'"', String, "#pop"), (r'[^"]+', String)],
        "sq": [(r"'", String, "#pop"), (r"[^']+", String)],
        "script_content": _embedded("script", RougeJavascriptLexer),
        "style_content": _embedded("style", RougeCssLexer),
    }
