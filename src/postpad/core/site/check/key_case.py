"""Two spellings of one key that the engine reads as the same key (Hugo: ``title``/``Title``).

Hugo lower-cases front-matter keys (decision 0090). Measured with Hugo 0.168: ``title`` plus one
mixed-case spelling builds, and the mixed-case value always wins, so the other is silently
ignored (a warning). Two or more mixed-case spellings (``Title``, ``TITLE``) make Hugo pick one
at random on every build (an error: the page changes between builds).
"""

from __future__ import annotations

from collections.abc import Iterator

from postpad.core.frontmatter.engine_rules import match_key, rules_for
from postpad.core.site.check.context import Finding, PostContext


def check(ctx: PostContext) -> Iterator[Finding]:
    if rules_for(ctx.engine).key_case != "fold":
        return
    fields = ctx.header.fields
    seen: set[str] = set()
    for key in fields:
        if key.lower() in seen:
            continue
        seen.add(key.lower())
        found = match_key(fields, key, ctx.engine)
        if len(found.spellings) > 1:
            yield _finding(ctx, found.spellings, found.winner)


def _finding(ctx: PostContext, spellings: tuple[str, ...], winner: str | None) -> Finding:
    names = ", ".join(f"'{name}'" for name in spellings)
    display = rules_for(ctx.engine).display
    if winner is None:
        line = ctx.key_line(spellings[1])
        message = (
            f"{names} are one key for {display}, which picks one at random on each build; keep one"
        )
        return ctx.finding(line, "error", "key-case/random", message, keys=names)
    loser = next(name for name in spellings if name != winner)
    message = f"{names} are one key for {display}: it uses '{winner}' and ignores '{loser}'"
    return ctx.finding(
        ctx.key_line(loser), "warning", "key-case/shadowed", message, keys=names, used=winner
    )
