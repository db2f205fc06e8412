"""Misspelled known keys (``categroies``, ``data`` for ``date``): engines ignore them silently."""

from __future__ import annotations

from collections.abc import Iterator

from postpad.core.site.check.context import Finding, PostContext


def check(ctx: PostContext) -> Iterator[Finding]:
    schema = ctx.schema
    fields = ctx.header.fields
    for key in fields:
        suggestion = schema.suggest_key(key)
        if suggestion is None or suggestion == key:
            continue
        if suggestion in fields and key != "tag":
            continue  # both present: probably a deliberate custom key
        yield ctx.finding(
            ctx.key_line(key), "warning", "misspelled-key",
            f"unknown key '{key}': did you mean '{suggestion}'? {ctx.engine} ignores '{key}'",
            key=key, suggestion=suggestion,
        )  # fmt: skip
