"""Site and theme config files as forms: typed values, defaults, help, minimal-diff edits.

Qt-free. A config file is front matter without a body whose keys nest; the front-matter codecs
(``core/frontmatter``) read it and the patchers here change one nested key at a time, leaving
every other byte as it was (decision 0136). Public contract:

* :func:`config_kind` -> :class:`ConfigKind` (or None): what a file configures;
* :func:`read_values`, :func:`resolve_path`, :func:`get_value`;
* :func:`set_value` / :func:`unset_value`: whole text in, whole text out (``"\\n"`` line
  breaks, as ``read_text_file`` gives them); errors are :class:`FrontMatterError`;
* :func:`schema_for` -> :class:`ConfigSchema` (theme defaults + curated engine keys, decision
  0137) and :func:`entries_for` -> the form's rows.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from postpad.core.engines import engine_for
from postpad.core.errors import FrontMatterError
from postpad.core.site.config import TolerantConfigLoader
from postpad.core.siteconfig import toml_tree, yaml_tree
from postpad.core.siteconfig.comments import key_notes, plain_notes, toml_help
from postpad.core.siteconfig.entries import Entry, build_entries
from postpad.core.siteconfig.kind import ConfigKind, config_kind
from postpad.core.siteconfig.paths import KeyPath, dotted, lookup, resolve
from postpad.core.siteconfig.schema import ConfigField, ConfigSchema, ValueKind

__all__ = [
    "ConfigField",
    "ConfigKind",
    "ConfigSchema",
    "Entry",
    "ValueKind",
    "config_kind",
    "entries_for",
    "get_value",
    "read_values",
    "resolve_path",
    "schema_for",
    "set_value",
    "unset_value",
]


def read_values(text: str, kind: ConfigKind) -> dict[str, object]:
    """The file's values. Raises FrontMatterError (line, column) when it does not parse."""
    if kind.format == "toml":
        return toml_tree.load(text)
    if kind.format == "json":
        try:
            data = json.loads(text) if text.strip() else {}
        except json.JSONDecodeError as exc:
            raise FrontMatterError(exc.msg, exc.lineno, exc.colno) from exc
        if not isinstance(data, dict):
            raise FrontMatterError("the config is not a mapping of keys to values", 1, 1)
        return data
    return yaml_tree.load(text, TolerantConfigLoader)


def resolve_path(text: str, kind: ConfigKind, path: str) -> KeyPath:
    """``"nav.fixed"`` as the file spells its keys (Hugo: any case)."""
    return resolve(read_values(text, kind), path, fold_case=kind.fold_case)


def get_value(text: str, kind: ConfigKind, path: str | KeyPath) -> tuple[bool, object]:
    """``(True, value)`` for an existing key, ``(False, None)`` when it is missing."""
    data = read_values(text, kind)
    keys = resolve(data, path, fold_case=kind.fold_case) if isinstance(path, str) else path
    return lookup(data, keys)


def set_value(
    text: str, kind: ConfigKind, path: str | KeyPath, value: object, *, after: str | None = None
) -> str:
    """``text`` with the key at ``path`` set to ``value``; only that key's text changes.

    ``after`` names a sibling key a new key goes after (YAML; the defaults' order)."""
    keys = resolve_path(text, kind, path) if isinstance(path, str) else path
    if kind.format == "toml":
        return toml_tree.set_path(text, keys, value)
    if kind.format == "json":
        raise FrontMatterError(f"cannot change {dotted(keys)!r}: JSON configs are read-only")
    return yaml_tree.set_path(text, keys, value, loader=TolerantConfigLoader, after=after)


def unset_value(text: str, kind: ConfigKind, path: str | KeyPath) -> str:
    """``text`` without the key at ``path`` (unchanged when it is missing)."""
    keys = resolve_path(text, kind, path) if isinstance(path, str) else path
    if kind.format == "toml":
        return toml_tree.unset_path(text, keys)
    if kind.format == "json":
        raise FrontMatterError(f"cannot remove {dotted(keys)!r}: JSON configs are read-only")
    return yaml_tree.unset_path(text, keys, loader=TolerantConfigLoader)


def schema_for(kind: ConfigKind, data: Mapping[str, object] | None = None) -> ConfigSchema:
    """Defaults and help for ``kind``: the installed theme's defaults and the engine's keys."""
    theme = _theme_schema(kind, data or {})
    if kind.role == "theme":
        return theme
    keys = engine_for(kind.engine).config
    schema = _curated(kind.engine)
    if keys.theme_defaults == "params":
        schema = schema.merged(theme)
    if kind.section:
        schema = _below(schema, kind.section)
    key = keys.theme_config_key
    if key and isinstance((data or {}).get(key), Mapping):
        schema = schema.merged(theme.under((key,)))
    return schema


def _curated(engine: str) -> ConfigSchema:
    """The engine's hand-written key help, module ``<engine>_keys`` of this package (if any)."""
    try:
        module = importlib.import_module(f"{__name__}.{engine}_keys")
    except ModuleNotFoundError:
        return ConfigSchema()
    schema: ConfigSchema = module.SCHEMA
    return schema


def _below(schema: ConfigSchema, section: KeyPath) -> ConfigSchema:
    """The keys under ``section`` (any case, as Hugo reads them), without that prefix."""
    size = len(section)
    wanted = tuple(part.lower() for part in section)
    fields = tuple(
        replace(item, path=item.path[size:])
        for item in schema.fields
        if tuple(part.lower() for part in item.path[:size]) == wanted and len(item.path) > size
    )
    return ConfigSchema(fields, {}, schema.source)


def _theme_schema(kind: ConfigKind, data: Mapping[str, object]) -> ConfigSchema:
    from postpad.core.siteconfig.theme_defaults import (
        hugo_theme_schema,
        read_theme_schema,
        theme_config_path,
    )

    theme = kind.theme or (str(data["theme"]) if isinstance(data.get("theme"), str) else None)
    if theme is None or kind.site_root is None:
        return ConfigSchema()
    defaults = engine_for(kind.engine).config.theme_defaults
    if defaults == "params":
        stems = engine_for(kind.engine).config.main_stems
        return hugo_theme_schema(kind.site_root, theme, stems)
    if defaults != "config_file":
        return ConfigSchema()
    path = theme_config_path(kind.site_root, theme, kind.engine)
    return read_theme_schema(path) if path is not None else ConfigSchema()


def entries_for(text: str, kind: ConfigKind, schema: ConfigSchema) -> list[Entry]:
    """The form's rows. Raises FrontMatterError when the file does not parse."""
    data = read_values(text, kind)
    if kind.format == "yaml":
        notes = key_notes(text)
    else:
        notes = plain_notes(data, (), toml_help(text) if kind.format == "toml" else {})
    return build_entries(data, notes, schema)


def theme_defaults_path(kind: ConfigKind) -> Path | None:
    """Where the theme's defaults were found (for the form's header), or None."""
    from postpad.core.siteconfig.theme_defaults import theme_config_path

    has_file = engine_for(kind.engine).config.theme_defaults == "config_file"
    if not has_file or kind.theme is None or kind.site_root is None:
        return None
    return theme_config_path(kind.site_root, kind.theme, kind.engine)
