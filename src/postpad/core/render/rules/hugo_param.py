"""Hugo's embedded ``param`` shortcode: ``{{< param "key" >}}`` writes the page's parameter, else
the site's (``params`` in the site config), as Hugo 0.168's template does:

    {{- with ($.Page.Param .) }}{{ . }}{{ else }}{{ errorf "Param %q not found: %s" … }}{{ end -}}

``Page.Param`` lower-cases the key, tries it whole in the page's params and then the site's, then
as a dotted path (``social.github``) in each. ``with`` takes an empty value (false, 0, "", an
empty list) for a missing one, so Hugo stops the build for those too. The value is written as Go
prints it (``[a b]``, ``map[k:v]``, ``2`` for ``2.0``), HTML-escaped (decision 0277).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import date, datetime, time
from functools import lru_cache
from html import unescape
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from markdown_it.rules_core import StateCore

from postpad.core.errors import FrontMatterError
from postpad.core.frontmatter import read_fields
from postpad.core.render.rules.tag_args import split_args

#: html/template's escaping of text (``+`` too: ``+0800`` is ``&#43;0800``)
_HTML_TEMPLATE_ESCAPES = str.maketrans(
    {"&": "&amp;", "'": "&#39;", "<": "&lt;", ">": "&gt;", '"': "&#34;", "+": "&#43;", "\0": ""}
)
#: Page values Hugo sets whatever the front matter says (draft: false is empty: an error)
_BUILT_IN = {"draft": False, "iscjklanguage": False}


def _lower(value: object) -> object:
    if isinstance(value, Mapping):
        return {str(k).lower(): _lower(v) for k, v in value.items()}
    return value


#: the front-matter dates Hugo reads as times (other date-like values stay as written)
_DATES = ("date", "lastmod", "publishdate", "expirydate")


def _as_time(value: object, zone: str) -> object:
    """A date key's value as Hugo holds it: a time, in the site's ``timeZone`` without an
    offset."""
    if not isinstance(value, str | date):
        return value
    try:
        when = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return value
    if when.tzinfo is None:
        try:
            when = when.replace(tzinfo=ZoneInfo(zone or "UTC"))
        except (ValueError, ZoneInfoNotFoundError):
            when = when.replace(tzinfo=ZoneInfo("UTC"))
    return when


@lru_cache(maxsize=4)  # read again on each key press while the body holds a param shortcode
def page_params(header: str, zone: str = "") -> dict[str, object]:
    """The page's ``.Params``: its front matter with lower-cased keys, a ``params`` table merged
    in (Hugo 0.123+ reads custom keys there), its dates as times in ``zone``. Not to be
    changed: the result is shared."""
    try:
        fields = read_fields(header) if header else {}
    except FrontMatterError:
        fields = {}
    params = _lower(fields)
    assert isinstance(params, dict)
    inner = params.pop("params", None)
    merged = {**_BUILT_IN, **params}
    if isinstance(inner, dict):
        merged.update({k: v for k, v in inner.items() if k not in params})
    for key in _DATES:
        if key in merged:
            merged[key] = _as_time(merged[key], zone)
    return merged


def site_time_zone(site_variables: Mapping[str, object]) -> str:
    """The site config's ``timeZone`` (any case), "" when it sets none."""
    found = next((v for k, v in site_variables.items() if str(k).lower() == "timezone"), "")
    return str(found or "")


def site_params(site_variables: Mapping[str, object]) -> dict[str, object]:
    """The site config's ``params`` with lower-cased keys."""
    found = next((v for k, v in site_variables.items() if str(k).lower() == "params"), None)
    params = _lower(found) if isinstance(found, Mapping) else {}
    return params if isinstance(params, dict) else {}


def lookup(key: str, *candidates: Mapping[str, object]) -> object:
    """Hugo's ``GetNestedParam``: the whole key first in each map, then the dotted path."""
    key = key.lower()
    for params in candidates:
        if key in params:
            return params[key]
    for params in candidates:
        value: object = params
        for part in key.split("."):
            value = value.get(part) if isinstance(value, Mapping) else None
        if value is not None:
            return value
    return None


def _go_float(value: float) -> str:
    """Go's ``%v`` of a float64: shortest form, exponent from 1e21 on (``2`` for ``2.0``)."""
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    if value != value:
        return "NaN"
    if value == int(value) and abs(value) < 1e21:
        return str(int(value))
    text = repr(value)
    if "e" in text:
        mantissa, exponent = text.split("e")
        sign = "-" if exponent.startswith("-") else "+"
        return f"{mantissa}e{sign}{abs(int(exponent)):02d}"
    return text


def _go_time(value: datetime) -> str:
    """Go's ``time.Time.String()``: ``2024-06-01 10:00:00 +0800 +0800`` for a fixed offset."""
    text = value.strftime("%Y-%m-%d %H:%M:%S")
    if value.microsecond:
        text += f".{value.microsecond:06d}".rstrip("0")
    offset = value.strftime("%z") or "+0000"
    name = value.tzinfo.tzname(value) if isinstance(value.tzinfo, ZoneInfo) else None
    zone = name or ("UTC" if offset == "+0000" else offset)  # Go names a fixed zone by offset
    return f"{text} {offset} {zone}"


def go_text(value: object) -> str:
    """``value`` as Go's ``{{ . }}`` prints it (before HTML escaping)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return _go_float(value)
    if isinstance(value, datetime):
        return _go_time(value)
    if isinstance(value, date | time):
        return value.isoformat()  # a TOML local date or time
    if isinstance(value, list | tuple):
        return "[" + " ".join(go_text(item) for item in value) + "]"
    if isinstance(value, Mapping):
        pairs = (f"{k}:{go_text(v)}" for k, v in sorted(value.items()))
        return "map[" + " ".join(pairs) + "]"
    return "" if value is None else str(value)


def render_param(args: str, env: Mapping[str, Any]) -> tuple[str, tuple[str, str] | None]:
    """The shortcode's HTML and, when Hugo stops the build, the warning (code, message)."""
    words = split_args(args)
    if not words:
        return "", ("hugo-param-missing", "param without a key: Hugo stops the build")
    key = words[0].strip("\"'`")
    page = env.get("pp_hugo_page_params") or {}
    site = env.get("pp_hugo_site_params") or {}
    value = lookup(key, page, site)
    if not value:  # Go's ``with``: false, 0, "", an empty list or map are empty too
        message = (
            f'Param "{key}" not found: Hugo stops the build (set it in the front matter or '
            "the site's params; false, 0 and an empty value count as not set)"
        )
        return "", ("hugo-param-missing", message)
    return go_text(value).translate(_HTML_TEMPLATE_ESCAPES), None


_PARAM = re.compile(r"\{\{([<%])\s*param\s+((?:[^%>]|[%>](?!\}\}))*?)\s*[%>]\}\}")
_MARKDOWN_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def _in_destination(text: str, start: int) -> bool:
    """Whether ``text[start]`` is inside a link's destination ``](…``."""
    opened = text.rfind("](", 0, start)
    return opened >= 0 and not any(c in text[opened + 2 : start] for c in ") \t\n")


def substitute_markdown(state: StateCore) -> None:
    """Hugo runs shortcodes before Markdown: ``{{% param key %}}``'s text is Markdown, and
    ``{{< param key >}}`` in a link's destination is part of the URL. Those go in before
    inline parsing (the latter's punctuation escaped, which a destination drops, as in
    ``ref``'s); one in text is written by the inline placeholder as Hugo escapes it, and one
    Hugo stops at keeps its placeholder, which writes nothing and warns."""
    if "pp_hugo_page_params" not in state.env:
        return

    def replace(match: re.Match[str]) -> str:
        markdown = match[1] == "%"
        if not markdown and not _in_destination(match.string, match.start()):
            return match[0]
        html, warning = render_param(match[2], state.env)
        if warning is not None:
            return match[0]
        return html if markdown else _MARKDOWN_PUNCTUATION.sub(r"\\\1", unescape(html))

    for token in state.tokens:
        if token.type == "inline" and "{{" in token.content:
            token.content = _PARAM.sub(replace, token.content)
