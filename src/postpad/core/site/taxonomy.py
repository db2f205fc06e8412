"""Tags and categories with counts (autocomplete), and near-duplicate terms.

Two terms are near-duplicates when they differ only by case, full/half width or spacing:
``Python`` / ``python`` / ``Ｐｙｔｈｏｎ`` / ``Python `` all fold to the same key. Engines treat
them as different terms, so the blog shows several tag pages where the author meant one.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from postpad.core.site.index import PostEntry


@dataclass(frozen=True)
class Term:
    """A tag (``path`` of one item) or a category path with the number of posts using it."""

    path: tuple[str, ...]
    count: int

    @property
    def name(self) -> str:
        return " › ".join(self.path)


@dataclass(frozen=True)
class NearDuplicates:
    """Spellings of what is probably one term; ``preferred`` is the most used spelling."""

    key: str
    variants: tuple[Term, ...]

    @property
    def preferred(self) -> Term:
        return self.variants[0]


def fold(term: str) -> str:
    """The comparison key: NFKC (full width -> half width), case-folded, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", term).casefold().split())


def tag_counts(entries: Iterable[PostEntry]) -> list[Term]:
    """Every tag with its post count, most used first, then by name."""
    counter: Counter[tuple[str, ...]] = Counter()
    for entry in entries:
        counter.update({(tag,) for tag in entry.tags})
    return _sorted_terms(counter)


def category_counts(entries: Iterable[PostEntry], *, prefixes: bool = True) -> list[Term]:
    """Every category path with its post count; with ``prefixes`` a post also counts for parents
    (Hexo lists a post under ``A`` and under ``A › B``)."""
    counter: Counter[tuple[str, ...]] = Counter()
    for entry in entries:
        seen: set[tuple[str, ...]] = set()
        for path in entry.categories:
            ends = range(1, len(path) + 1) if prefixes else [len(path)]
            seen.update(path[:end] for end in ends)
        counter.update(seen)
    return _sorted_terms(counter)


def _sorted_terms(counter: Counter[tuple[str, ...]]) -> list[Term]:
    return [
        Term(path, count) for path, count in sorted(counter.items(), key=lambda i: (-i[1], i[0]))
    ]


def near_duplicates(terms: Iterable[Term]) -> list[NearDuplicates]:
    """Groups of two or more terms whose last segment folds to the same key (same parent path)."""
    groups: dict[str, list[Term]] = {}
    for term in terms:
        key = " › ".join(fold(part) for part in term.path)
        groups.setdefault(key, []).append(term)
    found = []
    for key, variants in groups.items():
        if len(variants) > 1:
            ordered = tuple(sorted(variants, key=lambda t: (-t.count, t.path)))
            found.append(NearDuplicates(key=key, variants=ordered))
    return sorted(found, key=lambda g: g.key)


def complete(terms: Iterable[Term], prefix: str, limit: int = 20) -> list[Term]:
    """Autocomplete: terms whose folded name starts with (then contains) the folded ``prefix``."""
    wanted = fold(prefix)
    starts, contains = [], []
    for term in terms:
        name = fold(term.name)
        if name.startswith(wanted):
            starts.append(term)
        elif wanted in name:
            contains.append(term)
    return (starts + contains)[:limit]


def split_terms(values: Iterable[str]) -> list[str]:
    """Typed tags: ``["a,b", "c"]`` -> ``["a", "b", "c"]`` (also full-width ``，`` and ``、``)."""
    return [t.strip() for v in values for t in re.split(r"[,，、]", v) if t.strip()]


def split_path(value: str) -> list[str]:
    """A typed category path: ``"技术/编程"`` or ``"技术 > 编程"`` -> ``["技术", "编程"]``."""
    return [p.strip() for p in re.split(r"[/>›]", value) if p.strip()]
