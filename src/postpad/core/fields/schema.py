"""A set of field specs for one engine (and theme), with lookup and misspelling suggestions."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from postpad.core.fields.spec import FieldSpec


class CategoryStyle(StrEnum):
    """How an engine reads a ``categories`` list."""

    HIERARCHY = "hierarchy"  # Hexo: [A, B] is one path A › B; a list of lists is several paths
    FLAT = "flat"  # Hugo, Eleventy, Astro, Zola taxonomies: a list is several flat terms
    SPACE_SEPARATED = "space-separated"  # Jekyll: a string is split on spaces


@dataclass(frozen=True)
class Schema:
    """The keys one engine/theme combination reads, in the order the form offers them."""

    engine: str
    theme: str | None
    fields: tuple[FieldSpec, ...]
    category_style: CategoryStyle = CategoryStyle.FLAT
    case_sensitive_keys: bool = True
    _index: dict[str, FieldSpec] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, FieldSpec] = {}
        for spec in self.fields:
            for name in spec.names():
                index.setdefault(self._fold(name), spec)
        object.__setattr__(self, "_index", index)

    def _fold(self, key: str) -> str:
        return key if self.case_sensitive_keys else key.lower()

    def get(self, key: str) -> FieldSpec | None:
        """The spec for ``key`` or one of its aliases, else None."""
        return self._index.get(self._fold(key))

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __iter__(self) -> Iterator[FieldSpec]:
        return iter(self.fields)

    def keys(self) -> list[str]:
        """Canonical keys in schema order."""
        return [spec.key for spec in self.fields]

    def suggest_key(self, unknown_key: str) -> str | None:
        """The known key an unknown one was probably meant to be (``categroies`` → ``categories``).

        Returns None for keys the schema knows (including aliases) and for keys that look like
        deliberate custom fields. Only close spellings are suggested, so theme- or plugin-specific
        keys are not flagged as typos.
        """
        if unknown_key in self:
            return None
        for spec in self.fields:
            if unknown_key in spec.misspellings:
                return spec.key
        normalised = _normalise(unknown_key)
        for spec in self.fields:
            if any(_normalise(name) == normalised for name in spec.names()):
                return spec.key
        return _closest(normalised, self.fields)


def _normalise(key: str) -> str:
    return key.strip().lower().replace("-", "_").replace(" ", "_")


def _closest(key: str, specs: Iterable[FieldSpec]) -> str | None:
    """The spec key within a small edit distance; short keys need an exact misspelling entry."""
    if len(key) < 4:
        return None
    allowed = 1 if len(key) < 8 else 2
    best: tuple[int, str] | None = None
    for spec in specs:
        for name in spec.names():
            distance = edit_distance(key, _normalise(name))
            if distance <= allowed and (best is None or distance < best[0]):
                best = (distance, spec.key)
    return best[1] if best else None


def edit_distance(a: str, b: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions, transpositions."""
    if abs(len(a) - len(b)) > 2:
        return 3
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, start=1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]
