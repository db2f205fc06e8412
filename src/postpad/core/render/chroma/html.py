"""Hugo's highlighted code block: Chroma's HTML formatter (``formatters/html/html.go``) inside
Hugo's wrapper (``markup/highlight/highlight.go``), for the site's ``[markup.highlight]``.

Classes (``noClasses = false``) or inline styles from the configured style (Hugo's default);
line numbers in a table or inline (``lineNos``); ``guessSyntax`` for a fence without a language.
"""

from __future__ import annotations

from html import escape

from postpad.core.render.chroma import attributes, registry
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
        grid = bool(settings.hl_lines)
        self.css = (
            None
            if not settings.no_classes
            else inline_css(settings.style, settings.tab_width, grid)
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
        text = _go_escape(value)
        return f"<span{attr}>{text}</span>" if attr else text

    def number(self, kind: str, line: int, digits: int) -> str:
        return f"<span{self.attr(kind)}>{line:>{digits}}"

    def highlighted(self, line: int) -> bool:
        return any(low <= line <= high for low, high in self.settings.hl_lines)

    def line_attr(self, line: int) -> str:
        """A line's span: ``line hl`` (classes) or both styles, space-joined, as Chroma does."""
        if not self.highlighted(line):
            return self.attr("Line")
        if self.css is None:
            return ' class="line hl"'
        line_css = inline_style(self.css, CODES["Line"])
        return f' style="{line_css} {inline_style(self.css, CODES["LineHighlight"])}"'

    def code_lines(self, lines: list[list[Token]], digits: int, inline_numbers: bool) -> str:
        out = []
        for index, tokens in enumerate(lines):
            line = self.settings.line_no_start + index
            number = self.number("LineNumbers", line, digits) + "</span>" if inline_numbers else ""
            body = "".join(self.token(kind, value) for kind, value in tokens)
            cell = f"<span{self.attr('CodeLine')}>{body}</span>"
            out.append(f"<span{self.line_attr(line)}>{number}{cell}</span>")
        return "".join(out)

    def gutter(self, count: int, digits: int) -> str:
        out = []
        for line in range(self.settings.line_no_start, self.settings.line_no_start + count):
            number = self.number("LineNumbersTable", line, digits) + "\n</span>"
            marked = self.highlighted(line)
            out.append(f"<span{self.attr('LineHighlight')}>{number}</span>" if marked else number)
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
        gutter = self.gutter(len(lines), digits)
        return (
            f"<div{self.attr('PreWrapper')}>\n<table{self.attr('LineTable')}><tr>"
            f"<td{self.attr('LineTableTD')}>\n{self.pre('')}{gutter}</code></pre></td>\n"
            f"<td{self.attr('LineTableTD', 'width:100%')}>\n{code}</td></tr></table>\n</div>\n"
        )


def hugo_code_block(
    code: str, language: str, settings: HugoHighlight = CLASSES, info: str = ""
) -> str:
    """What Hugo writes for a fence (or ``{{< highlight >}}``) of ``language``; ``info``: the
    fence's whole info string, whose ``{…}`` attributes Hugo reads."""
    attrs = attributes.parse(attributes.split_info(info)[1]) if "{" in info else []
    if attrs:
        language = attributes.split_info(info)[0]
        settings = attributes.apply(settings, attrs)
    if not settings.code_fences:  # Goldmark's own code block, unhighlighted
        css = f' class="language-{escape(language)}"' if language else ""
        body = escape(code, quote=False).replace('"', "&quot;")  # Goldmark's EscapeHTML
        return f"<pre><code{css}>{body}</code></pre>\n"
    entry = registry.find(language) if language else None
    if entry is None and settings.guess_syntax:
        entry = registry.analyse(code)
        language = entry.name.lower() if entry is not None else "fallback"
    lang = escape(language)
    if entry is None and language != "fallback":
        body = _go_escape(code)
        css = f' class="language-{lang}" data-lang="{lang}"' if lang else ""
        return f'<pre tabindex="0"><code{css}>{body}</code></pre>\n'
    tokens = coalesce(_tokens(entry, code))
    block = _Formatter(settings).block(tokens, lang)
    return f"{_div_start(settings, attrs)}{block}</div>\n"


def _div_start(settings: HugoHighlight, attrs: list[tuple[str, attributes.Value]]) -> str:
    """Hugo's ``writeDivStart``: the wrapper class, the fence's class, its other attributes."""
    extra = next((f" {value}" for name, value in attrs if name == "class"), "")
    return (
        f'<div class="{settings.wrapper_class}{escape(extra)}"{attributes.div_attributes(attrs)}>'
    )


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


def _go_escape(text: str) -> str:
    """Go's ``html.EscapeString``: ``<>&'"`` as ``&lt;&gt;&amp;&#39;&#34;``."""
    return escape(text, quote=False).replace('"', "&#34;").replace("'", "&#39;")
