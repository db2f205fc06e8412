"""Hugo ``{{< param "x" >}}`` whose param neither the page nor the site's ``params`` holds (or
holds empty): Hugo 0.168 stops the build (``ERROR Param "x" not found``, decision 0277). The
window listed the render's ``hugo-param-missing``; ``postpad check`` said nothing. The render
decides, as in the window (the page's params from its header, the site's from its config, code
and escaped shortcodes left alone), at the shortcode's own line (decision 0289); only a post
whose text has a ``param`` shortcode is rendered for it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from postpad.core.site.check.context import Finding, PostContext

CODE = "hugo-param-missing"
_PARAM = re.compile(r"\{\{[<%]\s*param\b")


def check(ctx: PostContext) -> Iterator[Finding]:
    site = ctx.site
    if site is None or ctx.spec.tags.family != "shortcode" or not _PARAM.search(ctx.body):
        return
    from postpad.core.render import render  # render: after the first frame
    from postpad.core.render.options import options_for_site
    from postpad.core.site.check.render_findings import render_findings

    rendered = render(ctx.text, options_for_site(site, ctx.path))
    warnings = [warning for warning in rendered.warnings if warning.code == CODE]
    seen: dict[int, int] = {}
    for finding in render_findings(warnings, ctx.path, site):
        yield _at_the_shortcode(ctx, finding, seen)


def _at_the_shortcode(ctx: PostContext, finding: Finding, seen: dict[int, int]) -> Finding:
    """The column of the line's next ``param`` shortcode whose key is the finding's."""
    line = ctx.lines[finding.line - 1] if finding.line <= len(ctx.lines) else ""
    key = finding.data.get("name", "") if finding.data else ""
    start = seen.get(finding.line, 0)
    for match in _PARAM.finditer(line, start):
        if key in line[match.end() : line.find("}}", match.end())]:
            seen[finding.line] = match.end()
            return Finding(
                finding.path, finding.line, match.start() + 1, finding.severity, finding.code,
                finding.message, finding.data,
            )  # fmt: skip
    return finding
