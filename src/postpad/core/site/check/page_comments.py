"""A post's text with what its engine drops as a comment blanked, so that a path written there
is no link or image and a tag there is not run (decision 0270). Measured with the real engines:

- HTML comments ``<!-- … -->`` (every engine): on the page as a comment, or omitted by Hugo's
  default Goldmark; a raw ``<img>`` inside shows nothing. Markdown inside is not parsed.
- Liquid's ``{% comment %}…{% endcomment %}`` (Jekyll 4.3) and Nunjucks' ``{# … #}`` (Hexo
  8.1.2) leave nothing; the tags inside are not run (``{# {% post_link nope %} #}`` builds).
  Hexo sets HTML comments aside before Nunjucks too (``<!-- {% nope %} -->`` is written as
  it is); Jekyll runs Liquid inside them (an unknown tag there stops the build).
- kramdown's ``{::comment}…{:/comment}`` (Jekyll) becomes an HTML comment.
- A raw block (``{% raw %}…{% endraw %}``) prints a template comment inside as text, so it is
  no comment there; an HTML comment is one everywhere.
- Hugo has no comment in content: ``{{/* x */}}`` is text around whatever ``x`` renders to.

Code (fences, indented code, inline code) is left alone: it holds no link anyway, and Hexo
escapes it before Nunjucks runs.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from postpad.core.render.profiles import get_profile
from postpad.core.site.check.context import PostContext

_RAW = r"\{%-?\s*raw\s*-?%\}.*?\{%-?\s*endraw\s*-?%\}"
#: (raw block, template comment) per tag family: a raw block is skipped, a comment blanked
_TEMPLATE: dict[str, re.Pattern[str]] = {
    "liquid": re.compile(
        rf"(?P<raw>{_RAW})|(?P<comment>\{{%-?\s*comment\s*-?%\}}.*?\{{%-?\s*endcomment\s*-?%\}})",
        re.S,
    ),
    "nunjucks": re.compile(rf"(?P<raw>{_RAW})|(?P<comment>\{{#.*?#\}})", re.S),
}
_KRAMDOWN = re.compile(r"\{::comment\}.*?\{:/comment\}", re.S)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_MARKERS = ("<!--", "{#", "comment")  # cheap test before the scan
#: ``PostContext``'s cached properties that depend on the text only
_PARSED = frozenset({"header", "schema", "lines", "body_start", "body", "tokens", "code_lines"})


def without_comments(ctx: PostContext, html: bool = True, template: bool = True) -> PostContext:
    """``ctx`` without the comments its engine drops. Template comments (and kramdown's) are
    taken out of the text, as the engine does before the Markdown render (``a {# x #} b`` is
    ``a  b``; line breaks are kept, so every line stays where it is); HTML comments are blanked
    in ``prose_lines`` only (the Markdown parser reads them as the engine does, no link inside).
    ``html=False`` keeps the Markdown's comments (HTML and kramdown: Jekyll and Hugo run the
    tags inside them), ``template=False`` the template's. ``ctx`` itself when nothing changes."""
    if not any(marker in ctx.body for marker in _MARKERS):
        return ctx
    spans = _template_spans(ctx, _prose(ctx)) if template else []
    if html and get_profile(ctx.engine).flavour == "kramdown":
        spans += [m.span() for m in _KRAMDOWN.finditer(_blank(_prose(ctx), spans))]
    if spans:
        head = ctx.lines[: ctx.body_start - 1]
        ctx = PostContext(ctx.path, "\n".join([*head, _cut(ctx.body, spans)]), ctx.site)
    hidden = _by_line(ctx, _html_spans(_prose(ctx))) if html else {}
    if not hidden:
        return ctx
    commented = _Commented(ctx.path, ctx.text, ctx.site, hidden)
    commented.__dict__.update(  # the same text: its parse and lines are reused, not redone
        {key: value for key, value in ctx.__dict__.items() if key in _PARSED}
    )
    return commented


@dataclass
class _Commented(PostContext):
    """A post whose prose lines have their HTML comments blanked."""

    hidden: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # line: columns

    def prose_lines(self) -> list[tuple[int, str]]:
        out = []
        for number, line in super().prose_lines():
            for start, end in self.hidden.get(number, ()):
                line = line[:start] + " " * (end - start) + line[end:]
            out.append((number, line))
        return out


def _prose(ctx: PostContext) -> str:
    """The body with code lines and inline code blanked, of the body's length."""
    prose = dict(ctx.prose_lines())
    lines = ctx.lines[ctx.body_start - 1 :]
    first = ctx.body_start
    return "\n".join(prose.get(first + n, " " * len(line)) for n, line in enumerate(lines))


def _template_spans(ctx: PostContext, prose: str) -> list[tuple[int, int]]:
    pattern = _TEMPLATE.get(ctx.spec.tags.family)
    if pattern is None:
        return []
    return [m.span() for m in pattern.finditer(prose) if m.group("comment") is not None]


def _html_spans(prose: str) -> list[tuple[int, int]]:
    """``<!-- … -->`` as CommonMark reads it: one that runs over a blank line is a comment only
    when it opens an HTML block (first on its line); a ``\\<`` is text."""
    spans: list[tuple[int, int]] = []
    start = prose.find("<!--")
    while start >= 0:
        end = prose.find("-->", start + 4)
        if end < 0:
            break
        line_start = prose.rfind("\n", 0, start) + 1
        opens_block = not prose[line_start:start].strip() and start - line_start < 4
        escaped = start > 0 and prose[start - 1] == "\\"
        if not escaped and (opens_block or not _BLANK_LINE.search(prose, start, end)):
            spans.append((start, end + 3))
            start = prose.find("<!--", end + 3)
        else:
            start = prose.find("<!--", start + 4)
    return spans


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        for at in range(start, end):
            if chars[at] != "\n":
                chars[at] = " "
    return "".join(chars)


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` without the characters of ``spans`` but their line breaks."""
    keep = [True] * len(text)
    for start, end in spans:
        for at in range(start, end):
            keep[at] = text[at] == "\n"
    return "".join(char for char, kept in zip(text, keep, strict=True) if kept)


def _by_line(ctx: PostContext, spans: list[tuple[int, int]]) -> dict[int, list[tuple[int, int]]]:
    """Body offsets as (file line: [(start, end) columns])."""
    found: dict[int, list[tuple[int, int]]] = {}
    starts = [0]
    for line in ctx.lines[ctx.body_start - 1 :]:
        starts.append(starts[-1] + len(line) + 1)
    for start, end in spans:
        index = bisect_right(starts, start) - 1
        while index < len(starts) - 1 and starts[index] < end:
            first, stop = starts[index], starts[index + 1] - 1
            columns = (max(start, first) - first, min(end, stop) - first)
            found.setdefault(ctx.body_start + index, []).append(columns)
            index += 1
    return found
