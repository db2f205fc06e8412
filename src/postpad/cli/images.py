"""``postpad images localize FILE [--dry-run]`` and ``postpad images upload FILE``.

``localize`` downloads a post's remote images (Markdown, ``<img>``, ``cover``/``top_img``...)
into the engine's asset folder and points only those links at the copies; ``upload`` sends
the post's local images to the configured image host and points their links at the URLs
(decision 0118). Failures are listed and keep their links. Exit 1 when any image failed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from postpad.core.errors import PostpadError
from postpad.core.images.localize import LocalizeResult, localize, remove_files
from postpad.core.images.settings import ImageSettingsStore
from postpad.core.images.upload import UploadError, uploader_for
from postpad.core.images.upload_post import upload_post_images
from postpad.core.site.detect import detect_site
from postpad.core.textfile import LoadedText, read_text_file, save_text_file
from postpad.core.userdirs import user_data_dir


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", required=True)
    local = sub.add_parser("localize", help="download remote images next to the post")
    local.add_argument("file", metavar="FILE", help="the post")
    local.add_argument("--dry-run", action="store_true", help="list what would change")
    local.add_argument("--timeout", type=float, default=15.0, help="seconds per image")
    upload = sub.add_parser("upload", help="upload the post's local images to the image host")
    upload.add_argument("file", metavar="FILE", help="the post")
    upload.add_argument("--dry-run", action="store_true", help="list the files, upload nothing")
    upload.add_argument("--settings", type=Path, help="image settings file (default: user's)")


def settings_path() -> Path:
    return user_data_dir() / "images.json"


def _report(links: dict[str, str], failed: dict[str, str], dry_run: bool) -> int:
    verb = "would change" if dry_run else "changed"
    for old, new in links.items():
        print(f"{verb}: {old} -> {new}")
    for url, reason in failed.items():
        print(f"failed: {url}: {reason} (link left as it was)", file=sys.stderr)
    print(f"{len(links)} image(s) {verb}, {len(failed)} failed", file=sys.stderr)
    return 1 if failed else 0


def _save(path: Path, loaded: LoadedText, text: str, result: LocalizeResult | None) -> None:
    try:
        save_text_file(path, text, base=loaded)
    except (OSError, PostpadError):
        if result is not None:
            remove_files(result)  # the post is as it was, so the downloads go too
        raise


def _localize(path: Path, args: argparse.Namespace) -> int:
    from postpad.core.images import fetch

    loaded = read_text_file(path)
    site = detect_site(path)
    result = localize(loaded.text, path, site, dry_run=args.dry_run,
                      fetch=lambda url: fetch.fetch_image(url, args.timeout))  # fmt: skip
    if result.changed and not args.dry_run:
        _save(path, loaded, result.text, result)
    return _report(result.links, result.failed, args.dry_run)


def _upload(path: Path, args: argparse.Namespace) -> int:
    loaded = read_text_file(path)
    site = detect_site(path)
    settings = ImageSettingsStore(args.settings or settings_path()).for_site(
        site.root if site else None
    )
    uploader = uploader_for(settings)
    if uploader is None:
        print("postpad images: no uploader configured (picgo, command or s3)", file=sys.stderr)
        return 2
    if args.dry_run:
        from postpad.core.images.upload_post import local_images

        _refs, files = local_images(loaded.text, path, site)
        return _report({ref: str(file) for ref, file in files.items()}, {}, True)
    result = upload_post_images(loaded.text, path, site, uploader)
    if result.links:
        _save(path, loaded, result.text, None)
    return _report(result.links, result.failed, False)


def run(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        print(f"postpad images: {path}: no such file", file=sys.stderr)
        return 2
    try:
        return _localize(path, args) if args.action == "localize" else _upload(path, args)
    except (OSError, PostpadError, UploadError) as exc:
        print(f"postpad images: {path}: {exc}", file=sys.stderr)
        return 2
