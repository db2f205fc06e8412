"""Hexo ``{% post_link slug %}`` to a post that does not exist: Hexo 8 stops the build
("Post not found"). A post is found by its slug (its path under ``_posts`` through
``new_post_name``) or by its title, as the tag looks it up (decision 0098)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from postpad.core.site.check.context import Finding, PostContext
from postpad.core.site.check.page_comments import without_comments
from postpad.core.site.header import decode_post_bytes, read_header
from postpad.core.site.model import MARKDOWN_SUFFIXES
from postpad.core.site.permalink import post_slug

_POST_LINK = re.compile(r"\{%-?\s*post_link\s+(.*?)\s*-?%\}")


def _listing(posts: Path) -> tuple[tuple[str, int], ...]:
    found = []
    for path in sorted(posts.rglob("*")):
        if path.suffix.lower() in MARKDOWN_SUFFIXES and path.is_file():
            found.append((path.relative_to(posts).as_posix(), path.stat().st_mtime_ns))
    return tuple(found)


@lru_cache(maxsize=4)
def _known(
    posts: Path, engine: str, new_post_name: str, listing: tuple[tuple[str, int], ...]
) -> frozenset[str]:
    """Every slug and title a post_link can name in the folder (cached per listing)."""
    names: set[str] = set()
    config = {"new_post_name": new_post_name}
    for relative, _mtime in listing:
        names.add(post_slug(config, relative))
        try:
            text = decode_post_bytes((posts / relative).read_bytes()[:65536])
            title = read_header(text, headless=True, engine=engine).fields.get("title")
        except (OSError, ValueError):
            continue
        if title not in (None, ""):
            names.add(str(title))
    return frozenset(names)


def check(ctx: PostContext) -> Iterator[Finding]:
    site = ctx.site
    if site is None or not site.engine_spec.check.post_links:
        return
    from postpad.core.render.rules.tag_args import split_args  # render: after the first frame

    posts = site.in_source(site.engine_spec.posts_folder or "")
    known: frozenset[str] | None = None
    ctx = without_comments(ctx)  # Hexo runs no tag in {# … #} nor <!-- … --> (0270)
    for number, line in ctx.prose_lines():
        for match in _POST_LINK.finditer(line):
            words = split_args(match.group(1))
            if not words:
                continue
            slug = words[0].split("#")[0]
            if known is None:
                known = _known(posts, site.engine, site.config.new_post_name, _listing(posts))
            if slug not in known:
                yield ctx.finding(
                    number, "error", "hexo-post-not-found",
                    f"{{% post_link {slug} %}}: no post has this file name or title; Hexo stops "
                    "the build (Post not found)",
                    target=slug,
                )  # fmt: skip
