"""Front matter the engine cannot read: the post is dropped (Hexo: silently, exit 0)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from postpad.core.engines import engine_for
from postpad.core.frontmatter.engine_reading import engine_reads
from postpad.core.site.check.context import Finding, PostContext, Severity
from postpad.core.site.header import HeaderError
from postpad.core.site.model import Site
from postpad.core.site.template_files import template_name

CODE = "front-matter-parse"
#: the start of the message when the engine reads a header Postpad's reader refuses (0239)
ENGINE_READS = "Postpad's YAML reader cannot read the front matter, but "


def _engine_reads(ctx: PostContext) -> bool:
    """Whether the engine reads the YAML header Postpad's reader refused (measured with the
    engines: tabs after spaces or a list dash, Psych's duplicate keys, unknown local tags;
    decision 0239). An undefined alias is refused by all three (Jekyll 4.3 drops the header,
    which decision 0047 had taken for Psych reading it)."""
    header = ctx.header
    return header.format == "yaml" and bool(
        engine_reads(header.inner, header.inner_line - 1, ctx.engine)
    )


def check(ctx: PostContext) -> Iterator[Finding]:
    header = ctx.header
    first = ctx.lines[0] if ctx.lines else ""
    if header.format is None and re.fullmatch(r"(-{3,}|\+{3})[ \t]+", first):
        # Hexo reads the header as body text; Hugo and Jekyll read it (measured, decision 0047).
        drops = ctx.spec.front_matter.trailing_space_delimiter_drops_header
        severity: Severity = "error" if drops else "warning"
        yield ctx.finding(
            1, severity, "front-matter-delimiter",
            "the opening delimiter has trailing spaces: Hexo reads the header as body text",
        )  # fmt: skip
    elif header.format is None and re.fullmatch(r"-{3,}|\+{3}", first):
        yield ctx.finding(1, "error", CODE, "the front matter is never closed")
    elif header.format is None and ctx.spec.front_matter.required:
        fence = "+++" if ctx.spec.header_format == "toml" else "---"
        message = f"{ctx.spec.display_name} needs front matter ({fence})"
        yield ctx.finding(1, "error", "front-matter-missing", message)
    if header.error is not None and not template_name(ctx.path, ctx.site):
        # a template's {{ … }} are filled in before the engine reads it (decision 0258)
        yield _parse_finding(ctx, header.error)
    yield from _duplicates(ctx, header.error.line if header.error else None)


def _parse_finding(ctx: PostContext, error: HeaderError) -> Finding:
    """A header Postpad's reader refuses: a warning when the engine reads it (decision 0239)."""
    if _engine_reads(ctx):
        engine, reason = ctx.spec.display_name, error.message
        return ctx.finding(
            error.line, "warning", CODE,
            f"{ENGINE_READS}{engine} reads it ({reason}); Postpad does not edit it in the form",
            error.column, reason=reason, engine=engine,
        )  # fmt: skip
    return ctx.finding(
        error.line, "error", CODE, f"front matter does not parse: {error.message}", error.column
    )


def _duplicates(ctx: PostContext, error_line: int | None) -> Iterator[Finding]:
    for key, line in ctx.header.duplicate_keys:
        if line == error_line:
            continue  # the reader already refused the duplicate
        if ctx.spec.front_matter.yaml_reader == "psych":
            yield ctx.finding(
                line, "warning", "duplicate-key",
                f"key '{key}' appears twice: {ctx.spec.display_name} keeps the last value",
                key=key,
            )  # fmt: skip
            continue
        yield ctx.finding(
            line, "error", "duplicate-key",
            f"key '{key}' appears twice (js-yaml and Hugo reject the post)", key=key,
        )  # fmt: skip


@dataclass
class _HeaderContext(PostContext):
    """A post's header alone, for an engine named without a site (a post outside any site)."""

    dialect: str | None = None

    @property
    def engine(self) -> str:
        return self.site.engine if self.site else engine_for(self.dialect or "").name


#: what the window shows of this rule (decisions 0240, 0245): all of it
HEADER_CODES = frozenset({CODE, "front-matter-delimiter", "front-matter-missing", "duplicate-key"})


def header_findings(
    header: str, path: Path | None, site: Site | None, engine: str | None = None
) -> list[Finding]:
    """This rule's findings, for the window's Problems (decisions 0240, 0245): ``header`` is the
    post's lines above its body (the file's first lines, so the lines are the file's; the first
    line when there is no header), ``engine`` the dialect when there is no site. Only the header
    is read. ``data["engine"]`` names the engine for the window's wording."""
    ctx = _HeaderContext(path or Path(), header, site, engine)
    label = ctx.spec.display_name
    return [
        replace(finding, data={"engine": label, **finding.data})
        for finding in check(ctx)
        if finding.code in HEADER_CODES
    ]
