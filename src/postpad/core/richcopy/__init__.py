"""Copy as rich text: the rendered post as HTML with inline styles that survive pasting into the
微信公众号 editor, 知乎 and 掘金, plus a plain-text alternative (Qt-free).

The post is rendered by the same pipeline as the preview (engine dialect, theme tags); the HTML is
then rewritten so nothing depends on a stylesheet, a class or a script
(docs/decisions/0122-copy-as-rich-text.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from bs4 import BeautifulSoup

from postpad.core.render.frontmatter import split_post
from postpad.core.render.options import RenderOptions
from postpad.core.richcopy import inline
from postpad.core.richcopy.styles import ROOT


@dataclass(frozen=True)
class RichCopy:
    """What goes on the clipboard."""

    html: str
    #: the post's Markdown without its front matter (for targets that take plain text)
    text: str
    #: images on the disk, as ``file:`` URLs: the web editors cannot upload them by themselves
    local_images: list[str] = field(default_factory=list)


def inline_html(body_html: str, folder: Path | None = None) -> tuple[str, list[str]]:
    """``body_html`` (rendered blocks) with inline styles only; and its local images."""
    soup = BeautifulSoup(body_html, "html.parser")
    inline.convert_code_blocks(soup)
    inline.convert_theme_tags(soup)
    inline.convert_tasks(soup)
    local = inline.resolve_images(soup, folder)
    inline.strip_attributes(soup)
    inline.apply_tag_styles(soup)
    return f'<section style="{ROOT}">{soup.decode(formatter="minimal")}</section>', local


def rich_copy(text: str, options: RenderOptions | None = None) -> RichCopy:
    """The rich copy of the post (or part of a post) ``text``."""
    from postpad.core.render.pipeline import render

    options = options or RenderOptions()
    # the web editors fetch remote images themselves: show them, as the blog would
    if not options.allow_remote_images:
        options = replace(options, allow_remote_images=True)
    rendered = render(text, options)
    body = "".join(block.html for block in rendered.blocks)
    folder = options.post_path.parent if options.post_path is not None else None
    html, local = inline_html(body, folder)
    plain = split_post(text, options.engine).body.strip("\n") + "\n"
    return RichCopy(html, plain, local)
