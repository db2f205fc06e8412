"""Chinese typography (decision 0070) in ``postpad check``: half-width marks between Han
characters, unbalanced quotes and brackets, repeated marks. Style, never breakage, so every
finding is a warning and typography alone never fails a blog's CI."""

from __future__ import annotations

from collections.abc import Iterator

from postpad.core.site.check.context import Finding, PostContext
from postpad.core.typography import check_typography


def check(ctx: PostContext) -> Iterator[Finding]:
    for found in check_typography(ctx.text):
        # The checker masks front matter itself; the guard covers headers only the site reader
        # knows (e.g. a Hexo header read by its engine rules), so nothing there is reported.
        if found.line < ctx.body_start:
            continue
        fix = "" if found.fix is None else f" (fix: {found.found!r} -> {found.fix!r})"
        data = {"rule": found.rule, "found": found.found}
        if found.fix is not None:
            data["fix"] = found.fix
        yield ctx.finding(
            found.line, "warning", f"typography/{found.rule}/{found.code}",
            f"typography: {found.message}{fix}", found.column, **data,
        )  # fmt: skip
