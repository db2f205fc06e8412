"""What the window's problem list costs per update on a long post (decision 0198).

After each render the window reads ``Rendered.warnings`` (a walk over the block records; only
blocks with warnings are expanded) and turns them into findings (``render_findings``). This is
done after a pause in typing, on the GUI thread. The post is bench_typing's 1 MB post with a
missing image and a ``{{ }}`` Hexo deletes every ``--every`` sections
(an unknown ``{% tag %}`` early in a long post makes every later keystroke re-render the rest of
the post today, which would measure the renderer, not this); each timed step is one keystroke's
incremental render followed by the problem update. Prints JSON lines: the incremental render's
time for comparison, then the warnings walk and the conversion, p50/p95/max in ms.

With ``--engine hugo`` every ``--every`` sections also hold shortcodes mid-paragraph: a
``{{< details >}}`` pair closed in the next paragraph, a self-closed one and, every other time,
a ``{{< highlight go >}}`` left open (Hugo pairs are matched across the whole post, decision
0238; the window's problems include them).

    .venv/bin/python benchmarks/bench_render_problems.py [--size-mb 1.0] [--every 50] \
        [--engine hugo] [--at-image]

``--at-image`` types in the middle paragraph that holds a missing image, so every keystroke's
render places that warning at its own line (decision 0245).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_typing import make_post

from postpad.core.render import RenderOptions
from postpad.core.render.incremental import IncrementalRenderer
from postpad.core.site.check.render_findings import render_findings


def _with_problems(text: str, every: int, engine: str) -> str:
    parts = text.split("\n## ")
    for count, index in enumerate(range(1, len(parts), every)):
        parts[index] += "\n\n![gone](missing.png) and {{ deleted }}\n"
        if engine == "hugo":
            parts[index] += (
                "\n文字 {{< details >}} 折叠\n\n结束 {{< /details >}} 和 {{< details />}}\n"
            )
            if count % 2:
                parts[index] += "\n代码 {{< highlight go >}} 未关闭\n"
    return "\n## ".join(parts)


def _stats(name: str, values: list[float]) -> dict[str, object]:
    ordered = sorted(values)
    return {
        "step": name,
        "p50_ms": round(statistics.median(ordered) * 1000, 3),
        "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1] * 1000, 3),
        "max_ms": round(ordered[-1] * 1000, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mb", type=float, default=1.0)
    parser.add_argument("--every", type=int, default=50)
    parser.add_argument("--presses", type=int, default=200)
    parser.add_argument("--engine", default="hexo")
    parser.add_argument(
        "--at-image", action="store_true", help="type in a paragraph with a missing image (0245)"
    )
    args = parser.parse_args()
    text = _with_problems(make_post(args.size_mb), args.every, args.engine)
    post = Path("/nonexistent/post.md")
    renderer = IncrementalRenderer(RenderOptions(engine=args.engine, post_path=post))
    patch = renderer.update(text)
    middle = text.index("这是第", len(text) // 2)
    if args.at_image:  # each keystroke re-renders a block whose warning is placed at its line
        image = "![gone](missing.png)"
        middle = text.index(image + " and", len(text) // 2) + len(image)
    renders, walks, converts = [], [], []
    found = 0
    for press in range(args.presses):
        text = text[:middle] + "字" + text[middle:]
        middle += 1
        start = time.perf_counter()
        patch = renderer.update(text)
        renders.append(time.perf_counter() - start)
        start = time.perf_counter()
        warnings = patch.rendered.warnings
        walks.append(time.perf_counter() - start)
        start = time.perf_counter()
        found = len(render_findings(warnings, post, None, args.engine))
        converts.append(time.perf_counter() - start)
        del press
    print(json.dumps({"size_mb": args.size_mb, "blocks": len(patch.rendered), "problems": found}))
    for name, values in (("render", renders), ("warnings", walks), ("findings", converts)):
        print(json.dumps(_stats(name, values)))


if __name__ == "__main__":
    main()
