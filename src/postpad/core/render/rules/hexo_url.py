"""hexo-util's ``url_for`` and ``encodeURL`` for site paths (decision 0098)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import quote, unquote

# What encodeURI leaves alone (ECMAScript: unreserved + reserved + "#").
_ENCODE_URI_SAFE = ";,/?:@&=+$-_.!~*'()#"


def encode_uri(text: str) -> str:
    """JavaScript's ``encodeURI(querystring.unescape(text))`` (hexo-util ``encodeURL``)."""
    return quote(unquote(text), safe=_ENCODE_URI_SAFE)


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
