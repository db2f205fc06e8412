"""The suggested commit message: ``post: <title>`` from the post's front matter (issue 14)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from postpad.core.site.detect import detect_site
from postpad.core.site.header import decode_post_bytes, read_header
from postpad.core.site.model import MARKDOWN_SUFFIXES

#: titles listed in a message for several posts before "and N more"
MAX_TITLES = 3


def post_title(path: Path) -> str | None:
    """The ``title`` of a Markdown post on disk, or None (no title, not a post, unreadable)."""
    if path.suffix.lower() not in MARKDOWN_SUFFIXES or not path.is_file():
        return None
    try:
        text = decode_post_bytes(path.read_bytes())
    except OSError:
        return None
    header = read_header(text)
    if header.format is None:  # Hexo also reads a header without its opening ``---``
        site = detect_site(path)
        if site is not None and site.engine_spec.headless_front_matter:
            header = read_header(text, headless=True, engine=site.engine)
    fields = header.fields
    title = fields.get("title")
    return str(title).strip() or None if title is not None else None


def suggested_message(paths: Sequence[Path]) -> str:
    """``post: 标题`` for one post, ``posts: a, b, c`` (and the count beyond) for several; the
    file names when no post has a title; ``update: name`` for other files."""
    titles = [t for t in (post_title(p) for p in paths) if t]
    if not titles:
        names = [p.name for p in paths]
        shown = ", ".join(names[:MAX_TITLES])
        extra = f" (+{len(names) - MAX_TITLES})" if len(names) > MAX_TITLES else ""
        return f"update: {shown}{extra}" if names else ""
    if len(titles) == 1:
        return f"post: {titles[0]}"
    shown = ", ".join(titles[:MAX_TITLES])
    extra = f" (+{len(titles) - MAX_TITLES})" if len(titles) > MAX_TITLES else ""
    return f"posts: {shown}{extra}"
