"""Site index speed: a generated Hexo site of 5,000 posts, cold and warm scans.

Prints JSON lines: ``{"bench": "site_index", "case": "cold"|"warm"|"one_changed", "posts": N,
"seconds": S}``. Targets (issue 5): cold <= 2 s, warm (nothing changed) <= 0.2 s.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from postpad.core.site.detect import detect_site
from postpad.core.site.index import build_index

POST = """---
title: 第{n}篇 关于新质生产力的思考 {n}
date: 2024/{month}/{day} 12:{minute:02d}:00
categories:
  - [技术, Python]
tags:
  - Python
  - 笔记{tag}
top_img: 'linear-gradient(20deg, #0062be, #925696)'
cover:
comments: true
---

&ensp;&ensp;&ensp;&ensp;{body}
"""


def make_site(root: Path, posts: int) -> None:
    (root / "source" / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: bench\ntimezone: Asia/Shanghai\n", encoding="utf-8")
    body = "正文段落，用于基准测试。" * 200
    for n in range(posts):
        text = POST.format(
            n=n, month=n % 12 + 1, day=n % 28 + 1, minute=n % 60, tag=n % 40, body=body
        )
        (root / "source" / "_posts" / f"post-{n:05d}.md").write_text(text, encoding="utf-8")


def timed(root: Path) -> tuple[float, int, int]:
    site = detect_site(root / "_config.yml")
    assert site is not None
    start = time.perf_counter()
    index = build_index(site)
    return time.perf_counter() - start, len(index.entries), index.reread


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--posts", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "site"
        os.environ["XDG_CACHE_HOME"] = str(Path(folder) / "cache")
        make_site(root, args.posts)
        for case in ("cold", "warm"):
            seconds, count, reread = timed(root)
            print(
                json.dumps(
                    {
                        "bench": "site_index",
                        "case": case,
                        "posts": count,
                        "reread": reread,
                        "seconds": round(seconds, 4),
                    }
                )
            )
        touched = root / "source" / "_posts" / "post-00042.md"
        touched.write_text(touched.read_text(encoding="utf-8") + "\n更多。", encoding="utf-8")
        seconds, count, reread = timed(root)
        print(
            json.dumps(
                {
                    "bench": "site_index",
                    "case": "one_changed",
                    "posts": count,
                    "reread": reread,
                    "seconds": round(seconds, 4),
                }
            )
        )


if __name__ == "__main__":
    main()
