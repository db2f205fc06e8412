"""``postpad fm``: read and edit front matter from the command line without touching other bytes.

Exit status: 0 on success; 1 with a one-line message on stderr when the file cannot be read,
parsed or saved, or the key is missing (the file is then untouched); 2 for usage errors.
"""

from __future__ import annotations

import argparse
import json
import sys

from postpad.core.errors import FrontMatterError, PostpadError
from postpad.core.frontmatter import WrittenDate, read_fields, set_field, unset_field
from postpad.core.frontmatter.yaml_codec import load_yaml
from postpad.core.textfile import LoadedText, read_text_file, save_text_file

USAGE_ERROR = 2
FAILURE = 1


class UsageError(Exception):
    """A bad VALUE or option combination (exit status 2)."""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.epilog = (
        "examples:\n"
        "  postpad fm get post.md --json\n"
        "  postpad fm get post.md date\n"
        "  postpad fm set post.md tags '[生活, 随笔]'\n"
        "  postpad fm set post.md title '2024: 总结' --string\n"
        "  postpad fm unset post.md cover"
    )
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    get = actions.add_parser("get", help="print one value, or all front matter as JSON")
    get.add_argument("file", metavar="FILE")
    get.add_argument("key", metavar="KEY", nargs="?", help="the key to print (default: all)")
    get.add_argument("--json", action="store_true", help="print the value as JSON")
    set_ = actions.add_parser("set", help="set KEY to VALUE, changing only that key's lines")
    set_.add_argument("file", metavar="FILE")
    set_.add_argument("key", metavar="KEY")
    set_.add_argument(
        "value", metavar="VALUE", help="one YAML 1.2 flow value: true, 3, [a, b], 'x'"
    )
    set_.add_argument("--string", action="store_true", help="take VALUE literally as text")
    _add_encoding_choice(set_)
    unset = actions.add_parser("unset", help="remove KEY's lines")
    unset.add_argument("file", metavar="FILE")
    unset.add_argument("key", metavar="KEY")
    _add_encoding_choice(unset)


def _add_encoding_choice(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--convert-to-utf8",
        action="store_true",
        help="for a file in a legacy encoding (e.g. GBK): save it as UTF-8",
    )


def run(args: argparse.Namespace) -> int:
    try:
        if args.action == "get":
            return _get(args)
        return _edit(args)
    except UsageError as exc:
        print(f"postpad fm: {exc}", file=sys.stderr)
        return USAGE_ERROR
    except FrontMatterError as exc:
        print(f"postpad fm: {args.file}: {exc}", file=sys.stderr)
        return FAILURE
    except PostpadError as exc:
        print(f"postpad fm: {exc}", file=sys.stderr)
        return FAILURE


def _get(args: argparse.Namespace) -> int:
    fields = read_fields(read_text_file(args.file).text)
    if args.key is None:
        print(_to_json(fields, indent=2))
        return 0
    if args.key not in fields:
        print(f"postpad fm: {args.file}: no front-matter key {args.key!r}", file=sys.stderr)
        return FAILURE
    value = fields[args.key]
    print(_to_json(value) if args.json else _plain(value))
    return 0


def _edit(args: argparse.Namespace) -> int:
    loaded = read_text_file(args.file)
    if args.action == "set":
        value = args.value if args.string else parse_value(args.value)
        value = _date_in_existing_layout(loaded.text, args.key, value)
        new_text = set_field(loaded.text, args.key, value)
    else:
        new_text = unset_field(loaded.text, args.key)
    if new_text != loaded.text or (args.convert_to_utf8 and loaded.format.legacy):
        _save(args, loaded, new_text)
    return 0


def _save(args: argparse.Namespace, loaded: LoadedText, text: str) -> None:
    file_format = loaded.format.converted_to_utf8() if args.convert_to_utf8 else loaded.format
    save_text_file(args.file, text, base=loaded, file_format=file_format)


def _date_in_existing_layout(text: str, key: str, value: object) -> object:
    """A date VALUE for a key that already holds a date is written in that key's layout
    (``2024/6/1`` stays ``YYYY/M/D``); a new key gets the date exactly as typed."""
    if not isinstance(value, WrittenDate) or value.value is None:
        return value
    if isinstance(read_fields(text).get(key), WrittenDate):
        return value.value
    return value


def parse_value(text: str) -> object:
    """VALUE as one YAML 1.2 flow value (``true``, ``3``, ``[a, b]``, ``'x'``, empty = null)."""
    if "\n" in text or "\r" in text:
        raise UsageError("VALUE must be one line; use --string for multi-line text")
    try:
        parsed = load_yaml(f"value: {text}\n")
    except FrontMatterError as exc:
        raise UsageError(f"VALUE is not a YAML value ({exc.message}); use --string") from exc
    if list(parsed) != ["value"]:
        raise UsageError("VALUE must be a single value; use --string for literal text")
    return parsed["value"]


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
