"""Where a post shows images: ``![alt](url)``, ``<img src=url>`` and front-matter image fields
(``cover``, ``top_img``...). Each reference knows its exact span, so a rewrite changes only the
URL's characters (decision 0118). Code blocks and inline code are skipped: an image written
there is an example, not an image.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

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


@dataclass(frozen=True)
class ImageRef:
    """One image reference. ``start``/``end`` span the URL in the post text (body refs) or
    are -1 for a front-matter field, which is rewritten through the patcher by ``key``."""

    url: str
    start: int
    end: int
    key: str = ""

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


def _body_refs(body: str, offset: int) -> Iterator[ImageRef]:
    code = _code_spans(body)
    for pattern in (_MD_IMAGE, _HTML_IMG):
        for match in pattern.finditer(body):
            if _inside(match.start(), code):
                continue
            start, end = match.span(1)
            if body[start] in "<\"'":
                start, end = start + 1, end - 1
            yield ImageRef(body[start:end], offset + start, offset + end)


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
    body = sorted(_body_refs(split.body, offset), key=lambda ref: ref.start)
    return [*_front_refs(text, engine), *body]


def remote_refs(text: str, engine: str | None = None) -> list[ImageRef]:
    return [ref for ref in image_refs(text, engine) if ref.is_remote]


def rewrite_body(text: str, new_urls: dict[ImageRef, str]) -> str:
    """``text`` with each body reference's URL replaced; every other character kept."""
    pieces: list[str] = []
    position = 0
    for ref in sorted((r for r in new_urls if not r.in_front_matter), key=lambda r: r.start):
        pieces.append(text[position : ref.start])
        pieces.append(new_urls[ref])
        position = ref.end
    pieces.append(text[position:])
    return "".join(pieces)
