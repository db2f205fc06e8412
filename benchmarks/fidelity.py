"""Preview fidelity and edit safety per engine: constructs and real posts against the real engines.

1. Constructs (tests/engines/corpus/constructs.txt): one build per engine, Postpad's HTML vs the
   engine's after normalising (one JSON line per engine, "kind": "constructs").
2. The real-post corpus (tests/corpus, or --corpus DIR in the same layout, e.g. /work/realblogs):
   per engine the posts, preview identical under strict and lenient normalisation, edits read
   back right by the engine, silent edit losses, `postpad check` errors that are real, and the
   top causes of preview differences ("kind": "corpus"), then a readable table.

Usage: python benchmarks/fidelity.py [ENGINE ...] [--diff] [--corpus DIR] [--site TEXT]
           [--no-constructs] [--no-corpus] [--examples N] [--max-posts N] [--write-baseline]
--write-baseline rewrites the entries of the measured sites in tests/corpus/fidelity_baseline.toml
(all sites, or those chosen by ENGINE / --site; others are kept), keeping written failure reasons.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import sys
import tempfile
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

ENGINE_TESTS = Path(__file__).resolve().parents[1] / "tests" / "engines"
sys.path.insert(0, str(ENGINE_TESTS))

from corpus_baseline import summary, write_baseline  # noqa: E402
from corpus_report import SiteReport, measure_site  # noqa: E402
from corpus_sites import CORPUS, CorpusSite, load_sites  # noqa: E402
from engine_harness import ENGINES  # noqa: E402
from fidelity_kit import compare, engine_snippets, load_corpus  # noqa: E402


def measure(name: str, show_diff: bool) -> dict[str, object]:
    engine = ENGINES[name]
    reason = engine.unavailable()
    if reason:
        return {"kind": "constructs", "engine": name, "skipped": reason}
    constructs = load_corpus()
    with tempfile.TemporaryDirectory(prefix=f"fidelity-{name}-") as where:
        theirs = engine_snippets(name, constructs, Path(where))
    results = compare(name, theirs, constructs)
    different = [r.construct for r in results if not r.identical]
    if show_diff:
        for r in results:
            if not r.identical:
                lines = difflib.unified_diff(
                    (r.engine_html or "(engine refused it)").splitlines(),
                    r.postpad.splitlines(),
                    f"{name}/{r.construct} (engine)",
                    "postpad",
                    lineterm="",
                )
                print("\n".join(lines), file=sys.stderr)
    identical = len(results) - len(different)
    return {
        "kind": "constructs",
        "engine": name,
        "version": engine.version(),
        "constructs": len(results),
        "identical": identical,
        "score": round(identical / len(results), 3) if results else None,
        "different": different,
    }


def sample(site: CorpusSite, limit: int) -> CorpusSite:
    """At most `limit` posts of the site, evenly spaced in SOURCE.toml order (configs kept)."""
    posts = site.posts
    if not limit or len(posts) <= limit:
        return site
    kept = {posts[i * len(posts) // limit] for i in range(limit)}
    files = [f for f in site.source.get("files", []) if f["path"] in kept or f["path"] not in posts]  # type: ignore[union-attr]
    return replace(site, source={**site.source, "files": files})


def measure_corpus(
    root: Path, engines: list[str], site_filter: str, limit: int = 0
) -> list[SiteReport]:
    reports = []
    for site in load_sites(root):
        if site.engine not in engines or site_filter not in site.id:
            continue
        site = sample(site, limit)
        reason = ENGINES[site.engine].unavailable()
        if reason:
            print(f"skipped {site.id}: {reason}", file=sys.stderr)
            continue
        report = measure_site(site)
        print(
            f"measured {site.id}: {len(site.posts)} posts in {report.seconds:.1f} s",
            file=sys.stderr,
        )
        reports.append(report)
    return reports


def print_table(reports: list[SiteReport], examples: int, show_diff: bool) -> None:
    rows = summary(reports)
    for row in rows:
        print(json.dumps({"kind": "corpus", **row}, ensure_ascii=False), flush=True)
    print()
    header = f"{'engine':7} {'posts':>5} {'compared':>8} {'strict%':>7} {'lenient%':>8} "
    print(header + f"{'edits ok':>11} {'lost':>4} {'outside':>7} {'refused':>7} {'check real':>12}")
    for r in rows:
        edits = f"{r['edits_read_back']}/{r['edits']}"
        check = f"{r['check_errors_real_pct']}% of {r['check_errors']}"
        print(
            f"{r['engine']:7} {r['posts']:>5} {r['previews_compared']:>8} {r['strict_pct']!s:>7} "
            f"{r['lenient_pct']!s:>8} {edits:>11} {r['silent_edit_losses']:>4} "
            f"{r['edits_outside_key']:>7} {r['edits_refused']:>7} {check:>12}"
        )
    _print_causes(reports, examples, show_diff)


def _print_causes(reports: list[SiteReport], examples: int, show_diff: bool) -> None:
    by_cause: dict[tuple[str, str], list[object]] = defaultdict(list)
    for report in reports:
        for p in report.previews:
            if not p.strict:
                by_cause[report.site.engine, p.cause].append(p)
    print("\npreview differences by cause (posts; first examples):")
    for (engine, cause), hits in sorted(by_cause.items(), key=lambda kv: -len(kv[1])):
        print(f"  {engine:7} {len(hits):4}  {cause}")
        for p in hits[:examples]:
            print(f"               {p.site}/{p.post}")  # type: ignore[attr-defined]
            if show_diff:
                print("\n".join("                 " + line for line in p.diff.splitlines()[2:14]))  # type: ignore[attr-defined]
    failing = [e for r in reports for e in r.edits if e.status not in ("ok", "n/a")]
    if failing:
        print("\nedits not read back right (first examples):")
        for e in failing[: max(examples * 5, 10)]:
            print(f"  {e.status:11} {e.edit:8} {e.site}/{e.post}: {e.detail[:100]}")
    missed = [(r.site.id, post, why) for r in reports for post, why in r.check_missed.items()]
    if missed:
        print("\nposts the engine fails on or drops without an error from `postpad check`:")
        for site_id, post, why in missed[: max(examples * 5, 10)]:
            print(f"  {site_id}/{post}: {why[:100]}")
    wrong = [(r.site.id, c) for r in reports for c in r.checks if not c.real]
    if wrong:
        print("\n`postpad check` errors the engine does not trip on (first examples):")
        for site_id, c in wrong[: max(examples * 5, 10)]:
            print(f"  {c.code:20} {site_id}/{c.post}:{c.line}: {c.message[:80]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("engines", nargs="*", help=f"default: {' '.join(ENGINES)}")
    parser.add_argument("--diff", action="store_true", help="print each difference")
    parser.add_argument("--corpus", type=Path, default=None, help=f"default: {CORPUS}")
    parser.add_argument("--site", default="", help="only sites whose id contains this text")
    parser.add_argument("--no-constructs", action="store_true")
    parser.add_argument("--no-corpus", action="store_true")
    parser.add_argument("--examples", type=int, default=2, help="example posts per cause")
    parser.add_argument(
        "--max-posts",
        type=int,
        default=0,
        help="at most N posts a site (evenly spaced); a post_link to a post left out then "
        "fails in the engine while `postpad check` (which sees the whole folder) finds it",
    )
    parser.add_argument("--write-baseline", action="store_true", help="rewrite the ratchet file")
    args = parser.parse_args(argv)
    unknown = set(args.engines) - set(ENGINES)
    if unknown:
        parser.error(f"unknown engine(s): {', '.join(sorted(unknown))}")
    engines = args.engines or list(ENGINES)
    if args.write_baseline and (args.corpus or args.max_posts):
        parser.error("--write-baseline records the whole committed corpus (tests/corpus)")
    if not (args.no_constructs or args.write_baseline):
        for name in engines:
            print(json.dumps(measure(name, args.diff), ensure_ascii=False), flush=True)
    if args.no_corpus:
        return 0
    root = (args.corpus or Path(os.environ.get("POSTPAD_CORPUS") or CORPUS)).resolve()
    reports = measure_corpus(root, engines, args.site, args.max_posts)
    if not reports:
        print(f"no corpus sites measured under {root}", file=sys.stderr)
        return 0
    print_table(reports, args.examples, args.diff)
    if args.write_baseline:
        write_baseline(reports)
        print(f"\nwrote {CORPUS / 'fidelity_baseline.toml'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
