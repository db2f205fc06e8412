"""What one front-matter key means: its kind, widget hint, help text and accepted spellings."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class FieldKind(StrEnum):
    """The value shape a key expects; the form picks its widget from it."""

    TEXT = "text"
    LONGTEXT = "longtext"
    BOOL = "bool"
    NUMBER = "number"
    DATE = "date"
    DATETIME = "datetime"
    LIST = "list"
    TAGS = "tags"
    CATEGORIES = "categories"
    IMAGE = "image"
    CHOICE = "choice"
    NESTED = "nested"


class Widget(StrEnum):
    """Hints for keys whose kind alone does not say enough about the editor they need."""

    DEFAULT = "default"
    COVER = "cover"  # Butterfly cover: theme default (empty) / none (false) / image
    BACKGROUND = "background"  # Butterfly top_img: image, colour, CSS gradient, or false
    URL = "url"
    HTML = "html"


@dataclass(frozen=True)
class FieldSpec:
    """One key an engine or theme reads.

    ``aliases`` are other names the engine itself accepts for the same key (Hexo ``tag``).
    ``misspellings`` are names the engine silently ignores but authors type by mistake
    (``data`` for ``date``); ``postpad check`` and the form suggest the real key for them.
    """

    key: str
    kind: FieldKind
    help_en: str
    help_zh: str
    widget: Widget = Widget.DEFAULT
    choices: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    misspellings: tuple[str, ...] = ()
    required: bool = False

    def help(self, language: str) -> str:
        """The help text for a UI language code (``zh``, ``zh_CN``, ``zh-Hans`` → Chinese)."""
        return self.help_zh if language.lower().startswith("zh") else self.help_en

    def names(self) -> tuple[str, ...]:
        """The key and every alias the engine accepts for it."""
        return (self.key, *self.aliases)
