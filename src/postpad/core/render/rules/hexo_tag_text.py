"""The text a Hexo tag writes on the page, kept on its token for the 字数.

hexo-wordcount counts the rendered post, so a Butterfly tab's name, a label's or a button's
text and a toggle's title count on the blog as the paragraphs around them do (decision 0276).
The preview's own text is left out: a tab's caption repeated above its pane, the placeholder of
a tag the preview does not know or does not load (an embed), the struck-through ``{{ … }}``
Hexo deletes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
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


def noted(token: Token, html: str, shown: str | None = None) -> str:
    """``html``, the tag's output, after noting its text (``shown`` when given) on ``token``."""
    key = SHOWN_AT_END if token.nesting < 0 else SHOWN
    if shown is None:
        shown = shown_text(html) if "<" in html or "&" in html else html
    token.meta[key] = shown
    return html


#: Butterfly 5.7's ``scripts/tag/gallery.js`` ``IMAGE_REGEX``
_GALLERY_IMAGE = re.compile(r"!\[(.*?)\]\(([^\s]*)\s*(?:[\"'](.*?)[\"']?)?\s*\)")


def gallery_text(tokens: Sequence[Token], idx: int) -> str | None:
    """The text Butterfly's ``{% gallery %}`` puts on the page: its images as JSON
    (``[{"url":…,"alt":…,"title":…}]``, which hexo-wordcount counts word by word), or the data
    file's address of ``{% gallery url,… %}``; None for any other tag."""
    meta = tokens[idx].meta
    if tokens[idx].type != "pp_tag_open" or meta.get("name") != "gallery":
        return None
    kind, *rest = [part.strip() for part in str(meta.get("args", "")).split(",")]
    if kind == "url":
        return rest[0] if rest else ""
    images: list[dict[str, str]] = []
    for token in tokens[idx + 1 :]:
        if token.type == "pp_tag_close" and token.level == tokens[idx].level:
            break
        if token.type == "inline":
            images += [
                {"url": url, "alt": alt, "title": title or ""}
                for alt, url, title in _GALLERY_IMAGE.findall(token.content)
            ]
    return json.dumps(images, ensure_ascii=False, separators=(",", ":"))
