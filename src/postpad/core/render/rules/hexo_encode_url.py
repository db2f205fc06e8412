"""hexo-util 3 ``encodeURL`` as hexo-renderer-marked applies it to every link and image URL.

hexo-renderer-marked writes ``encodeURL(href)`` of the destination as written (marked does not
encode it first), and ``encodeURL`` is Node's WHATWG URL (decision 0252):

* no protocol (``a/b.md``, ``/x y``): ``encodeURI(querystring.unescape(url))``;
* a scheme without an origin (``magnet:``, ``mailto:``, ``file:``, ``C:``): the URL unchanged;
* ``http``/``https``/``ftp``/``ws``/``wss``: parsed and written back by Node's ``url.format``
  with ``unicode: true``: the host lower case (an IDN host stays in its own script), a default
  port dropped, an empty path ``/``, ``.``/``..`` segments resolved, the path and fragment
  percent-encoded with WHATWG's sets (``|``, ``^``, ``[``, ``]`` stay), the query
  ``encodeURI(querystring.unescape(search))`` and then WHATWG's special-query set (``'`` →
  ``%27``). A URL Node refuses (a port that is not a number, a forbidden host character) is
  written as it is (hexo-renderer-marked's ``catch``).

markdown-it's own ``normalizeLink`` (mdurl, punycode) is replaced by this for the marked flavour.
"""

from __future__ import annotations

import re

from postpad.core.render.rules.hexo_url import encode_uri

_SPECIAL = {"http": "80", "https": "443", "ftp": "21", "ws": "80", "wss": "443"}
_LEGACY_PROTOCOL = re.compile(r"^([a-z0-9.+-]+):", re.IGNORECASE)
_SPECIAL_URL = re.compile(
    r"^(?P<scheme>[a-z][a-z0-9+.-]*):[/\\]*(?P<authority>[^/\\?#]*)"
    r"(?P<path>[^?#]*)(?P<query>\?[^#]*)?(?P<fragment>#.*)?\Z",
    re.IGNORECASE | re.DOTALL,
)
_FORBIDDEN_HOST = frozenset(" \t\n\r#/:<>?@[\\]^|%")
#: WHATWG percent-encode sets beyond C0 controls and non-ASCII
_PATH_SET = frozenset(' "#<>?`{}')
_FRAGMENT_SET = frozenset(' "<>`')
_QUERY_SET = frozenset(" \"#<>'")


def _encode(text: str, extra: frozenset[str]) -> str:
    out = []
    for ch in text:
        if ch in extra or ord(ch) < 0x20 or ord(ch) > 0x7E:
            out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass")))
        else:
            out.append(ch)
    return "".join(out)


def _path(path: str) -> str:
    """The WHATWG path of a special URL: ``\\`` is ``/``, dot segments resolved, encoded."""
    segments: list[str] = []
    parts = path.replace("\\", "/").split("/")[1:] if path else [""]
    for index, segment in enumerate(parts):
        last = index == len(parts) - 1
        if segment.lower() in (".", "%2e"):
            if last:
                segments.append("")
            continue
        if segment.lower() in ("..", ".%2e", "%2e.", "%2e%2e"):
            if segments:
                segments.pop()
            if last:
                segments.append("")
            continue
        segments.append(_encode(segment, _PATH_SET))
    return "/" + "/".join(segments)


def _authority(authority: str, scheme: str) -> str | None:
    """userinfo@host:port as Node writes it back, or None where Node refuses the URL."""
    userinfo, at, hostport = authority.rpartition("@")
    host, colon, port = hostport.partition(":")
    if not host or any(ch in _FORBIDDEN_HOST for ch in host):
        return None
    if port and not (port.isascii() and port.isdigit() and int(port) <= 65535):
        return None
    port = str(int(port)) if colon and port else ""
    port = "" if port == _SPECIAL[scheme] else port
    written = _host(host)
    return None if written is None else f"{userinfo}{at}{written}{':' + port if port else ''}"


def _host(host: str) -> str | None:
    """The host as ``url.format(…, {unicode: true})`` writes it: lower case, an IDN host mapped
    to ASCII and back (``www.conf。`` → ``www.conf.``), None where the mapping fails."""
    if host.isascii():
        return host.lower()
    try:
        return host.encode("idna").decode("idna")
    except UnicodeError:
        return None


def node_refuses(url: str) -> bool:
    """Whether Node's ``new URL`` throws on this ``http``-like URL (then hexo-util's
    ``isExternalLink`` says no and ``encodeURL`` is skipped)."""
    found = _SPECIAL_URL.match(url.strip(" \t\n\r"))
    if found is None or found.group("scheme").lower() not in _SPECIAL:
        return False
    return _authority(found.group("authority"), found.group("scheme").lower()) is None


def hexo_encode_url(url: str) -> str:
    """hexo-util ``encodeURL(url)`` for a link or image destination as written."""
    if _LEGACY_PROTOCOL.match(url) is None:
        return encode_uri(url)
    found = _SPECIAL_URL.match(url.strip(" \t\n\r"))
    if found is None or found.group("scheme").lower() not in _SPECIAL:
        return url
    scheme = found.group("scheme").lower()
    authority = _authority(found.group("authority"), scheme)
    if authority is None:
        return url
    query = encode_uri((found.group("query") or "")[1:])
    query = "?" + _encode(query, _QUERY_SET) if query else ""
    fragment = found.group("fragment")
    fragment = "#" + _encode(fragment[1:], _FRAGMENT_SET) if fragment else ""
    return f"{scheme}://{authority}{_path(found.group('path'))}{query}{fragment}"
