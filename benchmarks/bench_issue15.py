"""Tables, paste as Markdown and rich copy on the real-post corpus (issue 15): times and counts.

- ``fmt``: every corpus post through ``format_tables`` (engine flavour from its site): posts
  with tables, tables, posts changed, lines changed, total time.
- ``paste``: each fixture in tests/fixtures/paste, and the largest rendered corpus pages pasted
  back (``html_to_markdown``): milliseconds per KB of HTML.
- ``richcopy``: every corpus post copied as rich text: median and slowest milliseconds.

Usage: python benchmarks/bench_issue15.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from postpad.core.paste import html_to_markdown
from postpad.core.render import RenderOptions, options_for_site, render
from postpad.core.richcopy import rich_copy
from postpad.core.site.detect import detect_site
from postpad.core.text.tables import find_tables, format_tables
from postpad.core.textfile import read_text_file

ROOT = Path(__file__).resolve().parents[1]


def _posts() -> list[tuple[Path, str, RenderOptions]]:
    posts = []
    for path in sorted((ROOT / "tests" / "corpus").rglob("*.md")):
        if path.name == "README.md":
            continue
        try:
            text = read_text_file(path).text
        except Exception:  # legacy-encoded fixtures: not what is measured here
            continue
        site = detect_site(path)
        options = options_for_site(site, path) if site else RenderOptions()
        posts.append((path, text, options))
    return posts


def bench_fmt(posts: list[tuple[Path, str, RenderOptions]]) -> dict[str, object]:
    start = time.perf_counter()
    counts = {"posts": len(posts), "with_tables": 0, "tables": 0, "changed": 0, "lines": 0}
    for _, text, options in posts:
        flavour = "kramdown" if options.engine == "jekyll" else "gfm"
        spans = find_tables(text, flavour)
        new = format_tables(text, flavour)
        counts["with_tables"] += bool(spans)
        counts["tables"] += len(spans)
        changed = sum(a != b for a, b in zip(text.split("\n"), new.split("\n"), strict=True))
        counts["changed"] += bool(changed)
        counts["lines"] += changed
    return {**counts, "seconds": round(time.perf_counter() - start, 2)}


def bench_paste(posts: list[tuple[Path, str, RenderOptions]], repeat: int) -> dict[str, object]:
    fixtures = {}
    for html_file in sorted((ROOT / "tests" / "fixtures" / "paste").glob("*.html")):
        html = html_file.read_text(encoding="utf-8")
        best = min(_time(lambda h=html: html_to_markdown(h)) for _ in range(repeat))
        fixtures[html_file.stem] = round(best * 1000, 1)
    pages = sorted(
        ("".join(b.html for b in render(text, options).blocks) for _, text, options in posts),
        key=len,
    )[-5:]
    big = "".join(pages)
    seconds = min(_time(lambda: html_to_markdown(big, force=True)) for _ in range(repeat))
    kb = len(big.encode()) / 1024
    return {
        "fixtures_ms": fixtures,
        "largest_pages_kb": round(kb),
        "largest_pages_ms": round(seconds * 1000),
        "ms_per_kb": round(seconds * 1000 / kb, 2),
    }


def bench_richcopy(posts: list[tuple[Path, str, RenderOptions]]) -> dict[str, object]:
    times = []
    for _, text, options in posts:
        times.append(_time(lambda t=text, o=options: rich_copy(t, o)) * 1000)
    return {
        "posts": len(times),
        "median_ms": round(statistics.median(times), 1),
        "slowest_ms": round(max(times)),
    }


def _time(action: object) -> float:
    start = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    posts = _posts()
    render(posts[0][1], posts[0][2])  # the parser loads once, outside the figures
    print(json.dumps({"fmt": bench_fmt(posts)}, ensure_ascii=False))
    print(json.dumps({"paste": bench_paste(posts, args.repeat)}, ensure_ascii=False))
    print(json.dumps({"richcopy": bench_richcopy(posts)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
