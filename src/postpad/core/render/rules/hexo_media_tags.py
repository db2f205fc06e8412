"""Hexo's ``{% link %}``, ``{% img %}`` and ``{% asset_img %}`` tags in the preview (the tag
forms' HTML as Hexo's tag plugins write it; :mod:`.hexo_tags` dispatches to them)."""

from __future__ import annotations

import re
from html import escape
from typing import Any

from postpad.core.render.rules.hexo_url import encode_url
from postpad.core.render.rules.sanitize import is_safe_url, remote_image_placeholder


def safe_href(url: str) -> str:
    return escape(url) if is_safe_url(url) else "#"


URL_LIKE = re.compile(r"[A-Za-z]{3,9}:(//)?|www\.|@")


def link_tag(words: list[str]) -> str:
    """``{% link text url [external] [title] %}`` (hexo ``link`` tag)."""
    index = next((i for i, w in enumerate(words) if URL_LIKE.search(w)), len(words))
    text, url, rest = words[:index], words[index] if index < len(words) else "", words[index + 1 :]
    external = False
    if rest and rest[0] in ("true", "false"):
        external = rest.pop(0) == "true"
    target = "_blank" if external else ""
    return (
        f'<a href="{safe_href(encode_url(url))}" title="{escape(" ".join(rest))}" '
        f'target="{target}">'
        f"{escape(' '.join(text))}</a>"
    )


def img_tag(words: list[str], env: dict[str, Any]) -> str:
    """``{% img [class] src [width] [height] [title [alt]] %}`` (hexo ``img`` tag)."""
    classes: list[str] = []
    src = ""
    while words:
        item = words.pop(0)
        if URL_LIKE.search(item) or item.startswith("/"):
            src = item
            break
        classes.append(item)
    attrs = [("src", resolve_src(src, env)), ("class", " ".join(classes))]
    if words and words[0].isdigit():
        attrs.append(("width", words.pop(0)))
        if words and words[0].isdigit():
            attrs.append(("height", words.pop(0)))
    meta = " ".join(words)
    if meta:
        quote = '"' if meta.startswith('"') else "'"
        end_quote = '"' if meta.endswith('"') else "'"
        pattern = rf"{quote}?([^{quote}]+)?{quote}?\s*{end_quote}?([^{end_quote}]+)?{end_quote}?"
        match = re.match(pattern, meta)
        if match:
            attrs += [(k, v) for k, v in (("title", match[1]), ("alt", match[2])) if v is not None]
    return "<img" + "".join(f' {k}="{escape(v)}"' for k, v in attrs) + ">"


def resolve_src(src: str, env: dict[str, Any]) -> str:
    resolve = env.get("pp_resolve_image")
    if callable(resolve):
        resolved = resolve(src)
        if isinstance(resolved, str):
            return resolved
    return src


def image_tag(name: str, words: list[str], env: dict[str, Any]) -> str:
    resolve = env.get("pp_resolve_image")
    if not words:
        return f'<span class="pp-tag-inline">{escape(name)}</span>'
    src = words[0]
    missing = getattr(resolve, "hexo_asset_missing", None)
    if name in ("asset_img", "asset_image") and callable(missing) and missing(src):
        return ""  # Hexo's asset_img writes nothing without the asset (the warning says so)
    title = " ".join(w for w in words[1:] if not w.isdigit() and not w.endswith("px"))
    if callable(resolve):
        resolved = resolve(src, asset=name.startswith("asset"))
        if resolved is None:
            return remote_image_placeholder(src, title)
        src = resolved
    css = ' class="inline-img"' if name == "inlineImg" else ""
    return f'<img{css} src="{escape(src)}" alt="{escape(title)}" title="{escape(title)}">'
