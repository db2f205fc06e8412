"""A CSS background value from front matter, admitted only when it can load and inject nothing.

Butterfly writes ``top_img`` that is not an image path straight into the header's ``style``
(``background: <value>`` or ``background-color: <value>``), so a post may give a colour or a
gradient. The preview applies such a value through one CSSOM property, never as style text, and
only when it passes this check (decision 0234): colours, gradients and the words and numbers
inside them. Nothing that names a resource (``url()``, ``image()``, ``image-set()``, ``src()``,
``element()``, ``paint()``), no escapes, quotes, comments, ``;``, braces or angle brackets, so
the value can neither load a file or a network address nor end the declaration.
"""

from __future__ import annotations

import re

#: longer values are refused (real gradients are under 200 characters)
MAX_LENGTH = 400

#: the characters of colours, gradients, numbers, units and keywords; no quotes, escapes,
#: ``;``, ``{}``, ``<>``, ``@``, ``!`` or ``*`` (comments)
_ALLOWED_CHARS = re.compile(r"[A-Za-z0-9#%.,()\s+\-/]*")
_FUNCTION = re.compile(r"([A-Za-z-]+)\s*\(")
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")

#: the functions a colour or gradient is made of
FUNCTIONS = frozenset(
    {
        "linear-gradient",
        "radial-gradient",
        "conic-gradient",
        "repeating-linear-gradient",
        "repeating-radial-gradient",
        "repeating-conic-gradient",
        "rgb",
        "rgba",
        "hsl",
        "hsla",
        "hwb",
        "lab",
        "lch",
        "oklab",
        "oklch",
        "color-mix",
        "calc",
    }
)

#: words that would make the value something other than a colour or gradient
_REFUSED_WORDS = frozenset({"url", "image", "image-set", "src", "element", "paint", "var", "attr"})


def _balanced(value: str) -> bool:
    depth = 0
    for char in value:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def safe_background(value: str) -> str | None:
    """``value`` stripped when it is a colour or gradient that loads nothing, else None."""
    value = value.strip()
    if not value or len(value) > MAX_LENGTH or "/*" in value:
        return None
    if _ALLOWED_CHARS.fullmatch(value) is None or not _balanced(value):
        return None
    if any(name.lower() not in FUNCTIONS for name in _FUNCTION.findall(value)):
        return None
    if any(word.lower() in _REFUSED_WORDS for word in _WORD.findall(value)):
        return None
    return value
