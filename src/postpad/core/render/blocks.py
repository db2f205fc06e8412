"""Cut a parse into top-level blocks and render each one on its own.

A block is a level-0 token, or a level-0 opening token with everything up to its closing token.
Each block keeps what the rest of the pipeline needs without re-parsing: its HTML, its headings,
its warnings (lines relative to the block), its statistics and its tokens (to re-render a heading
whose id changed because an earlier heading changed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from markdown_it.token import Token

from postpad.core.render.context import ImageResolver, RenderContext
from postpad.core.render.own_line import BlockLines
from postpad.core.render.rules import hexo_tags, hugo_pairs, other_tags
from postpad.core.render.rules.heading_ids import HeadingIdAllocator, base_slug
from postpad.core.render.rules.hexo_external_link import add_targets
from postpad.core.stats import TextStats, stats_for_tokens


@dataclass(frozen=True, slots=True)
class HeadingInfo:
    level: int
    text: str
    base: str
    line: int  # relative to the block's first line


@dataclass(frozen=True, slots=True)
class Group:
    """Tokens of one top-level block and its line span in the parsed source (end exclusive)."""

    tokens: list[Token]
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class BlockRecord:
    id: str
    html: str
    headings: tuple[HeadingInfo, ...]
    ids: tuple[str, ...]
    warnings: tuple[tuple[int, str, str], ...]
    stats: TextStats
    tokens: list[Token]
    #: Hugo's shortcode openers and closers in the block's text, code included: (line relative
    #: to the block, column, name, closing); matched across blocks by ``Rendered`` (0238)
    shortcodes: tuple[tuple[int, int, str, bool], ...] = ()


_TAG = re.compile(r"<(/?)([A-Za-z][\w-]*)(?:[^>\"']|\"[^\"]*\"|'[^']*')*?(/?)>")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_VOID = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    }
)


def html_depth(html: str) -> int:
    """Elements opened minus elements closed in a raw HTML fragment."""
    depth = 0
    for closing, name, self_closing in _TAG.findall(_COMMENT.sub("", html)):
        if name.lower() in _VOID or self_closing:
            continue
        depth += -1 if closing else 1
    return depth


def _group_html_depth(tokens: Sequence[Token]) -> int:
    depth = 0
    for token in tokens:
        if token.type == "html_block":
            depth += html_depth(token.content)
        elif token.type == "inline":
            for child in token.children or ():
                if child.type == "html_inline":
                    depth += html_depth(child.content)
    return depth


def _merge_open_html(groups: list[Group]) -> list[Group]:
    """Raw HTML that opens an element in one block and closes it later is one block.

    ``<details>`` … blank lines, Markdown … ``</details>`` must stay one element on the page;
    a block boundary inside it would close it early.
    """
    merged: list[Group] = []
    index = 0
    while index < len(groups):
        group = groups[index]
        depth = _group_html_depth(group.tokens) if group.tokens[0].type == "html_block" else 0
        if depth <= 0:
            merged.append(group)
            index += 1
            continue
        tokens = list(group.tokens)
        end = group.end
        index += 1
        while index < len(groups) and depth > 0:
            tokens.extend(groups[index].tokens)
            depth += _group_html_depth(groups[index].tokens)
            end = groups[index].end
            index += 1
        merged.append(Group(tokens, group.start, end))
    return merged


def split_groups(tokens: Sequence[Token], line_count: int) -> list[Group]:
    return _merge_open_html(_split_groups(tokens, line_count))


def _split_groups(tokens: Sequence[Token], line_count: int) -> list[Group]:
    groups: list[Group] = []
    index, total = 0, len(tokens)
    while index < total:
        first = tokens[index]
        stop = index + 1
        if first.nesting == 1:
            depth = 1
            while stop < total and depth:
                depth += tokens[stop].nesting
                stop += 1
        span = first.map
        if span is None:  # e.g. the footnote list appended at the end
            start = end = max(line_count - 1, 0)
            end += 1
        else:
            start, end = span[0], max(span[1], span[0] + 1)
        groups.append(Group(list(tokens[index:stop]), start, end))
        index = stop
    return groups


def _inline_plain(token: Token | None, breaks: bool = False) -> str:
    """The heading's text; with ``breaks``, line breaks as ``\\n`` (Goldmark ids use the last
    line, decision 0084)."""
    if token is None:
        return ""
    kept = ("text", "code_inline", "softbreak", "hardbreak") if breaks else ("text", "code_inline")
    return "".join(
        "\n" if child.type.endswith("break") else child.content
        for child in token.children or ()
        if child.type in kept
    )


def headings_of(ctx: RenderContext, group: Group) -> tuple[HeadingInfo, ...]:
    found: list[HeadingInfo] = []
    tokens = group.tokens
    style, transform = ctx.profile.heading_ids, ctx.profile.heading_case
    for index, token in enumerate(tokens):
        if token.type != "heading_open":
            continue
        inline = tokens[index + 1] if index + 1 < len(tokens) else None
        text = _inline_plain(inline)
        slug_text = _inline_plain(inline, breaks=True) if style == "goldmark" else text
        line = (token.map[0] if token.map else group.start) - group.start
        base = base_slug(style, slug_text, transform)
        anchors = ctx.profile.hexo_markdown_it  # ids from anchors.level down (decision 0158)
        if anchors is not None and int(token.tag[1]) < anchors.anchor_level:
            base = ""
        found.append(HeadingInfo(int(token.tag[1]), text, base, line))
    return tuple(found)


def allocate(
    allocator: HeadingIdAllocator, headings: tuple[HeadingInfo, ...], style: str
) -> tuple[str, ...]:
    if style == "none":
        return tuple("" for _ in headings)
    return tuple(allocator.allocate(heading.base) for heading in headings)


def _set_heading_ids(ctx: RenderContext, tokens: list[Token], ids: tuple[str, ...]) -> None:
    position = 0
    for index, token in enumerate(tokens):
        if token.type != "heading_open" or position >= len(ids):
            continue
        if ids[position] or ctx.profile.heading_ids == "marked":  # hexo-renderer-marked: id="" too
            token.attrSet("id", ids[position])
            token.meta = {
                **(token.meta or {}),
                "pp_headerlink": ctx.profile.headerlink,
                "pp_text": _inline_plain(tokens[index + 1] if index + 1 < len(tokens) else None),
            }
        elif "pp_headerlink" in (token.meta or {}):  # re-rendered: drop the id set before
            token.attrs.pop("id", None)
            token.meta = {k: v for k, v in token.meta.items() if k != "pp_headerlink"}
        position += 1


_LIQUID_CODE = (
    "liquid-in-code",
    "Liquid runs inside code too; wrap it in {% raw %}…{% endraw %}",
)


def _liquid_in(ctx: RenderContext, token: Token) -> bool:
    """Liquid that Jekyll runs inside code: none inside ``{% raw %}`` (decision 0187)."""
    if ctx.profile.templates != "liquid" or not ("{{" in token.content or "{%" in token.content):
        return False
    from postpad.core.render.rules.liquid_vars import liquid_code  # Jekyll's (0210)

    return not liquid_code(token, {"pp_liquid": True})[1]


def _template_warning(ctx: RenderContext, token: Token) -> tuple[str, str] | None:
    syntax = ctx.profile.templates
    if syntax == "nunjucks":
        return hexo_tags.warning_for(token, ctx.options.theme)
    if syntax != "none":
        return other_tags.warning_for(token, syntax)
    return None


def _scan_warnings(ctx: RenderContext, group: Group) -> list[tuple[int, str, str]]:
    found: list[tuple[int, str, str]] = []
    for token in group.tokens:
        line = (token.map[0] if token.map else group.start) - group.start
        if token.type in ("pp_tag_open", "pp_tag_raw"):
            warning = _template_warning(ctx, token)
            if warning:
                found.append((line, *warning))
        elif token.type in ("math_block", "math_block_label"):
            error = _math_error(token.content, True)
            if error:
                found.append((line, "math-error", f"formula not converted: {error}"))
        elif token.type in ("inline", "pp_tag_line"):
            found.extend(_scan_inline(ctx, token, line))
        elif token.type == "fence" and _liquid_in(ctx, token):
            found.append((line, *_LIQUID_CODE))
    return found


def _math_error(tex: str, display: bool) -> str | None:
    from postpad.core.render.rules.math import render_math  # with the math plugin (0210)

    return render_math(tex, display)[1]


def _scan_inline(ctx: RenderContext, token: Token, line: int) -> list[tuple[int, str, str]]:
    found: list[tuple[int, str, str]] = []
    for child in token.children or ():
        if child.type == "pp_tag_inline":
            warning = _template_warning(ctx, child) or child.meta.get(other_tags.PARAM_WARNING)
            if warning:
                found.append((line + int(child.meta.get("line_offset", 0)), *warning))
        elif child.type == "code_inline" and _liquid_in(ctx, child):
            found.append((line, *_LIQUID_CODE))
        elif child.type == "math_inline":
            error = _math_error(child.content, False)
            if error:
                found.append((line, "math-error", f"formula not converted: {error}"))
    return found


def render_group(
    ctx: RenderContext,
    group: Group,
    env: dict[str, Any],
    block_id: str,
    headings: tuple[HeadingInfo, ...],
    ids: tuple[str, ...],
) -> BlockRecord:
    if headings:
        _set_heading_ids(ctx, group.tokens, ids)
    pending: list[tuple[int | None, str, str]] = env["pp_warn"]
    del pending[:]
    resolver = env.get("pp_resolve_image")
    if isinstance(resolver, ImageResolver):  # a path's warning at its own line (0245)
        resolver.block = BlockLines(env, group.start, group.end)
    html = ctx.md.renderer.render(group.tokens, ctx.md.options, env)
    if isinstance(resolver, ImageResolver):
        resolver.block = None  # a later lookup (another block's re-render) sets its own
    profile = ctx.profile
    if profile.external_link:
        html = add_targets(html, profile.site_host, profile.external_exclude)
    warnings = _scan_warnings(ctx, group)
    for line, code, message in pending:
        relative = 0 if line is None else max(0, line - group.start)
        warnings.append((relative, code, message))
    del pending[:]
    return BlockRecord(
        id=block_id,
        html=html,
        headings=headings,
        ids=ids,
        warnings=tuple(warnings),
        stats=stats_for_tokens(group.tokens, raw_html=ctx.profile.html, html=html),
        tokens=group.tokens,
        shortcodes=_shortcode_marks(ctx, group, env),
    )


def _shortcode_marks(
    ctx: RenderContext, group: Group, env: dict[str, Any]
) -> tuple[tuple[int, int, str, bool], ...]:
    """The block's Hugo shortcode marks, read from the parsed source's lines (decision 0238)."""
    if ctx.profile.templates != "shortcode":
        return ()
    source = env.get("pp_source")
    if not isinstance(source, str):
        return ()
    starts = env.get("pp_line_starts")
    if starts is None:  # once per parse; none when the source has no shortcode at all
        starts = env["pp_line_starts"] = hugo_pairs.line_starts(source) if "{{" in source else []
    if not starts:
        return ()
    return hugo_pairs.block_marks(source, starts, group.start, group.end)


def rerender_ids(
    ctx: RenderContext, record: BlockRecord, ids: tuple[str, ...], env: dict[str, Any]
) -> BlockRecord:
    """The same block with new heading ids (an earlier duplicate heading changed)."""
    group = Group(record.tokens, 0, 1)
    fresh = render_group(ctx, group, env, record.id, record.headings, ids)
    return replace(
        fresh,
        id=record.id,
        warnings=record.warnings,
        stats=record.stats,
        shortcodes=record.shortcodes,
    )
