"""Where a post shows images: ``![alt](url)``, ``<img src=url>`` and front-matter image fields
(``cover``, ``top_img``...). Each reference knows its exact span, so a rewrite changes only the
URL's characters (decision 0118). Code blocks and inline code are skipped: an image written
there is an example, not an image.

Also (decision 0147): the URL of a reference definition (``[ref]: url``) that only images use
(``![a][ref]``, ``![ref][]``, ``![ref]``), and the URL in a Hexo/Octopress ``{% img %}`` tag.
``{% asset_img %}`` holds a file name, never a URL (Hexo renders nothing for one), so it has
nothing to rewrite; an ``{% img URL %}`` made local in a Hexo post-asset folder becomes one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from postpad.core.engines import engine_for
from postpad.core.errors import FrontMatterError
from postpad.core.frontmatter import read_fields, split_front_matter
from postpad.core.site.check.images import COMMON_IMAGE_KEYS

_MD_IMAGE = re.compile(
    r"!\[(?:[^\]\\\n]|\\.)*\]\(\s*(<[^>\n]+>|[^\s()<>]+(?:\([^\s()]*\)[^\s()]*)*)"
)
_HTML_IMG = re.compile(r"<img\b[^>]*?\bsrc\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)", re.IGNORECASE)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})", re.MULTILINE)
_INLINE_CODE = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)", re.DOTALL)
_REMOTE = re.compile(r"^(?:https?:)?//", re.IGNORECASE)
_LABEL = r"((?:[^\[\]\\\n]|\\.)+)"
_DEFINITION = re.compile(rf"^ {{0,3}}\[{_LABEL}\]:[ \t]*\n?[ \t]*(<[^>\n]*>|\S+)", re.MULTILINE)
# ![alt][ref], ![ref][] and ![ref]; the leading "!" absent: a link using the same label
_REF_USE = re.compile(rf"(!?)\[{_LABEL}\](?:\[((?:[^\]\\\n]|\\.)*)\])?(?![(:])")
_IMG_TAG = re.compile(r"\{%-?\s*(img)\s+([^%]*?)\s*-?%\}")
_TOKEN = re.compile(r"\S+")
_TAG_SRC = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]*:)?//|/")  # Hexo's img: a URL or a root path


@dataclass(frozen=True)
class ImageRef:
    """One image reference. ``start``/``end`` span the URL in the post text (body refs) or
    are -1 for a front-matter field, which is rewritten through the patcher by ``key``."""

    url: str
    start: int
    end: int
    key: str = ""
    tag: int = -1  # where an ``{% img %}`` tag's name starts (it may become ``asset_img``)

    @property
    def in_front_matter(self) -> bool:
        return bool(self.key)

    @property
    def is_remote(self) -> bool:
        return bool(_REMOTE.match(self.url))


def _code_spans(body: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    position = 0
    while (opening := _FENCE.search(body, position)) is not None:
        marker = opening.group(1)
        closing = re.compile(rf"^ {{0,3}}{marker[0]}{{{len(marker)},}}[ \t]*$", re.MULTILINE)
        line_end = body.find("\n", opening.end())
        found = closing.search(body, line_end + 1) if line_end >= 0 else None
        end = found.end() if found else len(body)
        spans.append((opening.start(), end))
        position = end
    spans.extend((m.start(), m.end()) for m in _INLINE_CODE.finditer(body))
    return spans


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _body_refs(body: str, offset: int, engine: str | None) -> Iterator[ImageRef]:
    code = _code_spans(body)
    for pattern in (_MD_IMAGE, _HTML_IMG):
        for match in pattern.finditer(body):
            if _inside(match.start(), code):
                continue
            start, end = match.span(1)
            if body[start] in "<\"'":
                start, end = start + 1, end - 1
            yield ImageRef(body[start:end], offset + start, offset + end)
    yield from _definition_refs(body, offset, code)
    if engine_for(engine or "").tags.family != "shortcode":  # {% %}: Hexo's, Jekyll's tags
        yield from _tag_refs(body, offset, code)


def _label(text: str) -> str:
    """CommonMark's label matching: case-folded, inner whitespace collapsed."""
    return " ".join(text.split()).casefold()


def _definition_refs(body: str, offset: int, code: list[tuple[int, int]]) -> Iterator[ImageRef]:
    """Definitions used by images and by nothing else (a link sharing one keeps its URL)."""
    images: set[str] = set()
    links: set[str] = set()
    for use in _REF_USE.finditer(body):
        if not _inside(use.start(), code):
            second = use.group(3)
            label = _label(second if second else use.group(2))
            (images if use.group(1) else links).add(label)
    for found in _DEFINITION.finditer(body):
        label = _label(found.group(1))
        if label in images and label not in links and not _inside(found.start(), code):
            start, end = found.span(2)
            if body[start] == "<":
                start, end = start + 1, end - 1
            yield ImageRef(body[start:end], offset + start, offset + end)


def _tag_refs(body: str, offset: int, code: list[tuple[int, int]]) -> Iterator[ImageRef]:
    """The first argument that is a URL or a root path, as Hexo's ``img`` tag reads it (the
    ones before it are class names)."""
    for tag in _IMG_TAG.finditer(body):
        if _inside(tag.start(), code):
            continue
        for token in _TOKEN.finditer(body, tag.start(2), tag.end(2)):
            if _TAG_SRC.match(token.group()):
                start, end = offset + token.start(), offset + token.end()
                yield ImageRef(token.group(), start, end, tag=offset + tag.start(1))
                break


def _front_refs(text: str, engine: str | None) -> Iterator[ImageRef]:
    try:
        fields = read_fields(text, engine=engine)
    except FrontMatterError:
        return
    for key, value in fields.items():
        if key in COMMON_IMAGE_KEYS and isinstance(value, str) and value.strip():
            yield ImageRef(value.strip(), -1, -1, key=key)


def image_refs(text: str, engine: str | None = None) -> list[ImageRef]:
    """Every image reference in ``text``, front matter first, then the body in text order."""
    split = split_front_matter(text, engine=engine)
    offset = len(text) - len(split.body)
    body = sorted(_body_refs(split.body, offset, engine), key=lambda ref: ref.start)
    return [*_front_refs(text, engine), *body]


def remote_refs(text: str, engine: str | None = None) -> list[ImageRef]:
    return [ref for ref in image_refs(text, engine) if ref.is_remote]


def rewrite_body(text: str, new_urls: dict[ImageRef, str], engine: str | None = None) -> str:
    """``text`` with each body reference's URL replaced; every other character kept. A Hexo
    ``{% img %}`` whose new target is a bare file name (post-asset folder) becomes
    ``{% asset_img %}``: ``img`` takes only URLs and paths from the site's root."""
    edits: list[tuple[int, int, str]] = []
    hexo_tags = engine_for(engine or "").tags.family == "nunjucks"
    for ref, new in new_urls.items():
        if ref.in_front_matter:
            continue
        edits.append((ref.start, ref.end, new))
        if ref.tag >= 0 and hexo_tags and not new.startswith("/") and ":" not in new:
            edits.append((ref.tag, ref.tag + len("img"), "asset_img"))
    pieces: list[str] = []
    position = 0
    for start, end, new in sorted(edits):
        pieces.append(text[position:start])
        pieces.append(new)
        position = end
    pieces.append(text[position:])
    return "".join(pieces)
