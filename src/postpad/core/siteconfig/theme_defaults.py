"""The installed theme's own default config: its values are the defaults, its comments the help.

Hexo themes ship ``_config.yml`` in the theme package (``themes/NAME`` for a cloned one, else
``node_modules/hexo-theme-NAME`` for an npm-installed one, in Hexo's order); Hexo merges the site's
``_config.NAME.yml`` (or ``theme_config:``) over it. Butterfly's comments are English (5.x) or
Chinese (older releases); they are shown as written, in the help of both languages.
"""

from __future__ import annotations

import re
from pathlib import Path

from postpad.core.engines import DEFAULT_ENGINE
from postpad.core.errors import FrontMatterError
from postpad.core.site.config import TolerantConfigLoader
from postpad.core.siteconfig import toml_tree
from postpad.core.siteconfig.comments import by_language, key_notes, plain_notes, toml_help
from postpad.core.siteconfig.paths import lookup
from postpad.core.siteconfig.schema import ConfigField, ConfigSchema, ValueKind, kind_of
from postpad.core.siteconfig.yaml_tree import load

_MAX_BYTES = 2 * 1024 * 1024
_WORD = r"[\w.-]+(?: [\w.-]+)?"
_LISTED = re.compile(r'\[\s*"[^"]*"(?:\s*,\s*"[^"]*")+\s*\]')
_OPTIONS = re.compile(rf"(?:^|:\s+)({_WORD}(?:\s+/\s+{_WORD})+)\s*$")


def theme_config_path(site_root: Path, theme: str, engine: str = DEFAULT_ENGINE) -> Path | None:
    """The theme's default ``_config.yml`` in the folder the engine loads, or None when the
    theme is not installed or that folder has none: the post header's own lookup
    (``postheader.settings.theme_config_file``, one lookup in Hexo's order, decision 0242)."""
    from postpad.core.postheader.settings import theme_config_file

    return theme_config_file(site_root, theme, engine)


def schema_from_defaults(text: str, source: str = "", *, toml: bool = False) -> ConfigSchema:
    """Every leaf key of a default config with its value and comment help, in file order.

    A mapping with keys is a section (its comment is the section's help); every other value,
    an empty one included, is a field. Raises FrontMatterError when the file does not parse.
    """
    if toml:
        data = toml_tree.load(text)
        notes = plain_notes(data, (), toml_help(text))
    else:
        data = load(text, TolerantConfigLoader)
        notes = key_notes(text)
    fields: list[ConfigField] = []
    sections = {}
    for note in notes:
        _, value = lookup(data, note.path)
        if isinstance(value, dict) and value:
            sections[note.path] = note.help
            continue
        choices = choices_in(note.help, value)
        kind = ValueKind.CHOICE if choices else kind_of(value)
        english, chinese = by_language(note.help)
        fields.append(
            ConfigField(note.path, kind, value, True, english, chinese, choices, note.group)
        )
    return ConfigSchema(tuple(fields), sections, source)


def hugo_theme_schema(site_root: Path, theme: str, stems: tuple[str, ...]) -> ConfigSchema:
    """The ``params`` a Hugo theme sets in its own config (``themes/NAME/hugo.toml``, or
    ``config/_default/params.toml``): Hugo merges them under the site's ``[params]``."""
    folder = site_root / "themes" / theme
    for name in stems:  # the engine's main config names (spec.config.main_stems)
        for suffix in (".toml", ".yaml", ".yml"):
            path = folder / f"{name}{suffix}"
            if path.is_file():
                schema = read_theme_schema(path)
                return _only_params(schema)
    params = folder / "config" / "_default" / "params.toml"
    if params.is_file():
        return read_theme_schema(params).under(("params",))
    return ConfigSchema()


def _only_params(schema: ConfigSchema) -> ConfigSchema:
    fields = tuple(item for item in schema.fields if item.path[0].lower() == "params")
    sections = {k: v for k, v in schema.sections.items() if k[0].lower() == "params"}
    return ConfigSchema(fields, sections, schema.source if fields else "")


def choices_in(help_text: str, default: object) -> tuple[str, ...]:
    """The options a comment lists as ``a / b / c`` (Butterfly: "Code block theme: darker /
    pale night / light / ocean / false") or ``["a", "b"]`` (LoveIt), when the default is text
    among them or empty."""
    if not isinstance(default, str | None):
        return ()
    for line in help_text.split("\n"):
        listed = _LISTED.search(line)
        match = _OPTIONS.search(line)
        if listed is not None:  # LoveIt: site default theme ["auto", "light", "dark"]
            options = tuple(re.findall(r'"([^"]*)"', listed.group(0)))
        elif match is not None:
            options = tuple(option.strip() for option in match.group(1).split("/"))
        else:
            continue
        if default is None or default in options:
            return options
    return ()


def read_theme_schema(path: Path) -> ConfigSchema:
    """The schema of a theme's default config file; empty when it cannot be read."""
    try:
        if path.stat().st_size > _MAX_BYTES:
            return ConfigSchema()
        text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
        return schema_from_defaults(text, str(path), toml=path.suffix == ".toml")
    except (OSError, UnicodeDecodeError, FrontMatterError):
        return ConfigSchema()
