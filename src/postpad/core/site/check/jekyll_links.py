"""Jekyll ``{% post_url %}`` and ``{% link %}`` naming nothing: Jekyll 4.3 stops the build
("Could not find post", "Could not parse name of post", "Could not find document"). The targets
are looked up as the preview looks them up (``core/site/jekyll_links.py``), over the text the
preview reads (known ``{{ page.x }}`` filled in), so both report the same tags (decisions 0245,
0291). Liquid runs inside code too; not inside raw or comment blocks.
"""

from __future__ import annotations

from collections.abc import Iterator

from postpad.core.site.check.context import Finding, PostContext
from postpad.core.site.check.templates import opted_out
from postpad.core.site.jekyll_links import CODE, JekyllLinks, Stop


def check(ctx: PostContext) -> Iterator[Finding]:
    site = ctx.site
    if site is None or not site.engine_spec.check.liquid_links or "{%" not in ctx.body:
        return
    if opted_out(ctx):  # render_with_liquid: false
        return
    from postpad.core.render.rules.liquid_vars import (  # render: after the first frame
        link_tags,
        page_variables,
        substitute,
    )

    header = "\n".join(ctx.lines[: ctx.body_start - 1])
    variables = {"site": {"baseurl": None, **site.config.raw}, "page": page_variables(header)}
    body = substitute(ctx.body, variables) if "{{" in ctx.body else ctx.body
    links = JekyllLinks(site)
    for match in link_tags(body):
        answer = links.answer(match[1], match[2])
        if isinstance(answer, Stop):
            line = ctx.body_start + body.count("\n", 0, match.start())
            yield ctx.finding(line, "error", CODE, answer.message, name=match[2])
