"""marked's GFM autolinks (hexo-renderer-marked ``autolink``), decision 0014.

marked links a bare URL only when it starts with ``http://``, ``https://``, ``ftp://`` or
``www.``, and e-mail addresses; a bare domain (``acme.sh``, ``test.py``, ``cnblogs.com``) stays
text. markdown-it's linkify also takes such fuzzy domains, so for the marked flavour its
links that start no other way are turned back into the text they were.

A link's end is marked's (decision 0189): its ``url`` rule takes everything up to a space or
``<`` and then backpedals (``_backpedal``): trailing punctuation and an unmatched ``)`` come off
only at the end, so ``(https://a.com/x)in`` links ``https://a.com/x)in`` and a closing ``"`` after
the URL stays text, where linkify-it stops at the ``)`` and keeps the quote. marked also links
what linkify-it leaves: a URL inside a word (``访问http://a.com``), ``www.`` before any name
(``www.conf``) and an e-mail address after a character that cannot be in one (``地址a@b.com``).
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

_MARKED_START = re.compile(r"(?:https?://|ftp://|www\.)", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|ftp://|www\.)[^\s<]*", re.IGNORECASE)
_BACKPEDAL = re.compile(
    r"(?:[^?!.,:;*_'\"~()&]+|\([^)]*\)|&(?![a-zA-Z0-9]+;\Z)|[?!.,:;*_'\"~)]+(?!\Z))+"
)
_FIND = re.compile(
    r"(?:https?://|ftp://|www\.)(?:[a-zA-Z0-9\-]+\.?)+[^\s<]*"
    r"|(?<![a-zA-Z0-9.!#$%&'*+/=?_`{|}~-])[A-Za-z0-9._+-]+@[a-zA-Z0-9-_]+"
    r"(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![-_])"
)
_HTML_A = re.compile(r"<(/?)a[\s>]", re.IGNORECASE)
_EMAIL = re.compile(r"^[A-Za-z0-9._+-]+@[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+$")


def _marked_links_it(text: str) -> bool:
    return bool(_MARKED_START.match(text) or _EMAIL.match(text))


def _unwrap(children: list[Token]) -> list[Token]:
    out: list[Token] = []
    index = 0
    while index < len(children):
        token = children[index]
        if (
            token.type == "link_open"
            and token.markup == "linkify"
            and index + 2 < len(children)
            and children[index + 2].type == "link_close"
            and not _marked_links_it(children[index + 1].content)
        ):
            text = Token("text", "", 0)
            text.content = children[index + 1].content
            out.append(text)
            index += 3
            continue
        out.append(token)
        index += 1
    return out


def marked_url_end(text: str) -> int:
    """How much of ``text`` (starting with a URL) marked's ``url`` rule links."""
    found = _URL.match(text)
    url = found.group(0) if found else ""
    while True:
        pedal = _BACKPEDAL.match(url)
        shorter = pedal.group(0) if pedal else ""
        if shorter == url:
            return len(url)
        url = shorter


def _refit(md: MarkdownIt, children: list[Token]) -> None:
    """Give each linkified URL marked's end, taking from or giving to the text after it."""
    for index, token in enumerate(children[:-2]):
        label, close = children[index + 1], children[index + 2]
        if token.type != "link_open" or token.markup != "linkify" or close.type != "link_close":
            continue
        after = children[index + 3] if index + 3 < len(children) else None
        rest = after.content if after is not None and after.type == "text" else ""
        whole = label.content + rest
        if not _MARKED_START.match(whole) or "@" in label.content:
            continue
        end = marked_url_end(whole)
        if end == len(label.content) or end == 0:
            continue
        label.content = whole[:end]
        href = (
            label.content
            if not label.content.lower().startswith("www.")
            else "http://" + label.content
        )
        token.attrSet("href", md.normalizeLink(href))
        if after is not None and after.type == "text":
            after.content = whole[end:]
        elif whole[end:]:
            children.insert(index + 3, _text(whole[end:]))


def _text(content: str) -> Token:
    token = Token("text", "", 0)
    token.content = content
    return token


def _link(href: str, label: str) -> list[Token]:
    opening = Token("link_open", "a", 1)
    opening.attrs = {"href": href}
    opening.markup, opening.info = "linkify", "auto"
    closing = Token("link_close", "a", -1)
    closing.markup, closing.info = "linkify", "auto"
    return [opening, _text(label), closing]


def _split(md: MarkdownIt, text: str) -> list[Token]:
    """``text`` with the URLs and e-mail addresses marked links in it as links."""
    out: list[Token] = []
    done = 0
    for found in _FIND.finditer(text):
        if found.start() < done:
            continue
        label = found.group(0)
        if _MARKED_START.match(label):
            label = label[: marked_url_end(label)]
            href = ("http://" + label) if label.lower().startswith("www.") else label
        else:
            href = "mailto:" + label
        if not label:
            continue
        out += [_text(text[done : found.start()]), *_link(md.normalizeLink(href), label)]
        done = found.start() + len(label)
    return [*out, _text(text[done:])] if out else []


def _link_more(md: MarkdownIt, children: list[Token]) -> list[Token]:
    """Link what marked links in text outside links (markdown-it's or an HTML ``<a>``)."""
    out: list[Token] = []
    depth = 0
    for token in children:
        if token.type in ("link_open", "link_close"):
            depth += 1 if token.type == "link_open" else -1
        elif token.type == "html_inline" and (tag := _HTML_A.match(token.content)):
            depth += -1 if tag.group(1) else 1
        elif token.type == "text" and depth <= 0 and (parts := _split(md, token.content)):
            out += parts
            continue
        out.append(token)
    return out


def _merge_text(children: list[Token]) -> list[Token]:
    out: list[Token] = []
    for token in children:
        if out and token.type == "text" and out[-1].type == "text":
            out[-1].content += token.content
        else:
            out.append(token)
    return out


def marked_linkify(state: StateCore) -> None:
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        if any(c.type == "link_open" and c.markup == "linkify" for c in block.children):
            block.children = _merge_text(_unwrap(block.children))
            _refit(state.md, block.children)
        if any(c.type == "text" and _FIND.search(c.content) for c in block.children):
            block.children = _link_more(state.md, block.children)


def marked_linkify_plugin(md: MarkdownIt) -> None:
    md.core.ruler.after("linkify", "marked_linkify", marked_linkify)
