"""What a config file's keys mean: kind, default, help (English and 简体中文) and group.

A schema comes from two places (decision 0137): the installed theme's own default config (its
values are the defaults, its comments the help) and small curated modules for the engines'
important keys (``hexo_keys``, ``hugo_keys``, ``jekyll_keys``) whose defaults are copied from the
engines' sources.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from postpad.core.siteconfig.paths import KeyPath


class ValueKind(StrEnum):
    """The value shape a key expects; the form picks its widget from it."""

    BOOL = "bool"
    NUMBER = "number"
    TEXT = "text"
    CHOICE = "choice"
    LIST = "list"
    YAML = "yaml"  # anything else: edited as one YAML flow value (``[a, b]``, ``{k: v}``)


@dataclass(frozen=True)
class ConfigField:
    """One key of the config: ``path`` from the top, its default and what it means."""

    path: KeyPath
    kind: ValueKind
    default: object = None
    has_default: bool = True
    help_en: str = ""
    help_zh: str = ""
    choices: tuple[str, ...] = ()
    group: str = ""

    def help(self, language: str) -> str:
        """The help for a UI language code; the other language when this one has none."""
        chinese = language.lower().startswith("zh")
        first, second = (self.help_zh, self.help_en) if chinese else (self.help_en, self.help_zh)
        return first or second


@dataclass(frozen=True)
class ConfigSchema:
    """Known keys in the order the defaults list them, plus the help of their sections."""

    fields: tuple[ConfigField, ...] = ()
    sections: Mapping[KeyPath, str] = field(default_factory=dict)
    source: str = ""  # where the defaults were read (a theme's _config.yml), for the UI

    def __iter__(self) -> Iterator[ConfigField]:
        return iter(self.fields)

    def get(self, path: KeyPath) -> ConfigField | None:
        return self._by_path.get(path)

    @cached_property
    def _by_path(self) -> dict[KeyPath, ConfigField]:
        return {item.path: item for item in reversed(self.fields)}

    def merged(self, other: ConfigSchema) -> ConfigSchema:
        """This schema's keys, then ``other``'s keys this one lacks (first one wins)."""
        known = {item.path for item in self.fields}
        extra = tuple(item for item in other.fields if item.path not in known)
        sections = {**other.sections, **self.sections}
        return ConfigSchema(self.fields + extra, sections, self.source or other.source)

    def under(self, prefix: KeyPath) -> ConfigSchema:
        """The same keys one level down, below ``prefix`` (Hexo ``theme_config``)."""
        fields = tuple(
            ConfigField(
                prefix + item.path,
                item.kind,
                item.default,
                item.has_default,
                item.help_en,
                item.help_zh,
                item.choices,
                item.group,
            )
            for item in self.fields
        )
        sections = {prefix + path: text for path, text in self.sections.items()}
        return ConfigSchema(fields, sections, self.source)


def kind_of(value: object) -> ValueKind:
    """The kind a default value implies."""
    if isinstance(value, bool):
        return ValueKind.BOOL
    if isinstance(value, int | float):
        return ValueKind.NUMBER
    if isinstance(value, str):
        return ValueKind.TEXT
    if isinstance(value, list) and all(isinstance(item, str | int | float) for item in value):
        return ValueKind.LIST
    return ValueKind.YAML
