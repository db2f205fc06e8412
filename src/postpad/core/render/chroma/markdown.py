"""Chroma's Markdown lexer, which Chroma writes in Go (``lexers/markdown.go``): its rule list
restated in Chroma's XML form for :mod:`.lexer`, and its YAML front-matter split (decision 0165).
"""

from __future__ import annotations

from html import escape

from postpad.core.render.chroma.lexer import Lookup, Token, TokenSource, read_lexer


def _rule(pattern: str, body: str) -> str:
    return f'<rule pattern="{escape(pattern)}">{body}</rule>'


def _tokens(*kinds: str) -> str:
    return "".join(f'<token type="{kind}"/>' for kind in kinds)


def _groups(*kinds: str) -> str:
    inner = "".join(
        '<usingself state="inline"/>' if kind == "@inline" else f'<token type="{kind}"/>'
        for kind in kinds
    )
    return f"<bygroups>{inner}</bygroups>"


_ROOT = "".join(
    (
        _rule(r"<!--[\w\W]*?-->", _tokens("CommentMultiline")),
        _rule(r"^(#[^#].+\n)", _groups("GenericHeading")),
        _rule(r"^(#{2,6}.+\n)", _groups("GenericSubheading")),
        _rule(r"^(\s*)([*-] )(\[[ xX]\])( .+\n)", _groups("Text", "Keyword", "Keyword", "@inline")),
        _rule(r"^(\s*)([*-])(\s)(.+\n)", _groups("Text", "Keyword", "Text", "@inline")),
        _rule(r"^(\s*)([0-9]+\.)( .+\n)", _groups("Text", "Keyword", "@inline")),
        _rule(r"^(\s*>\s)(.+\n)", _groups("Keyword", "GenericEmph")),
        _rule("^(```\\n)([\\w\\W]*?)(^```$)", _groups("LiteralString", "Text", "LiteralString")),
        _rule(
            "^(```)(\\w+)(\\n)([\\w\\W]*?)(^```$)",
            "<usingbygroup><sublexer_name_group>2</sublexer_name_group><code_group>4"
            "</code_group><emitters>"
            + _tokens("LiteralString", "LiteralString", "LiteralString", "Text", "LiteralString")
            + "</emitters></usingbygroup>",
        ),
        '<rule><include state="inline"/></rule>',
    )
)
_INLINE = "".join(
    (
        _rule(r"<!--[\w\W]*?-->", _tokens("CommentMultiline")),
        _rule(r"\\.", _tokens("Text")),
        _rule(
            r"(\s)(\*|_)((?:(?!\2).)*)(\2)((?=\W|\n))",
            _groups("Text", "GenericEmph", "GenericEmph", "GenericEmph", "Text"),
        ),
        _rule(
            r"(\s)((\*\*|__).*?)\3((?=\W|\n))",
            _groups("Text", "GenericStrong", "GenericStrong", "Text"),
        ),
        _rule(r"(\s)(~~[^~]+~~)((?=\W|\n))", _groups("Text", "GenericDeleted", "Text")),
        _rule("`[^`]+`", _tokens("LiteralStringBacktick")),
        _rule(r"[@#][\w/:]+", _tokens("NameEntity")),
        _rule(
            r"(!?\[)([^]]+)(\])(\()([^)]+)(\))",
            _groups("Text", "NameTag", "Text", "Text", "NameAttribute", "Text"),
        ),
        _rule(r".|\n", _tokens("Text")),
    )
)
XML = (
    "<lexer><config><name>markdown</name></config><rules>"
    f'<state name="root">{_ROOT}</state><state name="inline">{_INLINE}</state></rules></lexer>'
)


class MarkdownLexer(TokenSource):
    """``markdownLexer``: a leading ``---`` YAML block by the YAML lexer, the rest as Markdown."""

    name = "markdown"

    def __init__(self, lookup: Lookup) -> None:
        self._rules = read_lexer(XML, lookup)
        self._lookup = lookup

    def tokens(self, text: str, state: str = "root", nested: bool = False) -> list[Token]:
        if not nested:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        front, rest = _split_front_matter(text)
        yaml = self._lookup("YAML") if front else None
        if yaml is None:
            return self._rules.tokens(text, state, nested)
        return yaml.tokens(front, nested=nested) + self._rules.tokens(rest, state, nested)


def _split_front_matter(text: str) -> tuple[str, str]:
    """Chroma's ``splitFrontmatter``: ``---`` on the first line to the next ``---`` line."""
    if not text.startswith("---\n"):
        return "", text
    pos = 4
    while (end := text.find("\n", pos)) >= 0:
        if text[pos:end] == "---":
            return text[: end + 1], text[end + 1 :]
        pos = end + 1
    return "", text
