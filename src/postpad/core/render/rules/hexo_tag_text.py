"""The text a Hexo tag writes on the page, kept on its token for the 字数.

hexo-wordcount counts the rendered post, so a Butterfly tab's name, a label's or a button's
text and a toggle's title count on the blog as the paragraphs around them do (decision 0276).
The preview's own text is left out: a tab's caption repeated above its pane, the placeholder of
a tag the preview does not know or does not load (an embed), the struck-through ``{{ … }}``
Hexo deletes.
"""

from __future__ import annotations

import re
from html import unescape

from markdown_it.token import Token

#: elements holding only Postpad's text (no nested element of the same name inside them)
_POSTPAD_ONLY = re.compile(
    r'<(div|del|span) class="pp-(?:tab-title|tag-label|template-removed|tag-inline|embed)'
    r'[^"]*"[^>]*>.*?</\1>',
    re.S,
)
#: code the tag writes: the 字数 leaves code out (decision 0012)
_CODE = re.compile(r"<pre[\s>].*?</pre>", re.S | re.I)
_TAG = re.compile(r"<[^>]*>")

#: the meta keys read by :func:`postpad.core.stats.visible_text`: a tag's closing token shares
#: its opening token's meta, so the closing one's text has a key of its own
SHOWN = "pp_shown"
SHOWN_AT_END = "pp_shown_end"


def shown_text(html: str) -> str:
    """``html``'s text as hexo-wordcount's ``stripHTML`` leaves it (tags dropped, no space)."""
    return unescape(_TAG.sub("", _CODE.sub("", _POSTPAD_ONLY.sub("", html))))


def noted(token: Token, html: str) -> str:
    """``html``, the tag's output, after noting its text on ``token``."""
    key = SHOWN_AT_END if token.nesting < 0 else SHOWN
    token.meta[key] = shown_text(html) if "<" in html or "&" in html else html
    return html
