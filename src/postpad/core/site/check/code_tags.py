"""Lines of a post that its engine's template tags make code, or leave unparsed, so that a path
written there is no link or image on the page (decision 0260). Measured with the real engines:

- Jekyll 4.3 ``{% highlight %}…{% endhighlight %}``, Hexo 8.1.2 ``{% codeblock %}`` and
  ``{% code %}``, Hugo 0.168 ``{{< highlight >}}…{{< /highlight >}}``: highlighted code, raw
  HTML and Markdown inside are text (``&lt;img src=…&gt;``);
- Hexo ``{% raw %}…{% endraw %}``: written out as is after the Markdown render, so a Markdown
  image inside stays ``![x](a.png)`` while raw HTML inside is on the page. Jekyll's
  ``{% raw %}`` only stops Liquid: kramdown renders what is inside (both kinds count).

Tags are looked for in the post's prose (outside Markdown code): a tag inside a fence is code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from postpad.core.site.check.context import PostContext


@dataclass(frozen=True)
class _Block:
    opening: re.Pattern[str]
    closing: re.Pattern[str]
    html_counts: bool  # raw HTML inside is on the page (Hexo's raw)


def _liquid(name: str) -> _Block:
    return _Block(
        re.compile(rf"\{{%-?\s*{name}(?=\s|-?%\}})"),
        re.compile(rf"\{{%-?\s*end{name}\s*-?%\}}"),
        False,
    )


def _nunjucks(name: str, html_counts: bool = False) -> _Block:
    return _Block(
        re.compile(rf"\{{%\s*{name}(?=\s|%\}})"),
        re.compile(rf"\{{%\s*end{name}\s*%\}}"),
        html_counts,
    )


_SHORTCODE_HIGHLIGHT = _Block(
    re.compile(r"\{\{[<%]\s*highlight(?=\s|[>%]\}\})"),
    re.compile(r"\{\{[<%]\s*/highlight\s*[>%]\}\}"),
    False,
)
#: the blocks of each tag family (``SiteEngine.tags.family``)
BLOCKS: dict[str, tuple[_Block, ...]] = {
    "liquid": (_liquid("highlight"),),
    "nunjucks": (_nunjucks("codeblock"), _nunjucks("code"), _nunjucks("raw", html_counts=True)),
    "shortcode": (_SHORTCODE_HIGHLIGHT,),
}


@dataclass(frozen=True)
class TagCode:
    """File lines where no Markdown link counts (``unparsed``) and where raw HTML does not
    either (``code``, a subset)."""

    unparsed: frozenset[int]
    code: frozenset[int]


def tag_code(ctx: PostContext) -> TagCode:
    """The lines of ``ctx``'s code and unparsed tag blocks, from the opening tag's line to the
    closing tag's (to the post's end when it is not closed)."""
    blocks = BLOCKS.get(ctx.spec.tags.family, ())
    unparsed: set[int] = set()
    code: set[int] = set()
    open_block: _Block | None = None
    for number, line in ctx.prose_lines() if blocks else ():
        if open_block is None:
            open_block, line = _opening(blocks, line)
        if open_block is not None:
            unparsed.add(number)
            if not open_block.html_counts:
                code.add(number)
            if open_block.closing.search(line):
                open_block = None
    return TagCode(frozenset(unparsed), frozenset(code))


def _opening(blocks: tuple[_Block, ...], line: str) -> tuple[_Block | None, str]:
    """The block ``line`` opens and the rest of the line after its opening tag."""
    for block in blocks:
        found = block.opening.search(line)
        if found is not None:
            return block, line[found.end() :]
    return None, line
