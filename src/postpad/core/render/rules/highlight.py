"""Code fences highlighted by Pygments with CSS classes; light and dark stylesheets.

Hexo (``code_figure``) wraps code in ``<figure class="highlight LANG">`` with a line-number
gutter, as hexo-util's highlighter does and Butterfly styles; other engines get
``<pre><code class="language-LANG">``.
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape
from typing import TYPE_CHECKING

from pygments import highlight as pygments_highlight
from pygments.formatters import HtmlFormatter
from pygments.token import STANDARD_TYPES, Token, _TokenType, is_token_subtype

from postpad.core.render.rules.hljs_markup import hljs_html

if TYPE_CHECKING:  # the lexers load with the first block that needs them: Chroma's for Hugo,
    # Rouge's for Jekyll, Pygments' catalogue for the others (issue 12's first preview, 0200)
    from pygments.lexer import Lexer

    from postpad.core.render.chroma.settings import HugoHighlight

_FORMATTER = HtmlFormatter(nowrap=True)


def highlight_code(code: str, language: str) -> str:
    """Highlighted HTML for ``code`` (escaped plain text for unknown languages)."""
    from postpad.core.render.lexers import lexer_for

    lexer = lexer_for(language.lower())
    if lexer is None:
        return escape(code, quote=False)
    result: str = pygments_highlight(code, lexer, _FORMATTER)
    return result


def rouge_html(code: str, language: str) -> str:
    """Pygments' spans with whitespace unstyled and same-class runs merged, as Rouge writes
    them (Jekyll): ``<span class="kd">var</span> <span class="nx">a</span>``; Rouge's own
    lexer where Pygments' differs (decision 0148), its tokens taken as they are."""
    from postpad.core.render.rules.rouge_lexers import rouge_lexer_for

    lexer = rouge_lexer_for(language.lower())
    if lexer is None:
        return escape(code, quote=False)
    port = getattr(lexer, "rouge_port", False)  # a port classes whitespace as Rouge does
    tokens = [
        (
            "" if not port and is_token_subtype(kind, Token.Text.Whitespace) else _css_class(kind),
            value,
        )
        for kind, value in (lexer.get_tokens(code) if port else _rouge_comments(lexer, code))
        if value
    ]
    return _spans(tokens)


def _rouge_comments(lexer: Lexer, code: str) -> Iterator[tuple[_TokenType, str]]:
    """Pygments' tokens, a line comment's newline left out of it: every Rouge lexer's line
    comment ends before the newline (``//.*?$``, ``--.*``; decision 0186)."""
    for kind, value in lexer.get_tokens(code):
        if value.endswith("\n") and is_token_subtype(kind, Token.Comment.Single):
            yield kind, value[:-1]
            yield Token.Text, "\n"
        else:
            yield kind, value


def _css_class(kind: _TokenType) -> str:
    """Pygments' short class for a token type (``k``, ``c1``, ``nb-Builtin`` …)."""
    suffix = ""
    current: _TokenType | None = kind
    name = STANDARD_TYPES.get(kind)
    while name is None and current is not None:
        suffix = "-" + current[-1] + suffix
        current = current.parent
        name = STANDARD_TYPES.get(current) if current is not None else ""
    return (name or "") + suffix


def _spans(tokens: list[tuple[str, str]]) -> str:
    merged: list[tuple[str, str]] = []
    for css, text in tokens:
        if merged and merged[-1][0] == css:
            merged[-1] = (css, merged[-1][1] + text)
        else:
            merged.append((css, text))
    return "".join(
        f'<span class="{css}">{escape(text, quote=False)}</span>' if css else escape(text, False)
        for css, text in merged
    )


def _rouge_knows(language: str) -> bool:
    from postpad.core.render.rules.rouge_lexers import rouge_knows

    return rouge_knows(language)


def _lines(body: str) -> list[str]:
    lines = body.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines or [""]


def code_block_html(
    code: str,
    language: str,
    *,
    style: str = "plain",
    caption: str = "",
    chroma: HugoHighlight | None = None,
    info: str = "",
) -> str:
    """The whole block for one fence, in the markup the engine writes.

    ``hexo``: hexo-util's ``<figure class="highlight LANG">`` table with a line-number gutter and
    one ``span.line`` per line (what Butterfly styles); ``rouge``: Jekyll's kramdown + Rouge
    wrapper; ``rouge-tag``: Jekyll's ``{% highlight %}`` figure; ``goldmark``: Hugo's Chroma
    wrapper; ``plain``: ``pre > code``.
    ``caption`` is HTML for Hexo's ``<figcaption>``; ``chroma`` Hugo's ``markup.highlight``;
    ``info`` the fence's info string (Hugo reads its ``{…}`` attributes).
    """
    if style == "goldmark":  # Hugo: Chroma's own lexers and formatter (decision 0165)
        from postpad.core.render.chroma.html import hugo_code_block
        from postpad.core.render.chroma.settings import CLASSES

        chroma = CLASSES if chroma is None else chroma
        if chroma.code_fences:  # Hugo's code block hook: text.Puts(text.Chomp(lines))
            code = code.rstrip("\r\n") + "\n" if code.rstrip("\r\n") else ""
        return hugo_code_block(code, language, chroma, info)
    if style.startswith("rouge"):
        body = rouge_html(code, language)
    elif style == "figure_table":
        body = hljs_html(code, language)
    else:
        body = highlight_code(code, language)
    lang = escape(language)
    if style == "figure_table":
        lines = _lines(body)
        gutter = "".join(f'<span class="line">{n}</span><br>' for n in range(1, len(lines) + 1))
        text = "".join(f'<span class="line">{line}</span><br>' for line in lines)
        figcaption = f"<figcaption>{caption}</figcaption>" if caption else ""
        return (
            f'<figure class="highlight {lang or "plaintext"}">{figcaption}<table><tr>'
            f'<td class="gutter"><pre>{gutter}</pre></td>'
            f'<td class="code"><pre>{text}</pre></td></tr></table></figure>\n'
        )
    if style == "rouge" and language and not _rouge_knows(language):
        # kramdown: no Rouge lexer, no wrapper (decision 0148)
        chomped = code[:-1] if code.endswith("\n") else code
        return f'<pre><code class="language-{lang}">{escape(chomped, quote=False)}\n</code></pre>\n'
    if style == "rouge":
        return (
            f'<div class="language-{lang or "plaintext"} highlighter-rouge">'
            f'<div class="highlight"><pre class="highlight"><code>{body}</code></pre></div></div>\n'
        )
    if style == "rouge-tag-lines":
        body = _rouge_table(body)
        style = "rouge-tag"
    if style == "rouge-tag":
        return (
            f'<figure class="highlight"><pre><code class="language-{lang}" data-lang="{lang}">'
            f"{body.rstrip(chr(10))}</code></pre></figure>\n"
        )
    css = f' class="language-{lang}"' if lang else ""
    return f'<pre class="highlight"><code{css}>{body}</code></pre>\n'


def _rouge_table(body: str) -> str:
    """Rouge's ``HTMLTable`` formatter, as Jekyll's ``{% highlight lang linenos %}`` uses it:
    one gutter line per code line, each number followed by a line end."""
    code = body if body.endswith("\n") else body + "\n"
    numbers = "".join(f"{n}\n" for n in range(1, code.count("\n") + 1))
    return (
        '<table class="rouge-table"><tbody><tr><td class="gutter gl">'
        f'<pre class="lineno">{numbers}</pre></td><td class="code"><pre>{code}</pre></td>'
        "</tr></tbody></table>"
    )
