"""Code blocks as inline-styled HTML: Pygments tokens, each with its style's colour written on
the span (no classes), spaces as ``&nbsp;`` and line breaks as ``<br>`` so editors that collapse
whitespace (微信公众号) keep the indentation."""

from __future__ import annotations

from functools import lru_cache
from html import escape

from pygments.style import StyleMeta
from pygments.styles import get_style_by_name
from pygments.token import Token, _TokenType, is_token_subtype

from postpad.core.render.lexers import lexer_for
from postpad.core.richcopy.styles import CODE_IN_PRE, PRE

STYLE = "friendly"
"""The preview's light code style (core/render/rules/code_styles.py LIGHT_STYLE)."""


@lru_cache(maxsize=1)
def _style() -> StyleMeta:
    return get_style_by_name(STYLE)


@lru_cache(maxsize=512)
def token_css(kind: _TokenType) -> str:
    style = _style()
    while not style.styles_token(kind) and kind.parent is not None:
        kind = kind.parent  # a lexer's own token type (YAML's Literal.Scalar.Plain …)
    info = style.style_for_token(kind)
    parts = []
    if info.get("color"):
        parts.append(f"color:#{info['color']};")
    if info.get("bold"):
        parts.append("font-weight:bold;")
    if info.get("italic"):
        parts.append("font-style:italic;")
    if info.get("underline"):
        parts.append("text-decoration:underline;")
    return "".join(parts)


def _text(value: str) -> str:
    """Escaped text with spaces and line breaks that survive whitespace collapsing."""
    value = escape(value.replace("\t", "    "), quote=False)
    return value.replace(" ", "&nbsp;").replace("\n", "<br>")


def code_html(code: str, language: str) -> str:
    """A ``<pre><code>`` block with every token's colour inline."""
    lexer = lexer_for(language.lower())
    code = code.rstrip("\n")
    if lexer is None:
        body = _text(code)
    else:
        spans = []
        for kind, value in lexer.get_tokens(code):
            plain = is_token_subtype(kind, Token.Text.Whitespace) or kind is Token.Text
            css = "" if plain else token_css(kind)
            spans.append(f'<span style="{css}">{_text(value)}</span>' if css else _text(value))
        body = "".join(spans)
    background = str(getattr(_style(), "background_color", "") or "#f6f8fa")
    return (
        f'<pre style="{PRE}background:{background};color:#333;">'
        f'<code style="{CODE_IN_PRE}">{body}</code></pre>'
    )
