"""Field schemas: which front-matter keys an engine (and theme) reads, and how to edit them.

Qt-free data the form, ``postpad check`` and the site layer share. One small data module per
engine or theme; :func:`schema_for` combines them.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from types import ModuleType

from postpad.core.engines import engine_for
from postpad.core.fields.schema import CategoryStyle, Schema, edit_distance
from postpad.core.fields.spec import FieldKind, FieldSpec, Widget
from postpad.core.frontmatter.engine_rules import folds_key_case

__all__ = [
    "CategoryStyle",
    "FieldKind",
    "FieldSpec",
    "Schema",
    "Widget",
    "edit_distance",
    "engine_fields",
    "schema_for",
    "theme_fields",
]

_NOT_SCHEMAS = frozenset({"schema", "spec"})


@cache
def _modules() -> dict[str, ModuleType]:
    """Every schema module of this package by name: an engine's (named like the engine) or a
    theme's (``ENGINE`` names the engine the theme belongs to)."""
    return {
        info.name: importlib.import_module(f"{__name__}.{info.name}")
        for info in pkgutil.iter_modules(__path__)
        if info.name not in _NOT_SCHEMAS
    }


def engine_fields(engine: str) -> tuple[FieldSpec, ...] | None:
    """The fields of the engine called ``engine``, or None when no module describes it."""
    module = _modules().get(engine)
    if module is None or getattr(module, "ENGINE", None) is not None:
        return None
    fields: tuple[FieldSpec, ...] = module.FIELDS
    return fields


def theme_fields(engine: str, theme: str) -> tuple[FieldSpec, ...]:
    """The fields ``theme`` adds to ``engine``'s posts (none for an unknown theme)."""
    module = _modules().get(theme)
    if module is None or getattr(module, "ENGINE", None) != engine:
        return ()
    fields: tuple[FieldSpec, ...] = module.FIELDS
    return fields


def _category_style(engine: str) -> CategoryStyle:
    spec = engine_for(engine)
    if spec.hierarchical_categories:
        return CategoryStyle.HIERARCHY
    return CategoryStyle.SPACE_SEPARATED if spec.terms_split_spaces else CategoryStyle.FLAT


@cache
def schema_for(engine: str | None, theme: str | None = None) -> Schema:
    """The schema for an engine name (``hexo``, ``hugo``…) and optional theme (``butterfly``).

    Unknown engines get the generic schema; unknown themes add nothing. A theme spec replaces
    the engine spec of the same key.
    """
    engine_name = engine_for((engine or "").lower()).name
    base = engine_fields(engine_name)
    if base is None:
        engine_name = engine_for("").name
        base = engine_fields(engine_name) or ()
    theme_name = theme.lower() if theme else None
    fields = _merge(base, theme_fields(engine_name, theme_name or ""))
    return Schema(
        engine=engine_name,
        theme=theme_name,
        fields=fields,
        category_style=_category_style(engine_name),
        case_sensitive_keys=not folds_key_case(engine_name),
    )


def _merge(base: tuple[FieldSpec, ...], extra: tuple[FieldSpec, ...]) -> tuple[FieldSpec, ...]:
    overrides = {spec.key: spec for spec in extra}
    merged = [overrides.pop(spec.key, spec) for spec in base]
    merged.extend(spec for spec in extra if spec.key in overrides)
    return tuple(merged)
