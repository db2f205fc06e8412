"""Liquid inside code on a Liquid site (Jekyll): the engine runs Liquid over the whole post, code
included, so ``{{ x }}`` in a code block or span prints the variable (mostly nothing) and
Handlebars' ``{{#each …}}`` is a Liquid syntax error. The window listed it from the render
(decision 0198); ``postpad check`` and Tools › Check Site did not. The render decides, as in the
window (``{% raw %}`` and the engine's own code rules, decision 0187); only a post whose text
has ``{{`` or a tag other than ``highlight`` / ``raw`` is rendered for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from postpad.core.render import render
from postpad.core.render.options import options_for_site
from postpad.core.site.check.context import Finding, PostContext
from postpad.core.site.check.render_findings import render_findings
from postpad.core.site.check.templates import opted_out

CODE = "liquid-in-code"
#: text that may be Liquid inside code (a bare highlight or raw block is none)
_MAYBE = re.compile(r"\{\{|\{%-?\s*(?!(?:end)?(?:highlight|raw)\b)")
_LIQUID = re.compile(r"\{\{|\{%")
#: lines after a block's first line searched for its Liquid (a block is rarely longer)
_REACH = 200


def check(ctx: PostContext) -> Iterator[Finding]:
    if ctx.spec.tags.family != "liquid" or ctx.site is None or not _MAYBE.search(ctx.body):
        return
    if opted_out(ctx):  # render_with_liquid: false (Jekyll), templateEngineOverride (Eleventy)
        return
    rendered = render(ctx.text, options_for_site(ctx.site, ctx.path))
    warnings = [warning for warning in rendered.warnings if warning.code == CODE]
    for finding in render_findings(warnings, ctx.path, ctx.site):
        yield _at_the_liquid(ctx, finding)


def _at_the_liquid(ctx: PostContext, finding: Finding) -> Finding:
    """The render names the code block's first line: the finding goes to its first ``{{``/``{%``
    (the window's Problems list places it there too)."""
    lines = ctx.lines
    for number in range(finding.line, min(finding.line + _REACH, len(lines)) + 1):
        match = _LIQUID.search(lines[number - 1])
        if match is not None:
            return Finding(
                finding.path, number, match.start() + 1, finding.severity, finding.code,
                finding.message, finding.data,
            )  # fmt: skip
    return finding
