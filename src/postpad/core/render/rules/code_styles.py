"""The preview's code stylesheets: Pygments' light and dark styles, highlight.js' classes and
Chroma's layout rules. Apart from the highlighters themselves (``highlight``), so the preview
page can be built without loading every lexer (issue 12's first preview, decision 0200)."""

from __future__ import annotations

from pygments.formatters.html import HtmlFormatter

from postpad.core.render.rules.hljs_markup import hljs_stylesheet

LIGHT_STYLE = "friendly"
DARK_STYLE = "monokai"


def stylesheet(style: str, scope: str) -> str:
    """Pygments CSS for ``style``, scoped under ``scope`` (e.g. ``[data-theme=dark]``)."""
    formatter = HtmlFormatter(style=style)
    css: str = formatter.get_style_defs(f"{scope} .highlight")  # type: ignore[no-untyped-call]
    return css


#: The layout rules of Chroma's stylesheet (its ``WriteCSS``) for Hugo blocks written with
#: classes: line-number table, gutter, highlighted lines (the blog's theme ships the colours);
#: and the spacing a theme gives Hugo's ``div.highlight`` (the page's own table rules undone).
CHROMA_LAYOUT = (
    "div.highlight { margin: 0 0 1em; border-radius: 6px; overflow: auto; }\n"
    "div.highlight > pre, div.highlight td > pre { margin: 0; padding: 0.8em 1em; }\n"
    "div.highlight table { display: table; border: 0; margin: 0; }\n"
    "div.highlight td { border: 0; padding: 0; }\n"
    ".chroma .lntd { vertical-align: top; padding: 0; margin: 0; border: 0; }\n"
    ".chroma .lntable { border-spacing: 0; padding: 0; margin: 0; border: 0; }\n"
    ".chroma .lntd:last-child { width: 100%; }\n"
    ".chroma .line { display: flex; }\n"
    ".chroma .ln, .chroma .lnt { white-space: pre; -webkit-user-select: none; user-select: none;"
    " margin-right: 0.4em; padding: 0 0.4em 0 0.4em; color: #7f7f7f; }\n"
    ".chroma .hl { background-color: rgba(127, 127, 127, 0.2); }\n"
)
#: A lexer's error token (Chroma, Rouge or Pygments reading code it does not expect, e.g. a JS
#: object under ``json``) is not the author's mistake and the blog's theme does not box it:
#: the colour stays, Pygments' red border goes.
LEXER_ERROR = ":root .highlight .err, :root[data-theme=dark] .highlight .err { border: 0; }\n"


def theme_stylesheets() -> str:
    """Light and dark code styles; the page's ``data-theme`` attribute picks one."""
    return "\n".join(
        (
            stylesheet(LIGHT_STYLE, ":root"),
            stylesheet(DARK_STYLE, ":root[data-theme=dark]"),
            hljs_stylesheet(LIGHT_STYLE, ":root"),
            hljs_stylesheet(DARK_STYLE, ":root[data-theme=dark]"),
            CHROMA_LAYOUT,
            LEXER_ERROR,
        )
    )
