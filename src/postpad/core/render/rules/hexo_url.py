"""hexo-util's ``url_for`` and ``encodeURL`` for site paths and URLs (decision 0098)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import quote, unquote, urlsplit

# What encodeURI leaves alone (ECMAScript: unreserved + reserved + "#").
_ENCODE_URI_SAFE = ";,/?:@&=+$-_.!~*'()#"


def encode_uri(text: str) -> str:
    """JavaScript's ``encodeURI(querystring.unescape(text))`` (hexo-util ``encodeURL``)."""
    return quote(unquote(text), safe=_ENCODE_URI_SAFE)


#: schemes the WHATWG URL parser gives an origin (others: hexo-util keeps the URL as it is)
_SPECIAL_SCHEMES = frozenset({"http", "https", "ftp", "ws", "wss"})
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")


def encode_url(url: str) -> str:
    """hexo-util ``encodeURL`` (what its ``htmlTag`` does to ``href``/``src``): a URL with an
    origin is written back as Node's URL object does (scheme and host lower case, an empty path
    ``/``, the path re-encoded); one without (``mailto:``) is kept; a path is ``encode_uri``'d."""
    scheme = _SCHEME.match(url)
    if scheme is None:
        return encode_uri(url)
    if scheme.group(1).lower() not in _SPECIAL_SCHEMES:
        return url
    parts = urlsplit(url)
    host = parts.netloc.rpartition("@")
    netloc = host[0] + host[1] + host[2].lower()
    path = encode_uri(parts.path) or "/"
    query = f"?{parts.query}" if parts.query else ""
    fragment = f"#{parts.fragment}" if parts.fragment else ""
    return f"{parts.scheme.lower()}://{netloc}{path}{query}{fragment}"


def url_for(config: Mapping[str, object], path: str) -> str:
    """hexo-util ``url_for`` for a site path (``relative_link`` is not followed)."""
    if re.match(r"^(#|//|https?:)", path):
        return path
    given = config.get("root")
    root = given if isinstance(given, str) and given else "/"
    url = encode_uri(re.sub(r"/{2,}", "/", root + path))
    pretty = config.get("pretty_urls")
    options = pretty if isinstance(pretty, dict) else {}
    if options.get("trailing_index") is False:
        url = re.sub(r"index\.html$", "", url)
    if options.get("trailing_html") is False and not url.endswith("index.html"):
        url = re.sub(r"\.html$", "", url)
    return url
