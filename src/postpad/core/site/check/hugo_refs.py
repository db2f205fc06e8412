"""Hugo ``{{< ref "x" >}}`` / ``{{< relref "x" >}}`` to a page that does not exist: Hugo 0.168
stops the build (``ERROR REF_NOT_FOUND: Ref "nope.md": … page not found``, measured on a copy
of a test site); the preview kept the shortcode and nothing said why. The page is looked up as
the preview looks it up (``core/render/rules/hugo_refs``: relative to the post, from the content
folder, or by a file name only one page has, decision 0085)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from postpad.core.site.check.context import Finding, PostContext

#: ``{{< ref "x" >}}``, ``{{% relref x %}}``, ``{{< ref path="x" >}}`` (not ``{{</* … */>}}``)
_REF = re.compile(
    r"\{\{[<%]\s*(relref|ref)\s+(?:path\s*=\s*)?(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'>%]+))"
)


def check(ctx: PostContext) -> Iterator[Finding]:
    site = ctx.site
    if site is None or site.engine_spec.tags.family != "shortcode":
        return
    from postpad.core.render.rules.hugo_refs import HugoRefs  # render: after the first frame

    refs = HugoRefs(site.root, ctx.path)
    for number, line in ctx.prose_lines():
        for match in _REF.finditer(line):
            kind = match.group(1)
            target = next(g for g in match.groups()[1:] if g is not None)
            if refs.find(target) is not None:
                continue
            yield ctx.finding(
                number, "error", "hugo-ref-not-found",
                f"{{{{< {kind} \"{target}\" >}}}}: no page has this path or name; Hugo stops "
                "the build (REF_NOT_FOUND)", match.start() + 1, target=target, kind=kind,
            )  # fmt: skip
