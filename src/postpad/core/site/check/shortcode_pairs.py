"""Hugo's paired shortcodes left open (decision 0220).

Hugo reads a shortcode whose template uses ``.Inner`` (or ``.InnerDeindent``) as a pair: when
``{{< details >}}`` is neither closed by ``{{< /details >}}`` nor self-closed
(``{{< details />}}``), Hugo 0.168 stops the build with "shortcode "details" must be closed or
self-closed". Hugo extracts shortcodes before Markdown, so one inside a code block or span
counts too, and a closing tag may sit mid-line. The embedded pairs are
``hugo_embedded.PAIRED``; a site's or theme's template of the same name replaces the embedded
one and is a pair when it reads ``.Inner`` (``core/tags/hugo.spec_from_template``).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from postpad.core.render.rules.hugo_embedded import PAIRED
from postpad.core.render.rules.hugo_pairs import marks, unmatched
from postpad.core.site.check.context import Finding, PostContext
from postpad.core.tags.hugo import site_shortcodes


def paired_shortcodes(root: Path, theme: str | None) -> frozenset[str]:
    """The shortcodes Hugo pairs on this site: its own and its theme's templates that read
    ``.Inner``, and the embedded pairs it does not replace. Read again when a template is
    added, removed or changed, so an open window sees the new template."""
    folders = [base / "layouts" / sub for base in (root, root / "themes" / (theme or "-"))
               for sub in ("shortcodes", "_shortcodes")]  # fmt: skip
    stamp = tuple(
        (str(path), path.stat().st_mtime_ns, path.stat().st_size)
        for folder in folders
        if folder.is_dir()
        for path in sorted(folder.glob("*.html"))
    )
    return _paired(root, theme, stamp)


@lru_cache(maxsize=16)
def _paired(
    root: Path, theme: str | None, stamp: tuple[tuple[str, int, int], ...]
) -> frozenset[str]:
    own = {spec.name: spec.body is not None for spec in site_shortcodes(root, theme)}
    return frozenset(
        {name for name in PAIRED if name not in own} | {n for n, p in own.items() if p}
    )


def unclosed_message(name: str) -> str:
    return (
        f"'{{{{< {name} >}}}}' is never closed: Hugo stops the build (\"must be closed or "
        f"self-closed\"); close it with '{{{{< /{name} >}}}}' or write '{{{{< {name} />}}}}'"
    )


def open_pairs(body: str, paired: frozenset[str]) -> list[tuple[str, int]]:
    """(name, offset in ``body``) of each paired shortcode no closing tag ends. A closing tag
    ends the latest open one of its name; ``{{</* … */>}}`` is text. The render matches the
    same marks block by block (``hugo_pairs``, decision 0238)."""
    found = unmatched((mark.name, mark.closing, mark) for mark in marks(body))
    return [(mark.name, mark.offset) for mark in found if mark.name in paired]


def check(ctx: PostContext) -> Iterator[Finding]:
    """An error at each paired shortcode of the post left open."""
    assert ctx.site is not None
    body = ctx.body
    for name, offset in open_pairs(body, paired_shortcodes(ctx.site.root, ctx.site.theme)):
        line = ctx.body_start + body.count("\n", 0, offset)
        column = offset - (body.rfind("\n", 0, offset) + 1) + 1
        yield ctx.finding(line, "error", "unclosed-shortcode", unclosed_message(name), column,
                          name=name)  # fmt: skip
