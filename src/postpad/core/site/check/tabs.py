"""Tabs in YAML front matter, as ``postpad check`` findings. Hexo turns leading tabs into spaces
(hexo-front-matter's ``escapeYAML``), so for Hexo such a tab is a warning; a tab after spaces it
does not turn, and js-yaml refuses it where libyaml does (Hexo leaves the post out, decision
0239); where Hugo and Jekyll refuse one is modelled in ``core/frontmatter/yaml_tabs.py``
(measured with the real engines, decision 0047).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from postpad.core.frontmatter.yaml_tabs import refused_by, rejected_tab_lines
from postpad.core.site.check.context import Finding, PostContext, Severity

__all__ = ["check", "refused_by", "rejected_tab_lines"]

_DASH_TAB = re.compile(r"^[ \t]*-\t")


def check(ctx: PostContext) -> Iterator[Finding]:
    if ctx.header.format != "yaml":
        return
    rules, reader = ctx.spec.check, ctx.spec.front_matter.yaml_reader
    lines = ctx.header.inner.split("\n")
    for offset, column, refused in rejected_tab_lines(ctx.header.inner):
        line = ctx.header.inner_line + offset
        if rules.tab_note and column > 1:  # Hexo: not a leading tab, so not made spaces
            if _DASH_TAB.match(lines[offset]) or not refused[1]:
                continue  # a separator after a dash, or text: js-yaml reads it
            yield ctx.finding(
                line, "error", "yaml-tab",
                f"tab in YAML indentation: {rules.tab_refusal}; use spaces", column,
            )  # fmt: skip
            continue
        if rules.tab_note:
            message = rules.tab_note
        elif not refused_by(refused, reader):
            continue  # text to the YAML reader (inside a block scalar, a flow list, …)
        elif rules.tab_refusal:
            yield ctx.finding(
                line, "error", "yaml-tab",
                f"tab in YAML indentation: {rules.tab_refusal}; use spaces", column,
            )  # fmt: skip
            continue
        else:
            message = "tab in YAML indentation: most YAML readers refuse it; use spaces"
        severity: Severity = "warning"
        yield ctx.finding(line, severity, "yaml-tab", message, column)
