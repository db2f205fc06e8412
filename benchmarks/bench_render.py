"""Render speed: a full render versus incremental updates for single-character edits.

Builds realistic mixed Chinese/English Hexo + Butterfly posts of about 10 KB, 100 KB, 1 MB and
5 MB (paragraphs in the &ensp; style, headings, lists, tables, code fences, math, tags) and prints
one JSON line per size:

    {"size": "1MB", "bytes": ..., "blocks": ..., "full_ms": ..., "handover_ms": ...,
     "incremental_ms": {"paragraph": {"p50": .., "p95": ..}, "list": {...}, "code": {...}},
     "speedup_p95": ...}

With ``--unclosed`` it instead puts one block tag that is never closed near the top of the post
(an unknown Hexo tag, a Butterfly note without its end, a Jekyll tag, Hugo shortcodes) and
times keys typed late in the post on a line holding `` `code` `` and ``{braces}``, and keys
typed just below the tag: the cost must not grow with the text after the tag (decision 0203).

Usage: python benchmarks/bench_render.py [--sizes 10KB,100KB] [--edits 60] [--engine hexo]
       python benchmarks/bench_render.py --unclosed [--sizes 300KB,1MB] [--edits 20]
       python benchmarks/bench_render.py --unclosed --post real-post.md [--engine hexo]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import time

from postpad.core.render import IncrementalRenderer, RenderOptions, render

SIZES = {"10KB": 10_000, "100KB": 100_000, "300KB": 300_000, "1MB": 1_000_000, "5MB": 5_000_000}
#: (engine, theme, an opening tag left without its end)
UNCLOSED = [
    ("hexo", "butterfly", ""),  # no tag: the figures to compare with
    ("hexo", "butterfly", "{% sometag %}"),
    ("hexo", "butterfly", "{% note info %}"),
    ("jekyll", None, "{% sometag %}"),
    ("hugo", None, ""),
    ("hugo", None, "{{< sometag >}}"),
    ("hugo", None, "{{< details >}}"),
]
LATE_LINE = "配置写在 `_config.yml` 的 {theme} 里。\n\n"
FRONT_MATTER = (
    "---\ntitle: 性能测试 Benchmark Post\ndate: 2024/6/1\ncategories: 测试\n"
    "top_img: 'linear-gradient(20deg, #0062be, #925696)'\ncomments: true\ncover: \n---\n\n"
)
HAN = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"
    "同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自"
    "二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日"
    "那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变"
    "条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总"
    "次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指"
    "几九区强放决西被干做必战先回则任取据处理"
)
WORDS = [
    "the",
    "quick",
    "brown",
    "fox",
    "render",
    "preview",
    "markdown",
    "engine",
    "blog",
    "post",
    "static",
    "site",
    "hexo",
]


def _sentence(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(3, 7)):
        if rng.random() < 0.25:
            parts.append(" " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 4))) + " ")
        else:
            parts.append("".join(rng.choice(HAN) for _ in range(rng.randint(4, 14))))
        parts.append(rng.choice("，，、"))
    quote = f"“{''.join(rng.choice(HAN) for _ in range(4))}”" if rng.random() < 0.3 else ""
    return "".join(parts)[:-1] + quote + "。"


def _paragraph(rng: random.Random) -> str:
    lines = [
        "&ensp;&ensp;&ensp;&ensp;" + "".join(_sentence(rng) for _ in range(rng.randint(1, 3)))
        for _ in range(rng.randint(1, 3))
    ]
    return "\n".join(lines) + "\n\n"


def _section(rng: random.Random, number: int) -> str:
    out = [f"## 第{number}节 Section {number}\n\n"]
    for _ in range(rng.randint(2, 5)):
        out.append(_paragraph(rng))
    kind = (number - 1) % 6
    if kind == 0:
        out.append("".join(f"- 列表项 {_sentence(rng)}\n" for _ in range(rng.randint(3, 6))) + "\n")
    elif kind == 1:
        rows = "".join(f"| {rng.choice(WORDS)} | {i} | {_sentence(rng)[:10]} |\n" for i in range(4))
        out.append("| 名称 | 数量 | 说明 |\n|---|---|---|\n" + rows + "\n")
    elif kind == 2:
        body = "".join(f"    value_{i} = compute({i}, 'text')  # 注释\n" for i in range(6))
        out.append(f"```python\ndef handler():\n{body}    return value_0\n```\n\n")
    elif kind == 3:
        out.append("行内公式 $E = mc^2$，以及\n\n$$\n\\frac{a}{b} + \\sqrt{x^2 + y^2}\n$$\n\n")
    elif kind == 4:
        out.append(f"{{% note info %}}\n{_sentence(rng)}\n{{% endnote %}}\n\n")
    else:
        out.append("1. 第一步\n2. 第二步\n3. 第三步\n\n")
    return "".join(out)


def build_post(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts = [FRONT_MATTER]
    length, number = len(FRONT_MATTER), 1
    while length < size:
        section = _section(rng, number)
        parts.append(section)
        length += len(section.encode("utf-8"))
        number += 1
    return "".join(parts)


def _positions(text: str, kind: str, rng: random.Random, count: int) -> list[int]:
    if kind == "paragraph":
        marker = "&ensp;&ensp;&ensp;&ensp;"
    elif kind == "list":
        marker = "- 列表项 "
    else:
        marker = "    value_"
    found = []
    start = 0
    while True:
        start = text.find(marker, start)
        if start < 0:
            break
        found.append(start + len(marker) + 2)
        start += len(marker)
    return sorted(rng.sample(found, min(count, len(found))))


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def bench_size(label: str, size: int, edits: int, engine: str) -> dict[str, object]:
    text = build_post(size)
    options = RenderOptions(engine=engine, theme="butterfly", math=True)
    render(build_post(5_000, seed=1), options)  # warm up: parser, lexers, caches
    started = time.perf_counter()
    full = render(text, options)
    full_ms = (time.perf_counter() - started) * 1000
    handover_ms = _handover_ms(text, options)
    rng = random.Random(size)
    results: dict[str, dict[str, float]] = {}
    fallbacks = 0
    for kind in ("paragraph", "list", "code"):
        renderer = IncrementalRenderer(options)
        renderer.update(text)
        current = text
        timings = []
        for done, position in enumerate(_positions(text, kind, rng, edits)):
            at = position + done  # each earlier edit added one character before this spot
            current = current[:at] + "字" + current[at:]
            started = time.perf_counter()
            renderer.update(current)
            timings.append((time.perf_counter() - started) * 1000)
            fallbacks += int(renderer.last_was_full)
        if timings:
            results[kind] = {
                "p50": round(statistics.median(timings), 2),
                "p95": round(_percentile(timings, 0.95), 2),
                "n": len(timings),
            }
    worst_p95 = max(value["p95"] for value in results.values())
    return {
        "size": label,
        "bytes": len(text.encode("utf-8")),
        "blocks": len(full.blocks),
        "full_ms": round(full_ms, 1),
        # going on from a state rendered elsewhere instead (the first-render child's, 0279)
        "handover_ms": round(handover_ms, 1),
        "incremental_ms": results,
        "full_render_fallbacks": fallbacks,
        "speedup_p95": round(full_ms / worst_p95, 1) if worst_p95 else None,
    }


def _handover_ms(text: str, options: RenderOptions) -> float:
    """Loading a packed state of ``text`` and the update that follows (which renders
    nothing): what the window's render thread does instead of a full render when the
    first-render child rendered the post (decision 0279)."""
    from postpad.core.render.handover import pack, unpack
    from postpad.core.render.pipeline import render_state

    packed = pack(render_state(text, options))
    started = time.perf_counter()
    renderer = IncrementalRenderer(options)
    renderer.adopt(text, unpack(packed, options))
    assert renderer.update(text).rendered.blocks
    return (time.perf_counter() - started) * 1000


def _type_at(renderer: IncrementalRenderer, text: str, at: int, keys: int) -> list[float]:
    timings = []
    for done in range(keys):
        text = text[: at + done] + "字" + text[at + done :]
        started = time.perf_counter()
        renderer.update(text)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def bench_unclosed(
    label: str, base: str, edits: int, cases: list[tuple[str, str | None, str]]
) -> list[dict[str, object]]:
    """``base``: a built post or a real one. The tag goes before its third heading (or a
    blank line 5% in), the late line before its last heading (or a blank line 95% in)."""
    marks = [match.start() + 1 for match in re.finditer(r"\n#{1,3} ", base)]
    if len(marks) >= 4:
        cut, late = marks[2], marks[-1]
    else:
        cut = base.find("\n\n", len(base) // 20) + 2
        late = base.rfind("\n\n", 0, len(base) * 19 // 20) + 2
    rows = []
    for engine, theme, opener in cases:
        text = base[:cut] + opener + "\n\n" + base[cut:late] + LATE_LINE + base[late:]
        options = RenderOptions(engine=engine, theme=theme, math=True)
        row: dict[str, object] = {"bench": "unclosed-tag", "size": label, "engine": engine}
        row["opener"] = opener
        for name, at in (
            ("late_line", text.rfind(LATE_LINE) + 6),
            ("below_tag", text.find("\n\n", cut + len(opener) + 2) + 2),
        ):
            renderer = IncrementalRenderer(options)
            renderer.update(text)
            timings = _type_at(renderer, text, at, edits)
            row[name + "_ms"] = {
                "p50": round(statistics.median(timings), 2),
                "p95": round(_percentile(timings, 0.95), 2),
            }
            row[name + "_blocks"] = getattr(renderer, "last_rendered_blocks", None)
        state = renderer._state  # did the tag stay unclosed (not in code)?
        row["unclosed_tags"] = len(getattr(state, "unclosed", getattr(state, "unclosed_lines", [])))
        rows.append(row)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(SIZES))
    parser.add_argument("--edits", type=int, default=60)
    parser.add_argument("--engine", default="hexo")
    parser.add_argument("--unclosed", action="store_true", help="an unclosed tag near the top")
    parser.add_argument("--post", help="with --unclosed: a real post instead of the built ones")
    args = parser.parse_args()
    if args.unclosed and args.post:
        with open(args.post, encoding="utf-8") as handle:
            post = handle.read()
        cases = [case for case in UNCLOSED if case[0] == args.engine]
        for row in bench_unclosed(args.post, post, min(args.edits, 20), cases):
            print(json.dumps(row, ensure_ascii=False), flush=True)
        return
    if args.unclosed:
        for label in (args.sizes if args.sizes != ",".join(SIZES) else "300KB,1MB").split(","):
            rows = bench_unclosed(label, build_post(SIZES[label]), min(args.edits, 20), UNCLOSED)
            for row in rows:
                print(json.dumps(row, ensure_ascii=False), flush=True)
        return
    for label in args.sizes.split(","):
        print(json.dumps(bench_size(label, SIZES[label], args.edits, args.engine)), flush=True)


if __name__ == "__main__":
    main()
