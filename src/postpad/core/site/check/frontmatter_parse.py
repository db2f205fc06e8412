"""Front matter the engine cannot read: the post is dropped (Hexo: silently, exit 0)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from postpad.core.engines.parts import YamlReader
from postpad.core.site.check.context import Finding, PostContext, Severity
from postpad.core.site.check.tabs import refused_by, rejected_tab_lines

CODE = "front-matter-parse"


#: reader errors an engine does not share (measured, decision 0047): Psych keeps the last of two
#: equal keys and reads an undefined alias; Hugo and Jekyll ignore an unknown local tag (``!x``)
_TOLERATED: dict[YamlReader, tuple[str, ...]] = {
    "psych": (
        "duplicated mapping key",
        "found undefined alias",
        "could not determine a constructor",
    ),
    "go-yaml": ("could not determine a constructor",),
}


def _tolerated(reader: YamlReader, message: str) -> bool:
    return any(part in message for part in _TOLERATED.get(reader, ()))


def _engine_reads_tab(ctx: PostContext, line: int) -> bool:
    """Postpad's YAML reader refuses a tab that Hugo or Jekyll reads (measured, decision 0047)."""
    reader = ctx.spec.front_matter.yaml_reader
    if reader not in _TOLERATED or ctx.header.format != "yaml":
        return False
    tabs = {ctx.header.inner_line + offset: refused for offset, _, refused in
            rejected_tab_lines(ctx.header.inner)}  # fmt: skip
    return line in tabs and not refused_by(tabs[line], reader)


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
    if header.error is not None:
        tolerated = _engine_reads_tab(ctx, header.error.line) or _tolerated(
            ctx.spec.front_matter.yaml_reader, header.error.message
        )
        severity = "warning" if tolerated else "error"
        yield ctx.finding(
            header.error.line, severity, CODE,
            f"front matter does not parse: {header.error.message}", header.error.column,
        )  # fmt: skip
    yield from _duplicates(ctx, header.error.line if header.error else None)


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
