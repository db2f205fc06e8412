"""Liquid tags inside raw HTML: Jekyll runs Liquid over the whole post before kramdown, so
``<div>{% include x.html %}</div>`` holds what the include gives. The preview shows the tag's
placeholder there, as it does for a tag in Markdown text; a tag inside an HTML tag's markup
(an attribute value) is left as written."""

from __future__ import annotations

import re

from postpad.core.render.rules.other_tags import LIQUID_INLINE, inline_placeholder

_TAG = re.compile(r"\{%-?\s*([A-Za-z_]\w*).*?-?%\}", re.S)
_MARKUP = re.compile(r"(<[^>]*>)")


def _placeholder(match: re.Match[str]) -> str:
    if match[1] not in LIQUID_INLINE:
        return match[0]
    return inline_placeholder("liquid", match[0])


def mark_liquid_tags(html: str) -> str:
    """``html`` with each inline Liquid tag in its text as the preview's tag placeholder."""
    if "{%" not in html:
        return html
    parts = _MARKUP.split(html)  # text, markup, text, …
    parts[::2] = [_TAG.sub(_placeholder, text) for text in parts[::2]]
    return "".join(parts)
