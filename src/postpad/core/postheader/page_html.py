"""The post header as static HTML for an exported page (decision 0243): the DOM the preview
builds from the same message (``preview.js``'s ``setPostHeader``), styled by the same
``preview.css``, without the preview's notes, tooltips and click target."""

from __future__ import annotations

import re
from collections.abc import Mapping
from html import escape
from typing import Any

from postpad.core.postheader.css_value import safe_background
from postpad.core.postheader.model import BUTTERFLY_BLUE

_NOT_IN_A_CSS_STRING = re.compile(r'["\\\x00-\x1f\x7f]')


def _css_url(url: str) -> str:
    """``url("…")`` for a URL the header decided on, its quotes, backslashes and control
    characters percent-encoded (they cannot end the string)."""
    return _NOT_IN_A_CSS_STRING.sub(lambda found: f"%{ord(found.group(0)):02X}", url)


def _banner_style(banner: Mapping[str, Any], theme_color: object) -> str:
    color = safe_background(str(theme_color or "")) or BUTTERFLY_BLUE
    style = f"background-color: {color};"
    kind, value = banner.get("kind"), str(banner.get("value") or "")
    if kind == "image" and value:
        return f'{style} background-image: url("{_css_url(value)}");'
    safe = safe_background(value) if value else None
    if kind == "color" and safe:
        return f"{style} background-color: {safe};"
    if kind == "background" and safe:
        return f"{style} background: {safe};"
    return style


def _span(name: str, text: str) -> str:
    return f'<span class="{name}">{escape(text)}</span>'


def _meta(items: list[Mapping[str, Any]]) -> str:
    parts: list[str] = []
    for item in items:
        if parts:
            parts.append(_span("pp-post-meta-separator", "|"))
        if item.get("kind") == "categories":
            names = [_span("pp-post-category", str(name)) for name in item.get("items", [])]
            parts.append(_span("pp-post-meta-separator", "›").join(names))
            continue
        label = _span("pp-post-meta-label", str(item.get("label", "")))
        text = _span("pp-post-date-text", str(item.get("text", "")))
        kind = re.sub(r"[^\w-]", "", str(item.get("kind", "")))
        parts.append(f'<span class="pp-post-date pp-post-{kind}">{label} {text}</span>')
    return f'<div class="pp-post-meta">{"".join(parts)}</div>' if parts else ""


def header_html(payload: Mapping[str, Any]) -> str:
    """The ``<header>`` for ``header_payload``'s message; "" for a post without a header."""
    if not payload.get("show"):
        return ""
    butterfly = payload.get("style") == "butterfly"
    classes = ["pp-post-header", "pp-butterfly" if butterfly else "pp-plain"]
    if payload.get("page"):
        classes.append("pp-page")
    style = ""
    banner = payload.get("banner")
    if butterfly and isinstance(banner, Mapping):
        classes.append("pp-banner")
        if payload.get("mask"):
            classes.append("pp-mask")
        style = f' style="{escape(_banner_style(banner, payload.get("themeColor")))}"'
    elif butterfly:
        classes.append("pp-no-banner")
    title = f'<h1 class="pp-post-title">{escape(str(payload.get("title", "")))}</h1>'
    meta = _meta(list(payload.get("meta") or []))
    return (
        f'<header id="pp-post-header" class="{" ".join(classes)}"{style}>'
        f'<div class="pp-post-info">{title}{meta}</div></header>\n'
    )
