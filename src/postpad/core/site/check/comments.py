"""Values cut short by a YAML comment: in a plain (unquoted) value, `` #`` starts a comment, so
``top_img: linear-gradient(20deg, #0062be)`` reads as ``linear-gradient(20deg,`` and
``title: #话题`` as an empty title (decision 0047). A ``#`` followed by a space is taken as
a deliberate comment and left alone."""

from __future__ import annotations

import re
from collections.abc import Iterator

from postpad.core.site.check.context import Finding, PostContext

_PLAIN_VALUE = re.compile(
    r"^(?P<lead>\s*(?:-\s+)?(?:[^\s#:'\"\-?][^:]*:[ \t]+)?)(?P<value>[^\s'\"|>&*!%@`\[{].*)$"
)
_CUT = re.compile(r"(?:^|[ \t])#(?=\S)")


def check(ctx: PostContext) -> Iterator[Finding]:
    if ctx.header.format != "yaml":
        return
    for offset, line in enumerate(ctx.header.inner.split("\n")):
        if line.lstrip().startswith("#"):
            continue  # a comment line
        match = _PLAIN_VALUE.match(line)
        if not match or not match.group("lead").strip():
            continue
        value = match.group("value")
        cut = _CUT.search(value)
        if cut is None:
            continue
        kept = value[: cut.start()].strip()
        read_as = f"'{kept}'" if kept else "an empty value"
        yield ctx.finding(
            ctx.header.inner_line + offset, "warning", "yaml-comment-in-value",
            f"'{value.strip()}' is cut at '#': engines read {read_as}; quote the value",
            match.start("value") + cut.start() + 1, value=value.strip(), read_as=kept,
        )  # fmt: skip
