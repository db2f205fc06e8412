"""The installed theme's own default config: its values are the defaults, its comments the help.

Hexo themes ship ``_config.yml`` in the theme package (``node_modules/hexo-theme-NAME`` for an
npm-installed theme, ``themes/NAME`` for a cloned one); Hexo merges the site's
``_config.NAME.yml`` (or ``theme_config:``) over it. Butterfly's comments are English (5.x) or
Chinese (older releases); they are shown as written, in the help of both languages.
"""

from __future__ import annotations

from pathlib import Path

from postpad.core.errors import FrontMatterError
from postpad.core.site.config import TolerantConfigLoader
from postpad.core.siteconfig.comments import key_notes
from postpad.core.siteconfig.paths import lookup
from postpad.core.siteconfig.schema import ConfigField, ConfigSchema, kind_of
from postpad.core.siteconfig.yaml_tree import load

_MAX_BYTES = 2 * 1024 * 1024


def theme_config_path(site_root: Path, theme: str) -> Path | None:
    """The theme's default ``_config.yml`` as the site installs it (npm package first, as Hexo
    loads it first), or None when the theme is not installed."""
    for folder in (
        site_root / "node_modules" / f"hexo-theme-{theme}",
        site_root / "themes" / theme,
    ):
        for name in ("_config.yml", "_config.yaml"):
            candidate = folder / name
            if candidate.is_file():
                return candidate
    return None


def schema_from_defaults(text: str, source: str = "") -> ConfigSchema:
    """Every leaf key of a default config with its value and comment help, in file order.

    A mapping with keys is a section (its comment is the section's help); every other value,
    an empty one included, is a field. Raises FrontMatterError when the file does not parse.
    """
    data = load(text, TolerantConfigLoader)
    fields: list[ConfigField] = []
    sections = {}
    for note in key_notes(text):
        _, value = lookup(data, note.path)
        if isinstance(value, dict) and value:
            sections[note.path] = note.help
            continue
        fields.append(
            ConfigField(
                note.path,
                kind_of(value),
                value,
                True,
                note.help,
                note.help,
                group=note.group,
            )
        )
    return ConfigSchema(tuple(fields), sections, source)


def read_theme_schema(path: Path) -> ConfigSchema:
    """The schema of a theme's default config file; empty when it cannot be read."""
    try:
        if path.stat().st_size > _MAX_BYTES:
            return ConfigSchema()
        text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
        return schema_from_defaults(text, str(path))
    except (OSError, UnicodeDecodeError, FrontMatterError):
        return ConfigSchema()
