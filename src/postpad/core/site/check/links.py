"""Local links and images in the body that point to files that do not exist, and (Hexo) relative
images that only work with ``post_asset_folder`` plus ``marked.postAsset``.

Only what is on the built page counts (decision 0260): raw HTML when the engine keeps it (not
Hugo's default Goldmark, ``unsafe = false``), no path inside a code tag block or a comment
(decision 0270), and Hexo's ``{% img %}`` tag read as Hexo reads it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from postpad.core.render.profiles import get_profile
from postpad.core.render.profiles.overrides import apply_overrides
from postpad.core.site.check.code_tags import TagCode, tag_code
from postpad.core.site.check.context import Finding, PostContext
from postpad.core.site.check.hexo_img import img_tags
from postpad.core.site.check.page_comments import without_comments
from postpad.core.site.jekyll_gems import theme_may_provide
from postpad.core.site.resolve import exists, is_local_file_reference
from postpad.core.text.urls import HTML_SRC, written_line

_SWIG_AT_START = re.compile(r"^ {0,3}(?:\{%.*?%\}|\{\{.*?\}\})")
_ASSET_TAG = re.compile(r"\{%\s*asset_(?:img|image|path|link)\s+(\S+)")


class _Target(NamedTuple):
    line: int  # file line
    target: str  # as written there
    image: bool
    markdown: bool  # a Markdown link or image (the engine's renderer rewrites it); else a tag's


def _targets(ctx: PostContext, code: TagCode) -> Iterator[_Target]:
    """Every link and image on the page, code excluded."""
    raw_lines = code.unparsed | _tag_lines(ctx)
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
                line, written = _written(ctx, block, target, seen[target] - 1)
                if line not in raw_lines:
                    yield _Target(line, written, child.type == "image", True)
    yield from _tag_targets(ctx, code)


def _tag_lines(ctx: PostContext) -> frozenset[int]:
    """Hexo's lines that start with a tag: Hexo swaps it for an ``<!--swig…-->`` placeholder
    before Markdown, so the line is an HTML block to marked and a Markdown image after the tag
    stays text (real Hexo 8: ``{% img /f.png %} ![g](/g.png)``, decision 0270)."""
    if ctx.spec.tags.family != "nunjucks":
        return frozenset()
    return frozenset(number for number, line in ctx.prose_lines() if _SWIG_AT_START.match(line))


def _tag_targets(ctx: PostContext, code: TagCode) -> Iterator[_Target]:
    """Raw HTML's ``src``/``href`` when the engine puts raw HTML on the page, and (Hexo) the
    ``{% img %}`` tag's image."""
    html = _raw_html_on_page(ctx)
    hexo = ctx.spec.tags.family == "nunjucks"
    for number, line in ctx.prose_lines():
        if html and number not in code.code:
            for match in HTML_SRC.finditer(line):
                yield _Target(number, match.group("url"), True, False)
        if hexo and number not in code.unparsed:
            for src in img_tags(line):
                yield _Target(number, src, True, False)


def _raw_html_on_page(ctx: PostContext) -> bool:
    """Whether the engine writes the post's raw HTML into the page, as the preview decides it
    (the profile's ``html`` with the site's settings: Hugo's ``renderer.unsafe``)."""
    overrides = ctx.site.config.render_overrides if ctx.site is not None else {}
    return apply_overrides(get_profile(ctx.engine), overrides).html


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
    ctx = without_comments(ctx)  # a path in a comment is on no page (decision 0270)
    code = tag_code(ctx)
    for target in _targets(ctx, code):
        if is_local_file_reference(target.target):
            yield from _target_findings(ctx, target)
    if ctx.spec.relative_links_from_root:
        yield from _asset_tags(ctx, code)


def _target_findings(ctx: PostContext, found: _Target) -> Iterator[Finding]:
    line, target = found.line, found.target
    if not exists(ctx.site, ctx.path, target, "image" if found.image else "link"):
        if theme_may_provide(ctx.site, target):  # a theme gem not installed here (0271)
            return
        yield ctx.finding(
            line, "warning", "broken-link",
            f"'{target}' does not exist: the engine builds, the link or image is broken",
            target=target,
        )  # fmt: skip
        return
    # hexo-renderer-marked makes a Markdown image's relative src /src; raw HTML and tags' paths
    # are left as written (decision 0260)
    relative = found.image and found.markdown and not target.startswith("/")
    if relative and ctx.spec.relative_links_from_root and not _post_asset_links(ctx):
        yield ctx.finding(
            line, "warning", "hexo-relative-image",
            f"Hexo renders '{target}' as '/{target}' unless post_asset_folder and "
            "marked.postAsset are on; use {% asset_img %} or a /root path",
            target=target,
        )  # fmt: skip


def _asset_tags(ctx: PostContext, code: TagCode) -> Iterator[Finding]:
    for number, line_text in ctx.prose_lines():
        if number in code.unparsed:
            continue
        for match in _ASSET_TAG.finditer(line_text):
            name = match.group(1).strip("\"'")
            if not (ctx.path.with_suffix("") / name).exists():
                yield ctx.finding(
                    number, "warning", "broken-link",
                    f"asset '{name}' is not in the post's asset folder: Hexo builds, the "
                    "image or link is broken", target=name,
                )  # fmt: skip
