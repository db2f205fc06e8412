"""Goldmark's Linkify (Hugo ``extensions.linkify``), rule for rule (decision 0084).

Goldmark links a bare URL only where its Linkify parser is tried: at the start of a line or
right after a space or one of ``*_~(``. It needs ``http:``, ``https:``, ``ftp:`` or ``www.``
and an ASCII host ending in a lowercase TLD; a bare domain (``acme.sh``, ``test.py``) is never
linked. E-mail addresses are linked too. The link text is the source text as written (no
decoding); ``www.`` links get Hugo's ``linkifyProtocol`` (``https`` by default).

Goldmark never links inside a link label (``IsInLinkLabel``): after a ``[`` or ``![`` that no
``]`` has closed yet in the paragraph, so ``[see http://a.b/c](http://d.e)`` is one link whose
text holds the URL and ``[note http://a.b`` links nothing (decision 0251). The preview asks the
same of the source before the URL (:func:`in_link_label`); markdown-it's silent scan for the end
of a link label must not take a URL either, or it swallows the ``](``.

The preview's text rule stops where such a link may start (:func:`linkify_stop`), so the rule
sees the raw source like Goldmark does.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline

_PATH = r"""(?:[/#?][-a-zA-Z0-9@:%_+.~#!?&/=();,'">^{}\[\]`]*)?"""
_URL = re.compile(
    r"(?:http|https|ftp)://[-a-zA-Z0-9@:%._+~#=]{1,256}\.[a-z]+(?::\d+)?"
    + _PATH.replace("~#!", "~#$!")
)
_WWW = re.compile(r"www\.[-a-zA-Z0-9@:%._+~#=]{1,256}\.[a-z]+" + _PATH)
_EMAIL_LOCAL = re.compile(r"[!#$%&'*+\-./0-9=?A-Z^_`a-z{|}~]+@")
_EMAIL_DOMAIN = re.compile(
    r"[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*"
)
_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_AFTER = frozenset(" \n*_~(")
_TRAILING = frozenset("?!.,:*_~")
_URL_SAFE = frozenset(
    "!#$&'()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz~"
)
#: where the text rule must stop so that :func:`_linkify` can look (a cheap over-approximation)
STOP = re.compile(r"(?<=[ \n*_~(])(?=https?:|ftp:|www\.|[!#$%&'*+\-./0-9=?A-Z^_`a-z{|}~]+@)")


def _trim_url(line: str, end: int) -> int:
    last = line[end - 1]
    if last == ".":
        return end - 1
    if last == ")":
        closing = line[:end].count(")") - line[:end].count("(")
        return end - closing if closing > 0 else end
    if last == ";":
        i = end - 2
        while i >= 0 and line[i].isascii() and line[i].isalnum():
            i -= 1
        if i != end - 2 and line[i] == "&":
            return i
    return end


def _email_end(line: str) -> int:
    local = _EMAIL_LOCAL.match(line)
    if local is None:
        return -1
    domain = _EMAIL_DOMAIN.match(line, local.end())
    if domain is None:
        return -1
    at = local.end() - 1
    stop = domain.end()
    if "." not in line[at : stop - 1]:
        return -1
    if line[stop - 1] == ".":
        stop -= 1
    if stop < len(line) and line[stop] in "-_":
        return -1
    return stop


def _match(line: str) -> tuple[int, str] | None:
    """(length, kind) of the link at the start of ``line``: kind is url, www or email."""
    found = _URL.match(line) if line.startswith(("http:", "https:", "ftp:")) else None
    kind = "url"
    if found is None and line.startswith("www."):
        found, kind = _WWW.match(line), "www"
    if found is not None:
        end = _trim_url(line, found.end())
    else:
        if not line or line[0] in _ASCII_PUNCT:
            return None
        end, kind = _email_end(line), "email"
        if end < 0:
            return None
    while True:  # trailing punctuation, then closers without openers (Hugo: "(url):" → url)
        trimmed = end
        while trimmed > 1 and line[trimmed - 1] in _TRAILING:
            trimmed -= 1
        if kind != "email" and line[trimmed - 1] == ")":
            trimmed = _trim_url(line, trimmed)
        if trimmed == end:
            return end, kind
        end = trimmed


def url_escape(url: str) -> str:
    """Goldmark ``util.URLEscape``: percent-encode what is not URL-safe, keep ``%XX``."""
    out: list[str] = []
    for index, ch in enumerate(url):
        if ch in _URL_SAFE or (ch == "%" and index + 2 < len(url)):
            out.append(ch)
        elif ch == " ":
            out.append("%20")
        else:
            out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8")))
    return "".join(out)


def in_link_label(src: str, end: int) -> bool:
    """Goldmark ``IsInLinkLabel`` at ``end``: a ``[`` before it that no ``]`` has closed.

    Brackets escaped with a backslash or inside a code span are text, as in Goldmark.
    """
    open_labels, pos = 0, 0
    while pos < end:
        ch = src[pos]
        if ch == "\\":
            pos += 2
            continue
        if ch == "`":
            pos = _after_code_span(src, pos, end)
            continue
        if ch == "[":
            open_labels += 1
        elif ch == "]" and open_labels:
            open_labels -= 1
        pos += 1
    return open_labels > 0


def _after_code_span(src: str, pos: int, end: int) -> int:
    """Where the code span opening at ``pos`` ends (past its closing run), or past the run."""
    run = len(src[pos:end]) - len(src[pos:end].lstrip("`"))
    fence = "`" * run
    search = pos + run
    while True:
        found = src.find(fence, search, end)
        if found < 0:
            return pos + run
        after = found + run
        if after >= end or src[after] != "`":
            return after
        search = after + len(src[after:end]) - len(src[after:end].lstrip("`"))


def _linkify_rule(protocol: str) -> object:
    def linkify(state: StateInline, silent: bool) -> bool:
        pos = state.pos
        if silent or state.linkLevel > 0 or (pos > 0 and state.src[pos - 1] not in _AFTER):
            return False
        if in_link_label(state.src, pos):
            return False
        line_end = state.src.find("\n", pos, state.posMax)
        line = state.src[pos : state.posMax if line_end < 0 else line_end]
        found = _match(line)
        if found is None:
            return False
        length, kind = found
        if not silent:
            text = line[:length]
            href = {"www": f"{protocol}://", "email": "mailto:"}.get(kind, "") + text
            token = state.push("link_open", "a", 1)
            token.attrs = {"href": url_escape(href)}
            token.markup, token.info = "goldmark-linkify", "auto"
            state.push("text", "", 0).content = text
            closing = state.push("link_close", "a", -1)
            closing.markup, closing.info = "goldmark-linkify", "auto"
        state.pos += length
        return True

    return linkify


def goldmark_linkify_plugin(md: MarkdownIt, protocol: str = "https") -> None:
    md.inline.ruler.before("text", "goldmark_linkify", _linkify_rule(protocol))  # type: ignore[arg-type]
