"""Template syntax in prose. Post bodies are Nunjucks in Hexo and Liquid in Jekyll and Eleventy:
``{{ x }}`` and ``{# #}`` vanish silently (Hexo), an unknown ``{% tag %}`` stops the whole build,
and an unclosed block tag too. Code blocks and spans are safe and skipped, except for Hugo, which
reads shortcodes everywhere in the body."""

from __future__ import annotations

import re
from collections.abc import Iterator

from postpad.core.site.check import shortcode_pairs
from postpad.core.site.check.context import Finding, PostContext
from postpad.core.site.check.liquid_plugins import eleventy_unread, jekyll_plugin_tags
from postpad.core.site.check.page_comments import without_comments
from postpad.core.site.check.tags_known import (
    HUGO_REMOVED_SHORTCODES,
    HexoTags,
    hexo_tags,
    hugo_shortcodes,
    hugo_site_shortcodes,
    hugo_unreadable,
    liquid_known_tags,
)

_TAG = re.compile(r"\{%-?\s*([A-Za-z_][\w-]*)")
_VARIABLE = re.compile(r"\{\{(?![<%]).*?\}\}")
_COMMENT = re.compile(r"\{#.*?#\}|\{#")
_SHORTCODE = re.compile(r"\{\{[<%]\s*(?!/)([\w/-]+)")


def _unraw(ctx: PostContext) -> list[tuple[int, str]]:
    """Prose lines with ``{% raw %}…{% endraw %}`` regions removed."""
    out, inside = [], False
    for number, line in ctx.prose_lines():
        pieces, rest = [], line
        while rest:
            marker = re.search(
                r"\{%-?\s*endraw\s*-?%\}" if inside else r"\{%-?\s*raw\s*-?%\}", rest
            )
            if marker is None:
                pieces.append("" if inside else rest)
                break
            pieces.append("" if inside else rest[: marker.start()])
            inside, rest = not inside, rest[marker.end() :]
        out.append((number, "".join(pieces)))
    return out


def opted_out(ctx: PostContext) -> bool:
    """The post turns the engine's tag processing off (``disableNunjucks: true``)."""
    tags = ctx.spec.tags
    if not tags.opt_out_key:
        return False
    value = ctx.header.fields.get(tags.opt_out_key)
    wanted = tags.opt_out_value
    return value is wanted if isinstance(wanted, bool) else value == wanted


def check(ctx: PostContext) -> Iterator[Finding]:
    family = ctx.spec.tags.family
    if family == "none" or opted_out(ctx):
        return
    if family == "nunjucks":
        yield from _hexo(ctx)
    elif family == "liquid":
        yield from _liquid(ctx)
    else:
        yield from _hugo(ctx)


def _hexo(ctx: PostContext) -> Iterator[Finding]:
    assert ctx.site is not None
    known = hexo_tags(ctx.site)
    depth: dict[str, list[int]] = {}
    # Hexo sets HTML comments aside before Nunjucks, which drops {# … #} (decision 0270)
    commented = dict(_unraw(without_comments(ctx, template=False)))
    for number, line in _unraw(without_comments(ctx)):
        for match in _VARIABLE.finditer(line):
            yield ctx.finding(
                number, "warning", "hexo-nunjucks-variable",
                f"Hexo deletes '{match.group(0)}' (Nunjucks); wrap it in "
                "{% raw %}…{% endraw %} or code", match.start() + 1, text=match.group(0),
            )  # fmt: skip
        for match in _COMMENT.finditer(commented.get(number, "")):
            yield ctx.finding(
                number, "warning", "hexo-nunjucks-comment",
                "Hexo deletes '{# … #}' (a Nunjucks comment) from the page", match.start() + 1,
            )  # fmt: skip
        for match in _TAG.finditer(line):
            yield from _tag(ctx, number, match, known, depth)
    for name, open_lines in depth.items():
        guessed = name in known.guessed_blocks  # the installed version may not need an end tag
        for open_line in open_lines:
            yield ctx.finding(
                open_line, "warning" if guessed else "error", "unclosed-tag",
                f"'{{% {name} %}}' has no '{{% end{name} %}}': Hexo stops the build"
                + (f" if {known.uncertain[0]} makes it a block tag" if guessed else ""),
                name=name,
            )  # fmt: skip


def _tag(
    ctx: PostContext,
    number: int,
    match: re.Match[str],
    known: HexoTags,
    depth: dict[str, list[int]],
) -> Iterator[Finding]:
    name = match.group(1)
    if name.startswith("end") and len(name) > 3:
        opened = depth.get(name[3:])
        if opened:
            opened.pop()
        return  # an end tag of an unknown block: its opening tag is the one reported
    if name in ("else", "elif", "elseif"):
        return
    if name in known.known:
        if name in known.blocks:
            depth.setdefault(name, []).append(number)
    elif known.uncertain:
        # Code Postpad cannot read may register it: Hexo stops only if it really is unknown.
        maybe = known.uncertain[0] if len(known.uncertain) == 1 else (
            ", ".join(known.uncertain[:3]) + (" or others" if len(known.uncertain) > 3 else "")
        )  # fmt: skip
        yield ctx.finding(
            number, "warning", "unknown-tag",
            f"unknown tag '{{% {name} %}}': Hexo stops the build unless it is registered by "
            f"code Postpad cannot read here: {maybe}", match.start() + 1, name=name, maybe=maybe,
        )  # fmt: skip
    else:
        yield ctx.finding(
            number, "error", "unknown-tag",
            f"unknown tag '{{% {name} %}}': Hexo stops the build (FATAL)", match.start() + 1,
            name=name,
        )  # fmt: skip


def _liquid(ctx: PostContext) -> Iterator[Finding]:
    assert ctx.site is not None
    root = ctx.site.root
    known = liquid_known_tags(root)
    if ctx.spec.tags.plugin_tags == "gems":
        gem_tags, unread = jekyll_plugin_tags(root, dict(ctx.site.config.raw))
        known = known | gem_tags
    else:
        unread = eleventy_unread(root)
    # Liquid runs the tags inside an HTML comment, not inside {% comment %} (decision 0270)
    for number, line in _unraw(without_comments(ctx, html=False)):
        for match in _TAG.finditer(line):
            name = match.group(1)
            if name in known or name.startswith("end"):
                continue
            if unread:
                yield ctx.finding(
                    number, "warning", "unknown-tag",
                    f"unknown Liquid tag '{{% {name} %}}': {ctx.engine} stops the build unless "
                    f"{unread} registers it", match.start() + 1, name=name, maybe=unread,
                )  # fmt: skip
                continue
            yield ctx.finding(
                number, "error", "unknown-tag",
                f"unknown Liquid tag '{{% {name} %}}': {ctx.engine} stops the build",
                match.start() + 1, name=name,
            )  # fmt: skip


def _hugo(ctx: PostContext) -> Iterator[Finding]:
    assert ctx.site is not None
    known = hugo_shortcodes(ctx.site.root, ctx.site.theme)
    unreadable = hugo_unreadable(ctx.site)
    yield from shortcode_pairs.check(ctx)
    # Hugo extracts shortcodes before Markdown: in code blocks and spans too (decision 0220)
    for offset, line in enumerate(ctx.lines[ctx.body_start - 1 :]):
        number = ctx.body_start + offset
        for match in _SHORTCODE.finditer(line):
            name = match.group(1)
            removed = HUGO_REMOVED_SHORTCODES.get(name)
            if removed and name not in hugo_site_shortcodes(ctx.site.root, ctx.site.theme):
                yield ctx.finding(
                    number, "error", "removed-shortcode",
                    f"Hugo removed the '{name}' shortcode in {removed}: current Hugo stops the "
                    "build (older Hugo, or the site's own layouts/_shortcodes/"
                    f"{name}.html, still take it)", match.start() + 1, name=name,
                )  # fmt: skip
                continue
            if name in known:  # ``{{</* x */>}}`` (an escaped shortcode) never matches
                continue
            if unreadable:
                yield ctx.finding(
                    number, "warning", "unknown-shortcode",
                    f"unknown shortcode '{name}': Hugo stops the build unless {unreadable} "
                    "defines it", match.start() + 1, name=name, maybe=unreadable,
                )  # fmt: skip
                continue
            yield ctx.finding(
                number, "error", "unknown-shortcode",
                f"unknown shortcode '{name}': Hugo stops the build", match.start() + 1, name=name,
            )  # fmt: skip
