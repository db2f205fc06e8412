"""Typography checker and paragraph indentation speed on posts of growing size.

Prints one JSON line per size (posts in the first user's style: ``&ensp;`` paragraphs, mixed
Chinese and English, a few slips per paragraph so findings are realistic):

    {"size": "100KB", "chars": ..., "findings": ..., "check_ms": {"p50": .., "max": ..},
     "indent_ms": .., "unindent_ms": ..}

The editor runs the checker after a 400 ms pause in typing, on the GUI thread.
Usage: python benchmarks/bench_typography.py [--sizes 10KB,100KB,1MB] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from postpad.core.typography import (
    TypographyOptions,
    check_typography,
    indent_paragraphs,
    unindent_paragraphs,
)

SIZES = {"10KB": 10_000, "100KB": 100_000, "1MB": 1_000_000}
HEADER = "---\ntitle: 排版测试\ndate: 2024/6/1\ncover: \n---\n\n"
PARAGRAPHS = (
    "十月初的夜晚来得早，窗外的桂花香一阵一阵地飘进来。我用Git记录每一次修改,想回到哪一天都可以。",
    "他说：“写博客最怕的不是没有话说，而是被工具打断。”预览和发布对不上，真的吗？？",
    "读完《长安的荔枝》第三章（关于驿站)，整理了 Hexo 的 `_config.yml` 和 https://example.com/a,b。",
)


def make_post(size: int) -> str:
    lines: list[str] = []
    total = len(HEADER)
    index = 0
    while total < size:
        line = PARAGRAPHS[index % len(PARAGRAPHS)]
        if index % 12 == 11:
            line = f"## 第{index}节"
        lines.append(line)
        total += len(line.encode("utf-8")) + 1
        index += 1
    return HEADER + "\n".join(lines) + "\n"


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 2)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default=",".join(SIZES))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    options = TypographyOptions(spacing="require")
    for name in args.sizes.split(","):
        post = make_post(SIZES[name])
        timings = []
        findings = 0
        for _ in range(args.runs):
            start = time.perf_counter()
            findings = len(check_typography(post, options))
            timings.append(_ms(start))
        start = time.perf_counter()
        indented = indent_paragraphs(post)
        indent_ms = _ms(start)
        start = time.perf_counter()
        assert unindent_paragraphs(indented) == post
        unindent_ms = _ms(start)
        print(
            json.dumps(
                {
                    "size": name,
                    "chars": len(post),
                    "findings": findings,
                    "check_ms": {"p50": statistics.median(timings), "max": max(timings)},
                    "indent_ms": indent_ms,
                    "unindent_ms": unindent_ms,
                }
            )
        )


if __name__ == "__main__":
    main()
