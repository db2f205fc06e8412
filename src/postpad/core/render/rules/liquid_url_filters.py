"""Jekyll's ``relative_url`` and ``absolute_url`` Liquid filters, where the answer is exact
(decision 0185).

Jekyll (``filters/url_filters.rb``) returns an absolute URL as it is; otherwise it joins the
site's ``baseurl`` (less a trailing ``/``) and the input, each with a leading ``/``, and
normalises the result with Addressable; ``absolute_url`` puts the site's ``url`` in front when it
has one. The preview answers only for plain paths (letters, digits, ``/_.~-``, no ``.`` or
``..`` segment, no ``//``) and a plain ``scheme://host`` url, where that normalisation changes
nothing; anything else stays a placeholder (None).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_PLAIN = re.compile(r"[A-Za-z0-9/_.~-]*")
_ABSOLUTE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S*")
_SITE_URL = re.compile(r"https?://[a-z0-9-]+(?:\.[a-z0-9-]+)*")


def _leading_slash(text: str) -> str:
    return text if not text or text.startswith("/") else "/" + text


def relative_url(value: str, site: Mapping[str, Any]) -> str | None:
    if _ABSOLUTE.fullmatch(value):
        return value
    if "baseurl" not in site:
        return None
    base = site["baseurl"]
    base = "" if base is None else base
    if not isinstance(base, str) or not _PLAIN.fullmatch(base) or not _PLAIN.fullmatch(value):
        return None
    joined = _leading_slash(base.removesuffix("/")) + _leading_slash(value)
    segments = joined.split("/")
    if "//" in joined or "." in segments or ".." in segments:
        return None
    return joined


def absolute_url(value: str, site: Mapping[str, Any]) -> str | None:
    if _ABSOLUTE.fullmatch(value):
        return value
    url = site.get("url")
    relative = relative_url(value, site)
    if url is None or url == "" or relative is None:
        return relative
    return url + relative if isinstance(url, str) and _SITE_URL.fullmatch(url) else None


FILTERS = {"relative_url": relative_url, "absolute_url": absolute_url}
