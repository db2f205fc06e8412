"""``postpad fm``: read and edit front matter from the command line without touching other bytes.

Exit status: 0 on success; 1 with a one-line message on stderr when the file cannot be read,
parsed or saved, or the key is missing (the file is then untouched); 2 for usage errors.

Keys and the header are found the way the post's engine finds them (docs/decisions/0090): the
engine of the site the file is in, or ``--engine``. A VALUE may start with ``-``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from postpad.core.engines import engine_for, engine_names
from postpad.core.errors import FrontMatterError, PostpadError
from postpad.core.frontmatter import (
    WrittenDate,
    read_fields,
    set_field,
    split_front_matter,
    unset_field,
)
from postpad.core.frontmatter.dates import typed_date
from postpad.core.frontmatter.engine_reading import (
    EngineReadsError,
    EngineRefusesError,
    engine_fields,
)
from postpad.core.frontmatter.engine_rules import match_key, rules_for
from postpad.core.frontmatter.yaml_codec import load_yaml
from postpad.core.textfile import LoadedText, read_text_file, save_text_file

USAGE_ERROR = 2
FAILURE = 1


class UsageError(Exception):
    """A bad VALUE or option combination (exit status 2)."""


class _ValuesMayStartWithDash(argparse.ArgumentParser):
    """A parser whose positionals may start with ``-`` (a title ``-LKs-网站推荐``): a word with
    one leading ``-`` that is not one of its options is a positional, wherever it stands. Words
    after ``--`` are positionals too (for a value like ``--x--``)."""

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: Any = None
    ) -> tuple[argparse.Namespace, list[str]]:
        return super().parse_known_args(self._reordered(list(args or [])), namespace)

    def _reordered(self, words: list[str]) -> list[str]:
        options: list[str] = []
        positionals: list[str] = []
        index = 0
        while index < len(words):
            word = words[index]
            name = word.split("=", 1)[0]
            action = self._option_string_actions.get(name)
            if word == "--":
                positionals.extend(words[index + 1 :])
                break
            if action is None and not word.startswith("--"):
                positionals.append(word)  # `-x`, `-LKs-网站推荐`, `-5`: a value, not an option
            else:
                options.append(word)  # an unknown `--word` stays an option: a usage error
                if (
                    action is not None
                    and action.nargs is None
                    and "=" not in word
                    and index + 1 < len(words)
                ):
                    index += 1
                    options.append(words[index])
            index += 1
        return [*options, "--", *positionals] if positionals else options


def configure(parser: argparse.ArgumentParser) -> None:
    parser.epilog = (
        "examples:\n"
        "  postpad fm get post.md --json\n"
        "  postpad fm get post.md date\n"
        "  postpad fm set post.md tags '[生活, 随笔]'\n"
        "  postpad fm set post.md title '2024: 总结' --string\n"
        "  postpad fm set post.md title -LKs-网站推荐      (a VALUE may start with -)\n"
        "  postpad fm set post.md title -- --draft--   (or put -- before it)\n"
        "  postpad fm unset post.md cover\n"
        "\n"
        "Keys match the way the post's engine matches them: Hugo reads Title as title, so\n"
        "`fm set post.md title X` edits an existing Title line; Hexo and Jekyll match exactly.\n"
        "The engine is the one of the site the file is in (--engine to name it)."
    )
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    actions = parser.add_subparsers(
        dest="action", required=True, metavar="ACTION", parser_class=_ValuesMayStartWithDash
    )
    get = actions.add_parser("get", help="print one value, or all front matter as JSON")
    get.add_argument("file", metavar="FILE")
    get.add_argument("key", metavar="KEY", nargs="?", help="the key to print (default: all)")
    get.add_argument("--json", action="store_true", help="print the value as JSON")
    _add_engine_choice(get)
    set_ = actions.add_parser("set", help="set KEY to VALUE, changing only that key's lines")
    set_.add_argument("file", metavar="FILE")
    set_.add_argument("key", metavar="KEY")
    set_.add_argument(
        "value",
        metavar="VALUE",
        help="one YAML 1.2 flow value: true, 3, [a, b], 'x'; may start with -",
    )
    set_.add_argument("--string", action="store_true", help="take VALUE literally as text")
    _add_engine_choice(set_)
    _add_encoding_choice(set_)
    unset = actions.add_parser("unset", help="remove KEY's lines")
    unset.add_argument("file", metavar="FILE")
    unset.add_argument("key", metavar="KEY")
    _add_engine_choice(unset)
    _add_encoding_choice(unset)


def _add_engine_choice(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--engine",
        choices=engine_names(),
        help="the engine that builds the post (default: the site's, found from FILE)",
    )


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


def engine_of(args: argparse.Namespace) -> str | None:
    """``--engine``, else the engine of the site FILE is in, else None (unknown)."""
    if args.engine:
        return str(args.engine)
    from postpad.core.site.detect import detect_site

    try:
        site = detect_site(Path(args.file).resolve())
    except (PostpadError, OSError, ValueError):
        return None
    return site.engine if site is not None else None


#: what the engine does with a header its reader refuses too (engine data, decision 0239)
_REFUSALS = {
    "build_stops": "{} refuses it too: the build stops",
    "header_dropped": "{} refuses it too: it publishes the post without its front matter",
    "post_left_out": "{} refuses it too: it leaves the post out of the site",
}


def _as_engine_reads(text: str, engine: str | None, file: str) -> dict[str, object]:
    """The header's fields as the engine reads them: one Postpad's reader refuses and the
    engine reads (decision 0239) is read as the engine does (decision 0249), said on stderr."""
    try:
        return read_fields(text, engine=engine or "")
    except EngineReadsError as error:
        split = split_front_matter(text, engine=error.engine)
        read = engine_fields(split.inner, split.inner_line - 1, error.engine)
        if read is None:
            raise
        name = rules_for(error.engine).display
        print(
            f"postpad fm: {file}: Postpad's YAML reader cannot read the front matter ({error}); "
            f"{name} reads it: the values are {name}'s reading",
            file=sys.stderr,
        )
        return read.fields


def _editable(text: str, engine: str | None, file: str) -> None:
    """Refuse, as the form does (read-only, decisions 0239 and 0249), to edit a header
    Postpad's reader cannot read, saying what the engine does with it, or that the file is a
    site's template (decision 0250), not a post (decision 0259)."""
    try:
        _engine_verdict(text, engine)
    except FrontMatterError as verdict:
        template = _template_name(file)
        if template is None:
            raise
        error = verdict.__cause__ if isinstance(verdict.__cause__, FrontMatterError) else verdict
        raise FrontMatterError(
            f"Postpad cannot read this front matter ({error}); this file is a template "
            f"({template}), not a post: its {{{{ … }}}} placeholders are filled in when a post "
            "is made from it. Edit the template as text"
        ) from verdict


def _template_name(file: str) -> str | None:
    from postpad.core.site.detect import detect_site
    from postpad.core.site.template_files import template_name

    path = Path(file).resolve()
    try:
        site = detect_site(path)
    except (PostpadError, OSError, ValueError):
        site = None
    return template_name(path, site)


def _engine_verdict(text: str, engine: str | None) -> None:
    """Raise for a header Postpad's reader refuses, with what the engine does with it."""
    try:
        read_fields(text, engine=engine or "")
    except EngineReadsError as error:
        raise FrontMatterError(
            f"Postpad cannot read this front matter ({error}); "
            f"{rules_for(error.engine).display} reads it as written: the post builds. "
            "Postpad leaves this header to you: edit it as text"
        ) from error
    except EngineRefusesError as error:
        refusal = _REFUSALS.get(engine_for(error.engine).front_matter.refused_header)
        if refusal is None:
            raise
        name = rules_for(error.engine).display
        raise FrontMatterError(
            f"the front matter does not parse ({error}); {refusal.format(name)}"
        ) from error


def _get(args: argparse.Namespace) -> int:
    engine = engine_of(args)
    fields = _as_engine_reads(read_text_file(args.file).text, engine, args.file)
    if args.key is None:
        print(_to_json(fields, indent=2))
        return 0
    found = match_key(fields, args.key, engine)
    if not found.exists:
        print(f"postpad fm: {args.file}: no front-matter key {args.key!r}", file=sys.stderr)
        return FAILURE
    if found.winner is None:
        raise FrontMatterError(
            f"{rules_for(engine).display} reads {' and '.join(map(repr, found.spellings))} "
            "as one key and picks one at random"
        )
    value = fields[found.winner]
    print(_to_json(value) if args.json else _plain(value))
    return 0


def _edit(args: argparse.Namespace) -> int:
    loaded = read_text_file(args.file)
    engine = engine_of(args)
    _editable(loaded.text, engine, args.file)
    if args.action == "set":
        value = args.value if args.string else parse_value(args.value)
        value = _date_in_existing_layout(loaded.text, args.key, value, engine, args.file)
        new_text = set_field(loaded.text, args.key, value, engine=engine)
    else:
        new_text = unset_field(loaded.text, args.key, engine=engine)
        _say_what_remains(args, new_text, engine)
    if new_text != loaded.text or (args.convert_to_utf8 and loaded.format.legacy):
        _save(args, loaded, new_text)
    return 0


def _say_what_remains(args: argparse.Namespace, text: str, engine: str | None) -> None:
    """After removing one spelling of a Hugo key, say which spelling Hugo still reads."""
    try:
        found = match_key(read_fields(text, engine=engine or ""), args.key, engine)
    except FrontMatterError:
        return
    if found.exists:
        names = " and ".join(repr(name) for name in found.spellings)
        print(
            f"postpad fm: {args.file}: {rules_for(engine).display} still reads {names} "
            f"as {args.key!r}",
            file=sys.stderr,
        )


def _save(args: argparse.Namespace, loaded: LoadedText, text: str) -> None:
    file_format = loaded.format.converted_to_utf8() if args.convert_to_utf8 else loaded.format
    save_text_file(args.file, text, base=loaded, file_format=file_format)


def _date_in_existing_layout(
    text: str, key: str, value: object, engine: str | None, args_file: str = ""
) -> object:
    """A date VALUE for a key that already holds a date (or a date-shaped string) is written in
    that key's layout (``2024/6/1`` stays ``YYYY/M/D``), widened when the layout cannot hold
    what was typed (a time for a date-only key); a new key gets the date exactly as typed."""
    if not isinstance(value, WrittenDate) or value.value is None:
        return value
    fields = read_fields(text, engine=engine or "")
    try:
        found = match_key(fields, key, engine)
    except FrontMatterError:
        return value  # set_field says why
    previous = fields.get(found.winner) if found.winner is not None else None
    return typed_date(_in_site_zone(args_file, value, engine), previous, engine)


def _in_site_zone(path: str, typed: WrittenDate, engine: str | None) -> WrittenDate:
    """For an engine that reads a time without offset as UTC (Jekyll), a typed wall-clock time
    gets the site's ``timezone`` offset, so the engine shows the time the user typed."""
    moment = typed.value
    if not rules_for(engine).naive_time_is_utc or not isinstance(moment, dt.datetime):
        return typed
    if moment.tzinfo is not None:
        return typed
    zone = _site_zone(path)
    if zone is None:
        print(
            f"postpad fm: {path}: {rules_for(engine).display} reads a time without an offset "
            "as UTC; add one (e.g. +0800) if you meant local time",
            file=sys.stderr,
        )
        return typed
    return WrittenDate(str(typed), moment.replace(tzinfo=zone))


def _site_zone(path: str) -> dt.tzinfo | None:
    from postpad.core.site.dates import site_zone
    from postpad.core.site.detect import detect_site

    try:
        site = detect_site(Path(path).resolve())
    except (PostpadError, OSError, ValueError):
        return None
    return site_zone(site.config) if site is not None else None


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
