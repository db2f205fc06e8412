"""The YAML and TOML parsers' own words in the interface language (decision 0196).

PyYAML (libyaml's C parser when present, its pure-Python one otherwise) explains a broken header
in English: "did not find expected key (while parsing a block mapping)". The form's error banner
put that sentence, untranslated, inside its 简体中文 frame. The messages are a small fixed set, so
each known phrase is replaced by its translation and anything unknown stays as the parser wrote
it (a quoted character, a token name).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _phrases() -> list[tuple[str, str]]:
    """(PyYAML's phrase, the same in the interface language); longer phrases first."""
    translate = QCoreApplication.translate
    pairs = [
        # problems: libyaml's wording, then the pure-Python parser's where it differs
        (
            "did not find expected ',' or ']'",
            translate("YamlMessages", "did not find expected ',' or ']'"),
        ),
        (
            "did not find expected ',' or '}'",
            translate("YamlMessages", "did not find expected ',' or '}'"),
        ),
        ("did not find expected key", translate("YamlMessages", "did not find expected key")),
        (
            "did not find expected node content",
            translate("YamlMessages", "did not find expected node content"),
        ),
        (
            "did not find expected '-' indicator",
            translate("YamlMessages", "did not find expected '-' indicator"),
        ),
        (
            "did not find expected alphabetic or numeric character",
            translate("YamlMessages", "did not find expected alphabetic or numeric character"),
        ),
        ("could not find expected ':'", translate("YamlMessages", "could not find expected ':'")),
        (
            "mapping values are not allowed in this context",
            translate("YamlMessages", "mapping values are not allowed in this context"),
        ),
        (
            "mapping values are not allowed here",
            translate("YamlMessages", "mapping values are not allowed here"),
        ),
        (
            "block sequence entries are not allowed in this context",
            translate("YamlMessages", "block sequence entries are not allowed in this context"),
        ),
        (
            "found a tab character that violates indentation",
            translate("YamlMessages", "found a tab character that violates indentation"),
        ),
        (
            "found a tab character that cannot start any token",  # Postpad names the tab
            translate("YamlMessages", "found a tab character that cannot start any token"),
        ),
        (
            "found character that cannot start any token",
            translate("YamlMessages", "found character that cannot start any token"),
        ),
        (
            "found unexpected end of stream",
            translate("YamlMessages", "found unexpected end of stream"),
        ),
        (
            "found unknown escape character",
            translate("YamlMessages", "found unknown escape character"),
        ),
        ("found undefined alias", translate("YamlMessages", "found undefined alias")),
        (
            "expected <block end>, but found",
            translate("YamlMessages", "expected <block end>, but found"),
        ),
        # contexts: where the parser was when it gave up
        (
            "while parsing a flow sequence",
            translate("YamlMessages", "while parsing a flow sequence"),
        ),
        ("while parsing a flow mapping", translate("YamlMessages", "while parsing a flow mapping")),
        (
            "while parsing a block mapping",
            translate("YamlMessages", "while parsing a block mapping"),
        ),
        (
            "while parsing a block collection",
            translate("YamlMessages", "while parsing a block collection"),
        ),
        ("while parsing a block node", translate("YamlMessages", "while parsing a block node")),
        ("while parsing a flow node", translate("YamlMessages", "while parsing a flow node")),
        (
            "while parsing a quoted scalar",
            translate("YamlMessages", "while parsing a quoted scalar"),
        ),
        (
            "while scanning a quoted scalar",
            translate("YamlMessages", "while scanning a quoted scalar"),
        ),
        (
            "while scanning a plain scalar",
            translate("YamlMessages", "while scanning a plain scalar"),
        ),
        ("while scanning a simple key", translate("YamlMessages", "while scanning a simple key")),
        (
            "while scanning for the next token",
            translate("YamlMessages", "while scanning for the next token"),
        ),
        ("while scanning an anchor", translate("YamlMessages", "while scanning an anchor")),
        ("while scanning an alias", translate("YamlMessages", "while scanning an alias")),
        # Postpad's own loader (core/frontmatter/yaml_codec.py), as js-yaml and Hugo refuse them
        ("duplicated mapping key", translate("YamlMessages", "duplicated mapping key")),
        (
            "found a list or mapping used as a key",
            translate("YamlMessages", "found a list or mapping used as a key"),
        ),
        (
            "while constructing a mapping",
            translate("YamlMessages", "while constructing a mapping"),
        ),
    ]
    return sorted(pairs + _toml_phrases(), key=lambda pair: -len(pair[0]))


def _toml_phrases() -> list[tuple[str, str]]:
    """tomlkit's words, and the core's for tomlkit's end of input (core/frontmatter/toml_codec)."""
    translate = QCoreApplication.translate
    return [
        ("unexpected end of the header", translate("TomlMessages", "unexpected end of the header")),
        ("unexpected end of the line", translate("TomlMessages", "unexpected end of the line")),
        ("Unexpected character:", translate("TomlMessages", "Unexpected character:")),
        (
            "Invalid number or date format",
            translate("TomlMessages", "Invalid number or date format"),
        ),
        ("Invalid datetime", translate("TomlMessages", "Invalid datetime")),
        ("Invalid date", translate("TomlMessages", "Invalid date")),
        ("Invalid time", translate("TomlMessages", "Invalid time")),
        ("Invalid number", translate("TomlMessages", "Invalid number")),
        ("Empty key", translate("TomlMessages", "Empty key")),
        ("Mixed types found in array", translate("TomlMessages", "Mixed types found in array")),
    ]


def in_interface_language(message: str) -> str:
    """``message`` with every known parser phrase translated (unchanged in English). The core
    writes "problem (context)"; the brackets around a known context follow the language too."""
    brackets = QCoreApplication.translate("YamlMessages", " (%1)")
    for english, translated in _phrases():
        if f" ({english})" in message:
            message = message.replace(f" ({english})", brackets.replace("%1", translated))
        if english in message:
            message = message.replace(english, translated)
    return message
