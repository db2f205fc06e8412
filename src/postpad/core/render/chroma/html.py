"""Hugo's highlighted code block: Chroma's HTML formatter (``formatters/html/html.go``) inside
Hugo's wrapper (``markup/highlight/highlight.go``), for the site's ``[markup.highlight]``.

Classes (``noClasses = false``) or inline styles from the configured style (Hugo's default);
line numbers in a table or inline (``lineNos``); ``guessSyntax`` for a fence without a language.
"""

from __future__ import annotations

from html import escape

from postpad.core.render.chroma import registry
from postpad.core.render.chroma.fallback import pygments_tokens
from postpad.core.render.chroma.lexer import Token, coalesce
from postpad.core.render.chroma.settings import CLASSES, HugoHighlight
from postpad.core.render.chroma.styles import inline_css, inline_style
from postpad.core.render.chroma.types import CODES, css_class


def split_lines(tokens: list[Token]) -> list[list[Token]]:
    """Chroma's ``SplitTokensIntoLines``: a token is cut after each newline, which it keeps."""
    lines: list[list[Token]] = [[]]
    for kind, value in tokens:
        while "\n" in value:
            head, value = value.split("\n", 1)
            lines[-1].append((kind, head + "\n"))
            lines.append([])
        if value:
            lines[-1].append((kind, value))
    if not lines[-1]:
        lines.pop()
    return lines


class _Formatter:
    def __init__(self, settings: HugoHighlight) -> None:
        self.settings = settings
        self.css = (
            None if not settings.no_classes else inline_css(settings.style, settings.tab_width)
        )

    def attr(self, kind: str, extra: str = "") -> str:
        if self.css is None:
            name = css_class(kind)
            return f' class="{name}"' if name else ""
        found = inline_style(self.css, CODES.get(kind, CODES["Text"]))
        if not found:
            return ""
        return f' style="{found}{";" + extra if extra else ""}"'

    def token(self, kind: str, value: str) -> str:
        attr = self.attr(kind)
        text = escape(value, quote=False).replace('"', "&#34;").replace("'", "&#39;")
        return f"<span{attr}>{text}</span>" if attr else text

    def number(self, kind: str, line: int, digits: int) -> str:
        return f"<span{self.attr(kind)}>{line:>{digits}}"

    def code_lines(self, lines: list[list[Token]], digits: int, inline_numbers: bool) -> str:
        out = []
        for index, tokens in enumerate(lines):
            number = ""
            if inline_numbers:
                number = self.number("LineNumbers", self.settings.line_no_start + index, digits)
                number += "</span>"
            body = "".join(self.token(kind, value) for kind, value in tokens)
            out.append(
                f"<span{self.attr('Line')}>{number}<span{self.attr('CodeLine')}>{body}</span></span>"
            )
        return "".join(out)

    def pre(self, language: str) -> str:
        """Hugo's ``WritePreStart``: ``<pre tabindex="0" …><code class="language-…" …>``."""
        code = f' class="language-{language}" data-lang="{language}"' if language else ""
        return f'<pre tabindex="0"{self.attr("PreWrapper")}><code{code}>'

    def block(self, tokens: list[Token], language: str) -> str:
        lines = split_lines(tokens)
        start = self.settings.line_no_start
        digits = len(str(start + len(lines) - 1))
        numbers = self.settings.line_nos
        table = numbers and self.settings.line_numbers_in_table
        code = self.pre(language) + self.code_lines(lines, digits, numbers and not table)
        code += "</code></pre>"
        if not table:
            return code
        gutter = "".join(
            self.number("LineNumbersTable", start + i, digits) + "\n</span>"
            for i in range(len(lines))
        )
        return (
            f"<div{self.attr('PreWrapper')}>\n<table{self.attr('LineTable')}><tr>"
            f"<td{self.attr('LineTableTD')}>\n{self.pre('')}{gutter}</code></pre></td>\n"
            f"<td{self.attr('LineTableTD', 'width:100%')}>\n{code}</td></tr></table>\n</div>\n"
        )


def hugo_code_block(code: str, language: str, settings: HugoHighlight = CLASSES) -> str:
    """What Hugo writes for a fence (or ``{{< highlight >}}``) of ``language``."""
    if not settings.code_fences:  # Goldmark's own code block, unhighlighted
        attrs = f' class="language-{escape(language)}"' if language else ""
        return f"<pre><code{attrs}>{escape(code, quote=False)}</code></pre>\n"
    entry = registry.find(language) if language else None
    if entry is None and settings.guess_syntax:
        entry = registry.analyse(code)
        language = entry.name.lower() if entry is not None else "fallback"
    lang = escape(language)
    if entry is None and language != "fallback":
        body = escape(code, quote=False)
        attrs = f' class="language-{lang}" data-lang="{lang}"' if lang else ""
        return f'<pre tabindex="0"><code{attrs}>{body}</code></pre>\n'
    tokens = coalesce(_tokens(entry, code))
    formatter = _Formatter(settings)
    return f'<div class="{settings.wrapper_class}">{formatter.block(tokens, lang)}</div>\n'


def _tokens(entry: registry.Entry | None, code: str) -> list[Token]:
    source = registry.lexer(entry.name) if entry is not None else None
    if source is not None:
        return source.tokens(code)
    if entry is not None:
        found = pygments_tokens(entry, code)
        if found is not None:
            return found
    text = code.replace("\r\n", "\n").replace("\r", "\n")
    return [("Text", text)]  # Chroma's fallback lexer: plain text
