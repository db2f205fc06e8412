"""Near-duplicate tags and categories across the checked posts (``Python`` / ``python`` /
``Ｐｙｔｈｏｎ``): engines make a separate tag page for each spelling. Hugo lowercases a term,
so its spellings that differ only in case are one page and are not reported."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from postpad.core.engines import engine_for
from postpad.core.site.check.context import Finding, PostContext
from postpad.core.site.index import PostEntry, categories_of
from postpad.core.site.taxonomy import category_counts, near_duplicates, tag_counts


def _entry(ctx: PostContext) -> PostEntry:
    fields = ctx.header.fields
    tags = fields.get("tags", fields.get("tag"))
    items = tags if isinstance(tags, list) else [tags] if tags is not None else []
    names: list[str] = []
    split = engine_for(ctx.engine).terms_split_spaces  # decision 0107
    for item in items:
        if item is None or isinstance(item, (list, dict)):
            continue
        names.extend(str(item).split() if split else [str(item)])
    categories = categories_of(ctx.engine, fields.get("categories", fields.get("category")))
    return PostEntry(str(ctx.path), 0, 0, tags=tuple(names), categories=categories)


def _posts(count: int) -> str:
    return f"{count} post" if count == 1 else f"{count} posts"


def _one_spelling_per_page(
    pairs: list[tuple[PostContext, PostEntry]],
) -> list[tuple[PostContext, PostEntry]]:
    """Where the engine folds case (Hugo: ``Yii2`` and ``yii2`` list both posts on one page),
    each post's term takes its page's most used spelling."""
    folded = [entry for ctx, entry in pairs if ctx.spec.check.terms_fold_case]
    if not folded:
        return pairs
    # most used first: reversed, the most used spelling is the last one written
    tags = {t.path[0].lower(): t.path[0] for t in reversed(tag_counts(folded))}
    paths = {
        tuple(p.lower() for p in t.path): t.path
        for t in reversed(category_counts(folded, prefixes=False))
    }

    def spelled(entry: PostEntry) -> PostEntry:
        return replace(
            entry,
            tags=tuple(tags[tag.lower()] for tag in entry.tags),
            categories=tuple(paths[tuple(p.lower() for p in path)] for path in entry.categories),
        )

    return [
        (ctx, spelled(entry) if ctx.spec.check.terms_fold_case else entry) for ctx, entry in pairs
    ]


def check_all(contexts: Iterable[PostContext]) -> Iterator[Finding]:
    """Findings for every post that uses a less common spelling of a term."""
    pairs = [(ctx, _entry(ctx)) for ctx in contexts if ctx.header.error is None]
    pairs = _one_spelling_per_page(pairs)
    entries = [entry for _, entry in pairs]
    for kind, groups in (
        ("tag", near_duplicates(tag_counts(entries))),
        ("category", near_duplicates(category_counts(entries, prefixes=False))),
    ):
        for group in groups:
            preferred = group.preferred.name
            for variant in group.variants[1:]:
                for ctx, entry in pairs:
                    used = (
                        entry.tags if kind == "tag" else [" › ".join(p) for p in entry.categories]
                    )
                    if variant.name in used:
                        key = "tags" if kind == "tag" else "categories"
                        others = ", ".join(
                            f"'{v.name}'" for v in group.variants if v is not variant
                        )
                        yield ctx.finding(
                            ctx.key_line(key if key in ctx.header.key_lines else key[:-1]),
                            "warning", f"near-duplicate-{kind}",
                            f"{kind} '{variant.name}' ({_posts(variant.count)}) differs only in "
                            f"case, width or spacing from {others}; the blog shows separate pages",
                            name=variant.name, preferred=preferred,
                        )  # fmt: skip
