"""Real-site preview URLs against the real engines on the real-post corpus (issue 14 part 3).

For every Hexo and Jekyll site of tests/corpus (or --corpus DIR in the same layout), the posts are
built with the real engine in the harness site carrying the blog's own permalink settings
(tests/engines/corpus_engine.py), and the URL path each post got from the engine (Hexo
``post.path``, Jekyll ``page.url``) is compared with ``postpad.core.publish.permalink``. Prints
one JSON line per site, then the mismatches. Hugo's rule is ``HugoRefs.permalink``, measured by
tests/engines/test_hugo_refs.py and the site-preview engine test.

Usage: python benchmarks/bench_permalinks.py [--corpus DIR] [--examples N]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import unquote

ENGINE_TESTS = Path(__file__).resolve().parents[1] / "tests" / "engines"
sys.path.insert(0, str(ENGINE_TESTS))

from corpus_engine import build_site  # noqa: E402
from corpus_sites import load_sites  # noqa: E402
from engine_harness import ENGINES  # noqa: E402

from postpad.core.publish.permalink import post_url_path  # noqa: E402
from postpad.core.site.detect import detect_site  # noqa: E402


def _engine_path(engine: str, raw: dict[str, object]) -> str:
    if engine == "hexo":
        return "/" + str(raw["path"]).lstrip("/")
    return unquote(str(raw["url"]))


def _ours(engine: str, root: Path, relative: str) -> str | None:
    site = detect_site(root / relative)
    if site is None:
        return None
    path = post_url_path(site, root / relative)
    if path is None:
        return None
    prefix = site.config.raw.get("root" if engine == "hexo" else "baseurl") or ""
    prefix = "/" + str(prefix).strip("/") if str(prefix).strip("/") else ""
    return path.removeprefix(prefix) if prefix else path


def measure(site, examples: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    texts = {post: site.path(post).read_bytes() for post in site.posts}
    with tempfile.TemporaryDirectory() as where:
        build = build_site(site, Path(where), texts, tz="UTC")
        root = next(Path(where).iterdir())
        same, differ = 0, []
        for relative, post in build.posts.items():
            theirs = _engine_path(site.engine, post.raw)
            ours = _ours(site.engine, root, relative)
            if ours == theirs:
                same += 1
            else:
                differ.append({"post": relative, "engine": theirs, "postpad": ours})
    return {"site": site.id, "posts": len(build.posts), "same": same,
            "differ": len(differ), "examples": differ[:examples]}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--examples", type=int, default=3)
    args = parser.parse_args()
    os.environ["TZ"] = "UTC"  # Hexo formats URL dates in the machine's zone; both sides agree
    time.tzset()
    totals = {"posts": 0, "same": 0}
    for site in load_sites(args.corpus):
        if site.engine not in ("hexo", "jekyll") or ENGINES[site.engine].unavailable():
            continue
        row = measure(site, args.examples)
        totals["posts"] += int(row["posts"])  # type: ignore[call-overload]
        totals["same"] += int(row["same"])  # type: ignore[call-overload]
        print(json.dumps(row, ensure_ascii=False), flush=True)
    print(json.dumps({"kind": "total", **totals}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
