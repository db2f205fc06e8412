"""``postpad new --site DIR "标题" [--draft]``: create a post where the site's engine expects it.

Prints the new file's path. The name, folder, scaffold, date format and time zone follow the site
(see ``postpad.core.site.newpost``); an existing file is never overwritten.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from postpad.core.site.detect import detect_site
from postpad.core.site.newpost import PostExistsError, create_post, plan_new_post
from postpad.core.site.slug import SLUG_STYLES
from postpad.core.site.taxonomy import split_path, split_terms


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("title", help="the post title (Chinese is fine)")
    parser.add_argument(
        "--site", default=".", help="the site folder or any file in it (default: .)"
    )
    parser.add_argument(
        "--draft",
        action="store_true",
        default=None,
        help="create a draft (Hugo: without it, the archetype decides)",
    )
    parser.add_argument(
        "--slug-style",
        choices=SLUG_STYLES,
        default="pinyin",
        help="file name from the title: pinyin (xin-zhi) or the engine's own slugify",
    )
    parser.add_argument("--slug", help="use this file name slug instead of one from the title")
    parser.add_argument(
        "--bundle", action="store_true", help="Hugo/Zola: create a page bundle (slug/index.md)"
    )
    parser.add_argument(
        "--tag", action="append", default=[], help="a tag (repeat, or separate with commas)"
    )
    parser.add_argument(
        "--category", default="", help="one category path, 'A/B' (Hexo: the hierarchy A › B)"
    )
    parser.add_argument("--dry-run", action="store_true", help="print the path and text only")


def run(args: argparse.Namespace) -> int:
    site = detect_site(Path(args.site))
    if site is None:
        print(f"postpad new: no Hexo, Hugo, Jekyll, Eleventy, Zola or Astro site at {args.site}",
              file=sys.stderr)  # fmt: skip
        return 2
    plan = plan_new_post(
        site, args.title, draft=args.draft, slug_style=args.slug_style, slug=args.slug,
        bundle=args.bundle, tags=split_terms(args.tag), category=split_path(args.category),
    )  # fmt: skip
    if args.dry_run:
        print(plan.path)
        print(plan.text, end="")
        return 0
    try:
        path = create_post(plan)
    except PostExistsError as exc:
        print(f"postpad new: {exc} already exists", file=sys.stderr)
        return 1
    print(path)
    return 0
