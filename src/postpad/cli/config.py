"""``postpad config``: read and change one key of a site or theme config file, minimally.

``postpad config get FILE KEY.PATH`` prints a value (``--json`` as JSON; without KEY.PATH the
whole file as JSON); ``postpad config set FILE KEY.PATH VALUE`` changes only that key's text
(decision 0136); ``unset`` removes its lines; ``keys`` lists the known keys with their defaults.
Exit status: 0 on success; 1 with a one-line message on stderr when the file cannot be read,
parsed or saved, the key is missing, or the edit is refused (the file is then untouched); 2 for
usage errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from postpad.cli.fm import FAILURE, USAGE_ERROR, UsageError, parse_value
from postpad.core.errors import FrontMatterError, PostpadError
from postpad.core.siteconfig import (
    ConfigKind,
    config_kind,
    entries_for,
    get_value,
    read_values,
    schema_for,
    set_value,
    unset_value,
)
from postpad.core.siteconfig.kind import FORMATS
from postpad.core.siteconfig.paths import dotted
from postpad.core.textfile import read_text_file, save_text_file


def configure(parser: argparse.ArgumentParser) -> None:
    from postpad.cli.fm import _ValuesMayStartWithDash

    parser.epilog = (
        "examples:\n"
        "  postpad config get _config.butterfly.yml nav.fixed\n"
        "  postpad config set _config.butterfly.yml nav.fixed true\n"
        "  postpad config set hugo.toml markup.goldmark.renderer.unsafe true\n"
        "  postpad config set _config.yml title '我的博客' --string\n"
        "  postpad config keys _config.butterfly.yml --missing\n"
        "\n"
        "KEY.PATH names nested keys with dots; Hugo keys match in any case (baseurl = baseURL).\n"
        "A missing key is added under its parent, which is created when needed."
    )
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    actions = parser.add_subparsers(
        dest="action", required=True, metavar="ACTION", parser_class=_ValuesMayStartWithDash
    )
    get = actions.add_parser("get", help="print one value, or the whole config as JSON")
    get.add_argument("file", metavar="FILE")
    get.add_argument("key", metavar="KEY.PATH", nargs="?")
    get.add_argument("--json", action="store_true", help="print the value as JSON")
    set_ = actions.add_parser("set", help="set KEY.PATH to VALUE, changing only its text")
    set_.add_argument("file", metavar="FILE")
    set_.add_argument("key", metavar="KEY.PATH")
    set_.add_argument("value", metavar="VALUE", help="one YAML flow value: true, 3, [a, b], 'x'")
    set_.add_argument("--string", action="store_true", help="take VALUE literally as text")
    unset = actions.add_parser("unset", help="remove KEY.PATH and its lines")
    unset.add_argument("file", metavar="FILE")
    unset.add_argument("key", metavar="KEY.PATH")
    keys = actions.add_parser("keys", help="list the keys with value, default and help")
    keys.add_argument("file", metavar="FILE")
    keys.add_argument("--missing", action="store_true", help="only keys the file lacks")


def run(args: argparse.Namespace) -> int:
    try:
        if args.action == "get":
            return _get(args)
        if args.action == "keys":
            return _keys(args)
        return _edit(args)
    except UsageError as exc:
        print(f"postpad config: {exc}", file=sys.stderr)
        return USAGE_ERROR
    except FrontMatterError as exc:
        print(f"postpad config: {args.file}: {exc}", file=sys.stderr)
        return FAILURE
    except PostpadError as exc:
        print(f"postpad config: {exc}", file=sys.stderr)
        return FAILURE


def kind_of(file: str) -> ConfigKind:
    """What FILE configures (from its name and site); any YAML/TOML file is accepted."""
    path = Path(file)
    from postpad.core.site.detect import detect_site

    try:
        site = detect_site(path.resolve())
    except (PostpadError, OSError, ValueError):
        site = None
    kind = config_kind(path.resolve(), site)
    if kind is not None:
        return kind
    form = FORMATS.get(path.suffix.lower())
    if form is None:
        raise UsageError(f"{file}: not a YAML, TOML or JSON config file")
    return ConfigKind(form, "site", form, None, path.resolve().parent)


def _get(args: argparse.Namespace) -> int:
    kind = kind_of(args.file)
    text = read_text_file(args.file).text
    if args.key is None:
        print(_to_json(read_values(text, kind), indent=2))
        return 0
    found, value = get_value(text, kind, args.key)
    if not found:
        print(f"postpad config: {args.file}: no key {args.key!r}", file=sys.stderr)
        return FAILURE
    print(_to_json(value) if args.json else _plain(value))
    return 0


def _edit(args: argparse.Namespace) -> int:
    kind = kind_of(args.file)
    loaded = read_text_file(args.file)
    if args.action == "set":
        value = args.value if args.string else parse_value(args.value)
        new_text = set_value(loaded.text, kind, args.key, value)
    else:
        new_text = unset_value(loaded.text, kind, args.key)
    if new_text != loaded.text:
        save_text_file(args.file, new_text, base=loaded, file_format=loaded.format)
    return 0


def _keys(args: argparse.Namespace) -> int:
    kind = kind_of(args.file)
    text = read_text_file(args.file).text
    entries = entries_for(text, kind, schema_for(kind, read_values(text, kind)))
    for entry in entries:
        if args.missing and entry.present:
            continue
        mark = " " if entry.present else "+"
        default = _to_json(entry.field.default) if entry.field.has_default else "-"
        shown = _to_json(entry.value) if entry.present else "(missing)"
        print(f"{mark} {dotted(entry.path)} = {shown}  [default {default}]")
    return 0


def _plain(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return str(value)
    return _to_json(value)


def _to_json(value: object, indent: int | None = None) -> str:
    return json.dumps(value, ensure_ascii=False, indent=indent, default=str)
