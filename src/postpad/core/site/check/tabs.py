"""Tabs in YAML front matter, as ``postpad check`` findings. Hexo turns leading tabs into spaces
(hexo-front-matter's ``escapeYAML``), so for Hexo every tab is a warning; where Hugo and Jekyll
refuse one is modelled in ``core/frontmatter/yaml_tabs.py`` (measured with the real engines,
decision 0047).
"""

from __future__ import annotations

from collections.abc import Iterator

from postpad.core.frontmatter.yaml_tabs import refused_by, rejected_tab_lines
from postpad.core.site.check.context import Finding, PostContext, Severity

__all__ = ["check", "refused_by", "rejected_tab_lines"]


def check(ctx: PostContext) -> Iterator[Finding]:
    if ctx.header.format != "yaml":
        return
    rules, reader = ctx.spec.check, ctx.spec.front_matter.yaml_reader
    for offset, column, refused in rejected_tab_lines(ctx.header.inner):
        line = ctx.header.inner_line + offset
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
