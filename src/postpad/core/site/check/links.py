"""Local links and images in the body that point to files that do not exist, and (Hexo) relative
images that only work with ``post_asset_folder`` plus ``marked.postAsset``."""

from __future__ import annotations

import re
from collections.abc import Iterator

from postpad.core.site.check.context import Finding, PostContext
from postpad.core.site.resolve import exists, is_local_file_reference
from postpad.core.text.urls import HTML_SRC, written_line

_ASSET_TAG = re.compile(r"\{%\s*asset_(?:img|image|path|link)\s+(\S+)")


def _targets(ctx: PostContext) -> Iterator[tuple[int, str, bool]]:
    """(file line, target, is_image) of every link in the body, code excluded."""
    for token in ctx.tokens:
        block_map = getattr(token, "map", None)
        children = getattr(token, "children", None) or []
        first = ctx.body_start + block_map[0] if block_map else ctx.body_start
        block = (first, ctx.body_start + block_map[1] if block_map else first + 1)
        seen: dict[str, int] = {}  # a path met twice in the block is at its second writing
        for child in children:
            if child.type in ("image", "link_open"):
                target = str(child.attrGet("src" if child.type == "image" else "href") or "")
                seen[target] = seen.get(target, 0) + 1
                yield *_written(ctx, block, target, seen[target] - 1), child.type == "image"
    for number, line in ctx.prose_lines():
        for match in HTML_SRC.finditer(line):
            yield number, match.group("url"), True


def _written(ctx: PostContext, block: tuple[int, int], target: str, skip: int) -> tuple[int, str]:
    """The line of ``target``'s writing after ``skip`` others in its block (file lines
    ``first``..``stop``, end exclusive) and the form it is written in there: markdown-it
    percent-encodes what it parses (``./菜刀.png`` -> ``./%E8%8F%9C%E5%88%80.png``, ``<a b.png>``
    -> ``a%20b.png``). The render's warnings use the same search (``core/text/urls.written_line``,
    decision 0245)."""
    first, stop = block
    found = written_line(ctx.lines, target, first - 1, stop - 1, skip)
    return (found[0] + 1, found[1]) if found is not None else (first, target)


def _post_asset_links(ctx: PostContext) -> bool:
    return (
        ctx.site is not None
        and ctx.site.config.post_asset_folder
        and ctx.site.config.post_asset_links
    )


def check(ctx: PostContext) -> Iterator[Finding]:
    site = ctx.site
    hexo = ctx.spec.relative_links_from_root
    for line, target, is_image in _targets(ctx):
        if not is_local_file_reference(target):
            continue
        if not exists(site, ctx.path, target):
            yield ctx.finding(
                line, "warning", "broken-link",
                f"'{target}' does not exist: the engine builds, the link or image is broken",
                target=target,
            )  # fmt: skip
        elif hexo and is_image and not target.startswith("/") and not _post_asset_links(ctx):
            yield ctx.finding(
                line, "warning", "hexo-relative-image",
                f"Hexo renders '{target}' as '/{target}' unless post_asset_folder and "
                "marked.postAsset are on; use {% asset_img %} or a /root path",
                target=target,
            )  # fmt: skip
    if hexo:
        for number, line_text in ctx.prose_lines():
            for match in _ASSET_TAG.finditer(line_text):
                name = match.group(1).strip("\"'")
                if not (ctx.path.with_suffix("") / name).exists():
                    yield ctx.finding(
                        number, "warning", "broken-link",
                        f"asset '{name}' is not in the post's asset folder: Hexo builds, the "
                        "image or link is broken", target=name,
                    )  # fmt: skip
