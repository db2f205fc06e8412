"""``postpad check PATH ...``: report what the blog engine would silently get wrong.

Files or folders (a site root checks all of its posts and drafts). Prints ``path:line:column:
severity: message [code]`` lines, or JSON with ``--json``. Exit status 1 when any error was found,
0 otherwise (warnings alone do not fail), 2 for usage errors: a blog's CI can run it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from postpad.core.site.check import check_paths, summarize
from postpad.core.site.detect import detect_site


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="posts or folders (a whole site)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument(
        "--errors-only", action="store_true", help="do not print warnings (exit status unchanged)"
    )
    parser.add_argument(
        "--remote",
        action="store_true",
        help="also fetch remote images (network) and list unused local images (decision 0119)",
    )


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def run(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.paths]
    missing = [p for p in paths if not p.exists()]
    if missing:
        for path in missing:
            print(f"postpad check: {path}: no such file or folder", file=sys.stderr)
        return 2
    findings = check_paths(paths)
    if args.remote:
        from postpad.core.images.remote import remote_findings

        findings = sorted([*findings, *remote_findings(paths)], key=lambda f: (str(f.path), f.line))
    errors, warnings = summarize(findings)
    shown = [f for f in findings if f.severity == "error" or not args.errors_only]
    if args.json:
        sites = {}
        for path in paths:
            site = detect_site(path)
            if site is not None:
                sites[str(site.root)] = {"engine": site.engine, "theme": site.theme}
        report = {
            "errors": errors, "warnings": warnings, "sites": sites,
            "findings": [f.as_json() for f in shown],
        }  # fmt: skip
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for f in shown:
            print(f"{_display(f.path)}:{f.line}:{f.column}: {f.severity}: {f.message} [{f.code}]")
        print(f"{errors} error(s), {warnings} warning(s)", file=sys.stderr)
    return 1 if errors else 0
