"""``$…$`` and ``$$…$$`` formulas as MathML (latex2mathml): no JavaScript in the preview.

A formula that does not convert keeps its source, marked as an error, and never breaks the page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from html import escape
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.dollarmath import dollarmath_plugin

_UNKNOWN_COMMAND = re.compile(r"<mi>\\([A-Za-z]+)</mi>")
# Only suppress an equation number, which the preview never draws (MathJax's autoNumber)
_NO_NUMBER = re.compile(r"\\(?:notag|nonumber)(?![A-Za-z])")


class MathError(ValueError):
    """A formula latex2mathml could not convert."""


@lru_cache(maxsize=4096)
def latex_to_mathml(latex: str, display: bool) -> str:
    """MathML for ``latex``; raises :class:`MathError` when it cannot be converted."""
    # latex2mathml (and the urllib/ssl/email modules it pulls in) costs ~30 ms to import: load it
    # with the first formula, not with the window.
    from latex2mathml.converter import convert

    try:
        mathml: str = convert(_NO_NUMBER.sub("", latex), display="block" if display else "inline")
    except Exception as exc:  # latex2mathml raises many types for bad input
        raise MathError(str(exc) or type(exc).__name__) from exc
    unknown = _UNKNOWN_COMMAND.search(mathml)
    if unknown:
        raise MathError(f"unknown command \\{unknown.group(1)}")
    return mathml


def with_source(mathml: str, latex: str) -> str:
    """``mathml`` with its TeX kept as MathML's own annotation (not drawn; copied with it;
    decision 0172).
    latex2mathml writes one ``<mrow>`` in ``<math>``: the one child ``<semantics>`` draws."""
    start, end = mathml.index(">") + 1, mathml.rindex("</math>")
    annotation = f'<annotation encoding="application/x-tex">{escape(latex)}</annotation>'
    return f"{mathml[:start]}<semantics>{mathml[start:end]}{annotation}</semantics></math>"


def render_math(latex: str, display: bool) -> tuple[str, str | None]:
    """(html, error message or None)."""
    try:
        mathml = with_source(latex_to_mathml(latex.strip(), display), latex.strip())
    except MathError as exc:
        tag = "div" if display else "span"
        message = str(exc) or "cannot convert this formula"
        html = (
            f'<{tag} class="pp-math-error" title="{escape(message)}">'
            f"<code>{escape(latex)}</code></{tag}>"
        )
        return html, message
    if display:
        return f'<div class="pp-math">{mathml}</div>', None
    return f'<span class="pp-math">{mathml}</span>', None


def _render(content: str, options: dict[str, Any]) -> str:
    html, _error = render_math(content, bool(options.get("display_mode")))
    return html


#: kramdown GFM's backslash escapes (ESCAPED_CHARS_GFM), applied to ``$…$`` text before the
#: theme's MathJax reads it
_KRAMDOWN_ESCAPE = re.compile(r"\\([\\.*_+`<>()\[\]{}#!:|\"'$=~-])")


def _inline_double(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    html, _error = render_math(tokens[idx].content, display=False)
    return f'<span class="math inline double">{html}</span>'


def _inline_text(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    html, _error = render_math(_KRAMDOWN_ESCAPE.sub(r"\1", tokens[idx].content), display=False)
    return f'<span class="math inline">{html}</span>'


def math_plugin(md: MarkdownIt, kramdown: bool = False) -> None:
    """Dollar math: ``$`` must hug the formula and not touch digits (so prices stay text).

    kramdown (``kramdown=True``) writes ``$$…$$`` inside a paragraph as inline math, ``\\(…\\)``
    (its math.rb and MathJax engine), not as a display formula; ``$…$`` is text to kramdown, so
    the theme's MathJax reads it after kramdown's backslash escapes (``\\{`` is ``{``)
    (decision 0172)."""
    dollarmath_plugin(
        md,
        allow_labels=True,
        allow_space=False,
        allow_digits=False,
        allow_blank_lines=False,
        double_inline=True,
        renderer=_render,
    )
    if kramdown:
        from postpad.core.render.rules.kramdown_math import kramdown_math_plugin

        md.use(kramdown_math_plugin)
        md.add_render_rule("math_inline_double", _inline_double)
        md.add_render_rule("math_inline", _inline_text)
