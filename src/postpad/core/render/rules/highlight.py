"""Code fences highlighted by Pygments with CSS classes; light and dark stylesheets.

Hexo (``code_figure``) wraps code in ``<figure class="highlight LANG">`` with a line-number
gutter, as hexo-util's highlighter does and Butterfly styles; other engines get
``<pre><code class="language-LANG">``.
"""

from __future__ import annotations

from functools import lru_cache
from html import escape

from pygments import highlight as pygments_highlight
from pygments.formatters import HtmlFormatter
from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

LIGHT_STYLE = "friendly"
DARK_STYLE = "monokai"
_FORMATTER = HtmlFormatter(nowrap=True)


@lru_cache(maxsize=256)
def _lexer(language: str) -> Lexer | None:
    if not language:
        return None
    try:
        return get_lexer_by_name(language, stripnl=False, ensurenl=False)
    except ClassNotFound:
        return None


def highlight_code(code: str, language: str) -> str:
    """Highlighted HTML for ``code`` (escaped plain text for unknown languages)."""
    lexer = _lexer(language.lower())
    if lexer is None:
        return escape(code, quote=False)
    result: str = pygments_highlight(code, lexer, _FORMATTER)
    return result


def code_block_html(code: str, language: str, *, figure: bool) -> str:
    """The whole block for one fence."""
    body = highlight_code(code, language)
    if body.endswith("\n"):
        body = body[:-1]
    lang = escape(language)
    if not figure:
        css = f' class="language-{lang}"' if lang else ""
        return f'<pre class="highlight"><code{css}>{body}</code></pre>\n'
    lines = max(1, code.count("\n") + (0 if code.endswith("\n") else 1))
    gutter = "\n".join(str(n) for n in range(1, lines + 1))
    label = f'<div class="pp-code-lang">{lang}</div>' if lang else ""
    return (
        f'<figure class="highlight {lang or "plaintext"}">{label}<table><tr>'
        f'<td class="gutter"><pre>{gutter}</pre></td>'
        f'<td class="code"><pre><code>{body}</code></pre></td></tr></table></figure>\n'
    )


def stylesheet(style: str, scope: str) -> str:
    """Pygments CSS for ``style``, scoped under ``scope`` (e.g. ``[data-theme=dark]``)."""
    formatter = HtmlFormatter(style=style)
    css: str = formatter.get_style_defs(f"{scope} .highlight")  # type: ignore[no-untyped-call]
    return css


def theme_stylesheets() -> str:
    """Light and dark code styles; the page's ``data-theme`` attribute picks one."""
    return "\n".join(
        (
            stylesheet(LIGHT_STYLE, ":root"),
            stylesheet(DARK_STYLE, ":root[data-theme=dark]"),
        )
    )
