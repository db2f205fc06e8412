"""``postpad render FILE [-o OUT.html] [--engine NAME] [--theme light|dark]``.

Writes a standalone HTML page (styles inlined, no scripts, works offline). The engine and theme
come from the site the post belongs to when not given.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from postpad.core.errors import PostpadError
from postpad.core.render import ENGINES, RenderOptions, render, standalone_page
from postpad.core.render.options import options_for_site
from postpad.core.textfile import read_text_file


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the post to render")
    parser.add_argument("-o", "--output", metavar="OUT.html", help="write here instead of stdout")
    parser.add_argument(
        "--engine", choices=ENGINES, help="dialect (default: the post's site, else hexo)"
    )
    parser.add_argument("--theme", choices=("light", "dark"), default="light", help="page colours")
    parser.add_argument(
        "--site-theme", metavar="NAME", help="blog theme whose tags to draw (butterfly)"
    )
    parser.add_argument(
        "--allow-remote-images", action="store_true", help="let the page load http(s) images"
    )
    parser.add_argument("--warnings", action="store_true", help="print render warnings to stderr")


def _options(args: argparse.Namespace, path: Path) -> RenderOptions:
    site = None
    try:
        from postpad.core.site import detect_site

        site = detect_site(path)
    except Exception:  # site detection is a convenience; a broken config must not stop render
        site = None
    changes: dict[str, object] = {"allow_remote_images": bool(args.allow_remote_images)}
    if args.engine:
        changes["engine"] = args.engine
    if args.site_theme:
        changes["theme"] = args.site_theme
    if site is not None:
        return options_for_site(site, path, **changes)
    return RenderOptions(post_path=path, **changes)  # type: ignore[arg-type]


def _title(text: str, fallback: str) -> str:
    for line in text.split("\n", 40)[:40]:
        if line.startswith("title:"):
            return line[6:].strip().strip("'\"") or fallback
    return fallback


def run(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        loaded = read_text_file(path)
    except PostpadError as exc:
        print(f"postpad render: {path}: {exc}", file=sys.stderr)
        return 1
    options = _options(args, path.resolve())
    rendered = render(loaded.text, options)
    page = standalone_page(
        rendered,
        args.theme,
        title=_title(loaded.text, path.stem),
        allow_remote_images=options.allow_remote_images,
    )
    if args.warnings:
        for warning in rendered.warnings:
            print(f"{path}:{warning.line}: {warning.code}: {warning.message}", file=sys.stderr)
    if args.output:
        try:
            Path(args.output).write_text(page, encoding="utf-8")
        except OSError as exc:
            print(f"postpad render: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
            return 1
        return 0
    sys.stdout.write(page)
    return 0
