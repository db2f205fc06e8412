"""How Hexo 8's built-in tags read their words (``hexo/dist/plugins/tag/*.js``), for the forms.

Each style gives every word a parameter the way the tag's own code does (decision 0154):
- ``keyed`` (codeblock): ``key:value`` words for the known keys (``lang:``, ``mark:`` …), the
  other words the caption: title, then an ``http(s)://`` link and its text;
- ``img`` (img, asset_img): class words until the image, then up to two numbers (width,
  height), the rest the title (``'"title" "alt"'`` gives both);
- ``link``: text words until a URL (Hexo's ``rUrl``), then ``true``/``false``, the rest the title;
- ``quote`` (blockquote): ``author, source`` or ``author link [link title]``.
"""

from __future__ import annotations

import re

from postpad.core.tags.hexo_words import EXTRA, Group, collapse, names, quote, tokens
from postpad.core.tags.layout import Layout
from postpad.core.tags.spec import TagSpec

#: hexo/dist/plugins/tag/img.js and link.js ``rUrl`` (tested unanchored, as ``rUrl.test``)
R_URL = re.compile(
    r"((([A-Za-z]{3,9}:(?://)?)(?:[-;:&=+$,\w]+@)?[A-Za-z0-9.-]+|(?:www.|[-;:&=+$,\w]+@)"
    r"[A-Za-z0-9.-]+)((?:/[+~%/.\w_-]*)?\??(?:[-+=&;%@.\w_]*)#?(?:[.!/\\w]*))?)",
    re.ASCII,
)
_HTTP = re.compile(r"https?://", re.IGNORECASE)
_NUMBER = re.compile(r"\d+")  # img.js: a width or height has no \D
STYLES = frozenset({"keyed", "img", "link", "quote"})


def _keyed(spec: TagSpec, core: str) -> tuple[list[Group], list[str]]:
    keys = {p.name for p in spec.params if p.position is None}
    caption = [p.name for p in spec.params if p.position is not None]
    roles: list[str] = []
    values: list[str] = []
    part = 0
    for _start, _end, word in tokens(core):
        key, colon, value = word.partition(":")
        if colon and key in keys:
            roles.append(key)
            values.append(value)
            continue
        if part == 0 and caption[0] in roles and _HTTP.match(word):
            part = 1
        elif part == 1:
            part = 2
        role = caption[min(part, len(caption) - 1)]
        if role in roles and roles[-1] != role:  # caption words after a key: kept as written
            role = EXTRA
        roles.append(role)
        values.append(word)
    return collapse(core, roles, values)


def _is_src(spec: TagSpec, word: str) -> bool:
    if spec.name.startswith("asset_"):  # the post's asset: a file name
        return "." in word or "/" in word
    return bool(R_URL.search(word)) or word.startswith("/")


def _img(spec: TagSpec, core: str) -> tuple[list[Group], list[str]]:
    """class… src [width [height]] [title]."""
    roles: list[str] = []
    state, src = "class", "slug" if spec.name.startswith("asset_") else "src"
    for _start, _end, word in tokens(core):
        if state == "class" and _is_src(spec, word):
            state = src
        elif state == src:
            state = "width" if _NUMBER.fullmatch(word) else "title"
        elif state == "width":
            state = "height" if _NUMBER.fullmatch(word) else "title"
        elif state == "height":
            state = "title"
        roles.append(state)
    return collapse(core, roles)


def _link(spec: TagSpec, core: str) -> tuple[list[Group], list[str]]:
    """text… url [true|false] [title…]."""
    roles: list[str] = []
    state = "text"
    for _start, _end, word in tokens(core):
        if state == "text" and R_URL.search(word):
            state = "url"
        elif state == "url":
            state = "external" if word in ("true", "false") else "title"
        elif state == "external":
            state = "title"
        roles.append(state)
    return collapse(core, roles)


def _quote(spec: TagSpec, core: str) -> tuple[list[Group], list[str]]:
    """``author link [title]`` when a link follows the author, else ``author[, source]``."""
    words = tokens(core)
    link = next((i for i, w in enumerate(words) if i and _HTTP.match(w[2])), None)
    if link is not None:
        roles = ["author"] * link + ["link"] + ["title"] * (len(words) - link - 1)
        return collapse(core, roles)
    comma = core.find(",")
    if comma < 0 or not core[comma + 1 :].strip():
        return collapse(core, ["author"] * len(words))
    head, tail = core[:comma].rstrip(), core[comma + 1 :]
    start = comma + 1 + len(tail) - len(tail.lstrip())
    groups = [("author", head, _joined(head)), ("source", core[start:], _joined(core[start:]))]
    return [g for g in groups if g[2]], [core[len(head) : start]]


def _joined(raw: str) -> str:
    return " ".join(word for _s, _e, word in tokens(raw))


_READERS = {"keyed": _keyed, "img": _img, "link": _link, "quote": _quote}


def read(spec: TagSpec, core: str) -> tuple[list[Group], list[str]]:
    return _READERS[spec.style](spec, core)


def emitted(spec: TagSpec, values: dict[str, str], like: Layout | None) -> list[str]:
    """The parameters written, in order: a codeblock keeps the order it was written in."""
    filled = [n for n in [*names(spec), EXTRA] if values.get(n)]
    if spec.style != "keyed" or like is None:
        return filled
    kept = [n for n in like.order if n in filled]
    return kept + [n for n in filled if n not in kept]


def fresh(spec: TagSpec, name: str, values: dict[str, str], like: Layout | None) -> str:
    """A changed value's text."""
    value = values.get(name, "")
    param = spec.param(name)
    if spec.style == "keyed" and param is not None and param.position is None:
        return f"{name}:{quote(value)}"
    joined = spec.style == "quote" and not set(value) & set("\"'")
    text = value if joined else quote(value)  # blockquote.js joins its words again
    if spec.style == "quote" and name == "author" and new_source(spec, values, like):
        kept = like is not None and like.values.get(name) == value and name in like.raws
        return (like.raws[name] if like is not None and kept else text) + ","
    return text


def new_source(spec: TagSpec, values: dict[str, str], like: Layout | None) -> bool:
    """A blockquote gets a source it did not have: the author's text is written with the
    comma Hexo splits at, so it cannot be kept as it was."""
    had = like is not None and "source" in like.order
    return (
        spec.style == "quote" and bool(values.get("source")) and not values.get("link") and not had
    )


def gaps(spec: TagSpec, values: dict[str, str]) -> list[str]:
    """Parameters that must be filled for the later ones to be read back in place."""
    needs = {
        "img": ("slug" if spec.name.startswith("asset_") else "src", "width"),
        "link": ("url",),
        "quote": ("author",),
    }
    later = {
        "src": ("width", "height", "title"),
        "slug": ("width", "height", "title"),
        "width": ("height",),
        "url": ("external", "title"),
        "author": ("source", "link"),
    }
    return [
        n
        for n in needs.get(spec.style, ())
        if not values.get(n) and any(values.get(m) for m in later[n])
    ]
