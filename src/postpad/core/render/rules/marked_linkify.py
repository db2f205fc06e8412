"""marked's GFM autolinks (hexo-renderer-marked ``autolink``), decision 0014.

marked links a bare URL only when it starts with ``http://``, ``https://``, ``ftp://`` or
``www.``, and e-mail addresses; a bare domain (``acme.sh``, ``test.py``, ``cnblogs.com``) stays
text. markdown-it's linkify also takes such fuzzy domains, so for the marked flavour its
links that start no other way are turned back into the text they were.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

_MARKED_START = re.compile(r"(?:https?://|ftp://|www\.)", re.IGNORECASE)
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


def marked_linkify_plugin(md: MarkdownIt) -> None:
    md.core.ruler.after("linkify", "marked_linkify", marked_linkify)
