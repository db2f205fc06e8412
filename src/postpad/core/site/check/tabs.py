"""Tabs in YAML indentation: Hexo turns them into spaces, but Hugo fails the build and Jekyll
publishes a broken page at today's URL (``engines.md`` §7.4)."""

from __future__ import annotations

from collections.abc import Iterator

from postpad.core.site.check.context import Finding, PostContext, Severity


def check(ctx: PostContext) -> Iterator[Finding]:
    if ctx.header.format != "yaml":
        return
    severity: Severity = "warning" if ctx.engine == "hexo" else "error"
    for offset, line in enumerate(ctx.header.inner.split("\n")):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            yield ctx.finding(
                ctx.header.inner_line + offset, severity, "yaml-tab",
                "tab in YAML indentation: Hexo tolerates it, Hugo and Jekyll do not; use spaces",
                indent.index("\t") + 1,
            )  # fmt: skip
