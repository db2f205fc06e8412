"""Hexo tags inside raw HTML: Hexo renders ``{% … %}`` over the whole post after Markdown, so
``<a href="{% post_path other %}">`` in an HTML block gets the URL (decision 0098)."""

from __future__ import annotations

import re
from typing import Any

from postpad.core.render.rules.hexo_tags import BUILTIN_INLINE, BUTTERFLY_INLINE, inline_tag

_INLINE_TAG = re.compile(r"\{%-?\s*([A-Za-z_][\w-]*)\s*(.*?)\s*-?%\}")
_INLINE_NAMES = BUILTIN_INLINE | BUTTERFLY_INLINE
#: Hexo sets an HTML comment aside before Nunjucks: the tags inside are not run (0270)
_COMMENT_OR_TAG = re.compile(rf"<!--.*?-->|{_INLINE_TAG.pattern}", re.S)


def expand_inline_tags(html: str, env: dict[str, Any]) -> str:
    """``html`` with each inline tag replaced by what the tag gives; other tags left as written."""
    if "{%" not in html:
        return html

    def one(match: re.Match[str]) -> str:
        name = match[1]
        if name not in _INLINE_NAMES:  # None: a comment
            return match[0]
        return inline_tag(name, match[2], match[0], env, bool(env.get("pp_theme_tags", True)))

    return _COMMENT_OR_TAG.sub(one, html)
