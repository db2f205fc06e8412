"""Hexo's code markup with highlight.js class names, from Pygments' tokens (decision 0099).

Hexo highlights with highlight.js (``class="keyword"``, ``"string"``, ``"comment"`` …, no
``hljs-`` prefix unless ``highlight.hljs``), and themes such as Butterfly colour those names.
highlight.js leaves names, operators and punctuation unwrapped; so does this. Tokens are
Pygments' (no JavaScript runs), so a construct highlight.js scopes differently (a class header,
function parameters) still differs, but plain code, strings, comments, keywords and numbers come
out as Hexo writes them. The preview colours these classes from the same Pygments styles.
"""

from __future__ import annotations

from functools import lru_cache
from html import escape

from pygments.styles import get_style_by_name
from pygments.token import (
    Comment,
    Generic,
    Keyword,
    Literal,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    _TokenType,
    is_token_subtype,
)

# Most specific first: the first type a token is a subtype of gives its class ("" = unwrapped).
HLJS_CLASSES: tuple[tuple[_TokenType, str], ...] = (
    (Keyword.Constant, "literal"),
    (Keyword.Type, "type"),
    (Keyword, "keyword"),
    (Operator.Word, "keyword"),
    (Name.Builtin.Pseudo, ""),
    (Name.Variable.Magic, ""),
    (Name.Builtin, "built_in"),
    (Name.Function, "title function_"),
    (Name.Class, "title class_"),
    (Name.Decorator, "meta"),
    (Name.Tag, "name"),
    (Name.Attribute, "attr"),
    (Name.Variable, "variable"),
    (Name.Label, "symbol"),
    (String.Interpol, "subst"),
    (String.Regex, "regexp"),
    (String, "string"),
    (Number, "number"),
    (Comment.Preproc, "meta"),
    (Comment.PreprocFile, "meta"),
    (Comment, "comment"),
    (Generic.Heading, "section"),
    (Generic.Subheading, "section"),
    (Generic.Deleted, "deletion"),
    (Generic.Inserted, "addition"),
    (Generic.Emph, "emphasis"),
    (Generic.Strong, "strong"),
)


# Where highlight.js's grammar names a token otherwise than the general table (its YAML keys
# take their colon: ``<span class="attr">key:</span>``).
_BY_LANGUAGE: dict[str, tuple[tuple[_TokenType, str], ...]] = {
    "yaml": (
        (Name.Tag, "attr"),
        (Punctuation.Indicator, "bullet"),
        (Literal.Scalar.Plain, "string"),
    ),
    "json": ((Name.Tag, "attr"), (Punctuation, "punctuation")),
    "python": ((Name.Builtin.Pseudo, "variable language_"),),
}
_ALIASES = {"yml": "yaml"}


@lru_cache(maxsize=1024)
def hljs_class(kind: _TokenType, language: str = "") -> str:
    for parent, css in _BY_LANGUAGE.get(_ALIASES.get(language, language), ()) + HLJS_CLASSES:
        if is_token_subtype(kind, parent):
            return css
    return ""


def hljs_html(code: str, language: str, prefix: str = "") -> str:
    """``code`` as highlight.js markup (one line of HTML per line; escaped text if unknown)."""
    from postpad.core.render.lexers import lexer_for  # the lexers load with the first block

    lexer = lexer_for(language.lower())
    if lexer is None:
        return escape(code, quote=False)
    runs: list[tuple[str, str]] = []
    language = language.lower()
    yaml = _ALIASES.get(language, language) == "yaml"
    for kind, value in lexer.get_tokens(code):
        css = hljs_class(kind, language)
        if yaml and runs and runs[-1][0] == "attr" and not css and value.startswith(":"):
            runs[-1] = ("attr", runs[-1][1] + ":")  # highlight.js: the key's colon is the key's
            value = value[1:]
        for index, piece in enumerate(value.split("\n")):
            if index:
                runs.append(("\n", "\n"))
            if css == "punctuation":  # one span a character, as highlight.js's JSON has it
                runs.extend(("" if ch.isspace() else css, ch) for ch in piece)
            elif piece and runs and runs[-1][0] == css:
                runs[-1] = (css, runs[-1][1] + piece)
            elif piece:
                runs.append((css, piece))
    return "".join(_span(css, text, prefix) for css, text in runs)


def _span(css: str, text: str, prefix: str) -> str:
    if css == "\n":
        return "\n"
    body = escape(text, quote=False)
    if not css:
        return body
    names = " ".join(prefix + name if i == 0 else name for i, name in enumerate(css.split()))
    return f'<span class="{names}">{body}</span>'


# Classes highlight.js itself writes (rules/highlightjs, decision 0126) that the table above never
# gives: coloured like the Pygments type that is closest.
_COLOUR_ONLY: tuple[tuple[_TokenType, str], ...] = (
    (Name.Function, "title"),
    (Name.Tag, "tag"),
    (Name.Tag, "selector-tag"),
    (Name.Class, "selector-class"),
    (Name.Constant, "selector-id"),
    (Name.Attribute, "selector-attr"),
    (Name.Attribute, "property"),
    (Name.Variable, "template-variable"),
    (Name.Constant, "variable constant_"),
    (String.Escape, "char escape_"),
    (String.Backtick, "code"),
    (String, "link"),
    (Comment, "quote"),
    (Comment.Special, "doctag"),
    (Punctuation, "bullet"),
)


def hljs_stylesheet(style: str, scope: str) -> str:
    """CSS for the highlight.js classes under ``scope``, in the Pygments ``style``'s colours."""
    found = get_style_by_name(style)
    rules = []
    for kind, css in HLJS_CLASSES + _COLOUR_ONLY:
        if not css:
            continue
        spec = found.style_for_token(kind)
        decls = []
        if spec["color"]:
            decls.append(f"color:#{spec['color']}")
        if spec["bold"]:
            decls.append("font-weight:bold")
        if spec["italic"]:
            decls.append("font-style:italic")
        names = css.split()
        plain, prefixed = "." + ".".join(names), ".hljs-" + ".".join(names)
        if decls:  # `highlight.hljs: true` writes `hljs-` names inside <code class="hljs">
            selectors = f"{scope} figure.highlight {plain},{scope} code.hljs {prefixed}"
            rules.append(f"{selectors}{{{';'.join(decls)}}}")
    return "\n".join(dict.fromkeys(rules))
