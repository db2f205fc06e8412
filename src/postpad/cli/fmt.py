"""``postpad fmt --tables FILE ...``: line up the pipes of every Markdown table in place.

Only table lines change, and only tables the post's engine reads as tables (Jekyll's kramdown
is stricter than GFM); every other byte (front matter, code blocks, line endings, BOM,
encoding) is written back as read (core.textfile). ``--check`` changes nothing and exits 1 when a
file would change, for a blog's CI (docs/decisions/0120-tables.md).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from postpad.core.engines import engine_for
from postpad.core.errors import PostpadError
from postpad.core.render.options import ENGINES
from postpad.core.site.detect import detect_site
from postpad.core.text.tables import Flavour, find_tables, format_tables
from postpad.core.textfile import read_text_file, save_text_file


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="Markdown posts to format")
    parser.add_argument(
        "--tables",
        action="store_true",
        help="align table pipes (East Asian wide characters count as two columns)",
    )
    parser.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 when a file would change"
    )
    parser.add_argument(
        "--engine",
        choices=ENGINES,
        help="the blog engine (default: detected from the site around each file); Jekyll's "
        "kramdown sees fewer tables than GFM, and only those are formatted",
    )


def flavour_for(path: Path, engine: str | None) -> Flavour:
    """The table syntax the post's engine reads: kramdown for Jekyll, GFM otherwise."""
    if engine is None:
        site = detect_site(path)
        engine = site.engine if site is not None else ""
    return engine_for(engine).table_flavour


def format_file(path: Path, *, check: bool, engine: str | None = None) -> tuple[bool, int]:
    """Format ``path``'s tables; return (changed, number of tables found)."""
    loaded = read_text_file(path)
    flavour = flavour_for(path, engine)
    new_text = format_tables(loaded.text, flavour)
    changed = new_text != loaded.text
    if changed and not check:
        # the file keeps its own encoding: only the table lines change (minimal diff)
        save_text_file(path, new_text, base=loaded, file_format=loaded.format.keeping_legacy())
    return changed, len(find_tables(loaded.text, flavour))


def run(args: argparse.Namespace) -> int:
    if not args.tables:
        print("postpad fmt: say what to format (--tables)", file=sys.stderr)
        return 2
    failed = changed_any = False
    for name in args.files:
        path = Path(name)
        try:
            changed, count = format_file(path, check=args.check, engine=args.engine)
        except PostpadError as error:
            print(f"postpad fmt: {path}: {error}", file=sys.stderr)
            failed = True
            continue
        changed_any |= changed
        verb = "would format" if args.check else "formatted"
        state = f"{verb} {count} table(s)" if changed else f"unchanged ({count} table(s))"
        print(f"{path}: {state}")
    if failed:
        return 2
    return 1 if args.check and changed_any else 0
