"""Field schemas: which front-matter keys an engine (and theme) reads, and how to edit them.

Qt-free data the form, ``postpad check`` and the site layer share. One small data module per
engine or theme; :func:`schema_for` combines them.
"""

from __future__ import annotations

from functools import cache

from postpad.core.fields import (
    astro,
    butterfly,
    eleventy,
    generic,
    hexo,
    hugo,
    jekyll,
    zola,
)
from postpad.core.fields.schema import CategoryStyle, Schema, edit_distance
from postpad.core.fields.spec import FieldKind, FieldSpec, Widget
from postpad.core.frontmatter.engine_rules import folds_key_case

__all__ = [
    "ENGINES",
    "THEMES",
    "CategoryStyle",
    "FieldKind",
    "FieldSpec",
    "Schema",
    "Widget",
    "edit_distance",
    "schema_for",
]

ENGINES: dict[str, tuple[FieldSpec, ...]] = {
    "hexo": hexo.FIELDS,
    "hugo": hugo.FIELDS,
    "jekyll": jekyll.FIELDS,
    "eleventy": eleventy.FIELDS,
    "zola": zola.FIELDS,
    "astro": astro.FIELDS,
    "generic": generic.FIELDS,
}

# Theme schemas extend one engine's; a theme spec replaces the engine spec of the same key.
THEMES: dict[tuple[str, str], tuple[FieldSpec, ...]] = {
    ("hexo", "butterfly"): butterfly.FIELDS,
}

_CATEGORY_STYLES = {
    "hexo": CategoryStyle.HIERARCHY,
    "jekyll": CategoryStyle.SPACE_SEPARATED,
}


@cache
def schema_for(engine: str | None, theme: str | None = None) -> Schema:
    """The schema for an engine name (``hexo``, ``hugo``…) and optional theme (``butterfly``).

    Unknown engines get the generic schema; unknown themes add nothing.
    """
    engine_name = (engine or "generic").lower()
    if engine_name not in ENGINES:
        engine_name = "generic"
    theme_name = theme.lower() if theme else None
    fields = _merge(ENGINES[engine_name], THEMES.get((engine_name, theme_name or ""), ()))
    return Schema(
        engine=engine_name,
        theme=theme_name,
        fields=fields,
        category_style=_CATEGORY_STYLES.get(engine_name, CategoryStyle.FLAT),
        case_sensitive_keys=not folds_key_case(engine_name),
    )


def _merge(base: tuple[FieldSpec, ...], extra: tuple[FieldSpec, ...]) -> tuple[FieldSpec, ...]:
    overrides = {spec.key: spec for spec in extra}
    merged = [overrides.pop(spec.key, spec) for spec in base]
    merged.extend(spec for spec in extra if spec.key in overrides)
    return tuple(merged)
