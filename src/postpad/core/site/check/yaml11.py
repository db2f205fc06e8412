"""YAML 1.1 look-alikes: ``yes``/``no``/``on``/``off``/``y``/``n`` are strings for js-yaml 4 (Hexo),
Hugo >= 0.152 and Zola, but booleans for Jekyll (Psych) and older Hugo: ``draft: yes`` publishes
the draft in new Hugo and hides it in old Hugo."""

from __future__ import annotations

import re
from collections.abc import Iterator

from postpad.core.site.check.context import Finding, PostContext

_LOOKALIKE = re.compile(
    r"^(?:\s*-\s+|\s*[^\s#:][^:]*:\s+|\s*-\s+[^\s#:][^:]*:\s+)"
    r"(?P<value>yes|no|on|off|y|n)\s*(?:#.*)?$",
    re.IGNORECASE,
)


def check(ctx: PostContext) -> Iterator[Finding]:
    if ctx.header.format != "yaml":
        return
    for offset, line in enumerate(ctx.header.inner.split("\n")):
        match = _LOOKALIKE.match(line)
        if not match:
            continue
        value = match.group("value")
        meaning = "true" if value.lower() in ("yes", "on", "y") else "false"
        yield ctx.finding(
            ctx.header.inner_line + offset, "warning", "yaml11-boolean",
            f"'{value}' is a string for Hexo, Hugo >= 0.152 and Zola but {meaning} for Jekyll "
            f"and older Hugo; write {meaning} (a boolean) or quote it ('{value}') if you mean text",
            match.start("value") + 1, value=value,
        )  # fmt: skip
