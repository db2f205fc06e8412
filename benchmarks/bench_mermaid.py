"""Mermaid in the preview (issue 15 point 5): what a diagram costs, and that others cost nothing.

Runs the real preview page (PreviewWebView) off screen and prints JSON lines:

- ``shell``: the shell page's size, and that a post without diagrams never loads Mermaid;
- ``first``: a post with one flowchart, from the patch to its <svg> (reading and injecting the
  3.5 MB build, Mermaid's set-up and the drawing), and the page's own figure for the drawing;
- ``more``: a second, new diagram added by an edit: patch to <svg>, and Mermaid's drawing time;
- ``elsewhere``: an edit in a paragraph: patch applied, diagrams drawn again (expected 0);
- ``sequence``/``class``/``gantt``/``pie``: one more diagram of each kind, drawing time;
- ``many``: a post opened with 30 different flowcharts: time until all are drawn, and how long
  a patch sent while they are being drawn takes to reach the page (they are drawn one task at
  a time, so typing is not held up behind all of them).

- with ``--posts FILE…``: each real post (engine and theme from its site, else Hexo +
  Butterfly): diagrams, drawn, errors (Mermaid's messages), time until all are drawn.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_mermaid.py [--runs 3]
        [--posts post.md …]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path
from typing import Any

FLOW = "```mermaid\nflowchart LR\n  写作 --> 预览 --> 发布\n  预览 --> 写作\n```\n"
KINDS = {
    "sequence": "sequenceDiagram\n  Alice->>Bob: 你好\n  Bob-->>Alice: 好\n",
    "class": "classDiagram\n  class Post {\n    +title\n    +save()\n  }\n  Post <|-- Page\n",
    "gantt": "gantt\n  dateFormat YYYY-MM-DD\n  section 写作\n  初稿 :a1, 2024-01-01, 3d\n",
    "pie": 'pie\n  "Hexo" : 60\n  "Hugo" : 40\n',
}


def _wait(app: Any, predicate: Any, timeout: float = 60.0) -> float:
    started = time.perf_counter()
    while not predicate():
        app.processEvents()
        time.sleep(0.002)
        if time.perf_counter() - started > timeout:
            raise TimeoutError
    return time.perf_counter() - started


class Page:
    def __init__(self, app: Any, settings: Any = None) -> None:
        from postpad.gui.preview.rendering import PreviewRenderer, PreviewSettings
        from postpad.gui.preview.webview import PreviewWebView

        self.app = app
        self.view = PreviewWebView("light")
        self.view.resize(900, 700)
        self.view.show()
        settings = settings or PreviewSettings(profile="hexo", theme="butterfly")
        self.renderer = PreviewRenderer(settings)
        self.view.load_shell(None)
        _wait(app, lambda: self.view.ready)
        self.first = True

    def js(self, script: str) -> Any:
        box: dict[str, Any] = {}
        self.view.run_js(script, lambda value: box.setdefault("v", value))
        _wait(self.app, lambda: "v" in box)
        return box["v"]

    def stats(self) -> dict[str, Any]:
        return json.loads(self.js("JSON.stringify(postpad.diagrams.stats())"))  # type: ignore[no-any-return]

    def show(self, text: str, svgs: int | None = None) -> float:
        """Send ``text``; seconds until the page applied it (and shows ``svgs`` diagrams)."""
        started = time.perf_counter()
        self.view.apply(self.renderer.update(text, reset=self.first))
        self.first = False
        version = self.view._version
        _wait(self.app, lambda: self.view.applied_version >= version)
        if svgs is not None:
            _wait(self.app, lambda: self.stats()["svgs"] >= svgs)
        return time.perf_counter() - started


def many(app: Any, count: int = 30) -> dict[str, Any]:
    page = Page(app)
    charts = "".join(
        f"段落 {i}。\n\n```mermaid\nflowchart LR\n  A{i} --> B{i} --> C{i}\n```\n\n"
        for i in range(count)
    )
    started = time.perf_counter()
    page.show(charts + "结尾。\n")
    _wait(app, lambda: page.stats()["svgs"] >= 2)
    patch_seconds = page.show(charts + "结尾，改了。\n")
    drawn_when_patched = page.stats()["svgs"]
    _wait(app, lambda: page.stats()["svgs"] >= count, timeout=300)
    figures = {
        "many_all_drawn_ms": round((time.perf_counter() - started) * 1000),
        "many_patch_while_drawing_ms": round(patch_seconds * 1000),
        "many_drawn_when_patched": drawn_when_patched,
    }
    page.view.close()
    return figures


def run_once(app: Any) -> dict[str, Any]:
    from postpad.core.render import preview_shell

    figures: dict[str, Any] = {"shell_kb": round(len(preview_shell("light")) / 1024, 1)}
    plain = Page(app)
    plain.show("# 标题\n\n正文。\n")
    figures["plain_loads_mermaid"] = plain.js("typeof postpad.diagrams") != "undefined"
    page = Page(app)
    text = "# 图表\n\n第一段。\n\n" + FLOW + "\n最后一段。\n"
    figures["first_diagram_ms"] = round(page.show(text, svgs=1) * 1000)
    figures["first_drawing_ms"] = round(page.stats()["firstMs"])
    text += "\n```mermaid\nflowchart TD\n  A --> B\n```\n"
    figures["new_diagram_ms"] = round(page.show(text, svgs=2) * 1000)
    figures["new_drawing_ms"] = round(page.stats()["lastMs"])
    renders = page.stats()["renders"]
    text = text.replace("第一段。", "第一段，改了。")
    figures["edit_elsewhere_ms"] = round(page.show(text) * 1000)
    time.sleep(0.2)
    figures["edit_elsewhere_redraws"] = page.stats()["renders"] - renders
    for count, (kind, source) in enumerate(KINDS.items(), start=3):
        text += f"\n```mermaid\n{source}```\n"
        page.show(text, svgs=count)
        figures[f"{kind}_drawing_ms"] = round(page.stats()["lastMs"])
    figures["blocked_requests"] = len(page.view.blocked_requests)
    figures.update(many(app))
    for view in (plain.view, page.view):
        view.close()
        view.deleteLater()
    return figures


def _settings(path: Path) -> Any:
    from postpad.core.site.detect import detect_site
    from postpad.gui.preview.rendering import PreviewSettings

    site = detect_site(path)
    if site is None:
        return PreviewSettings(profile="hexo", theme="butterfly")
    return PreviewSettings(profile=site.engine, theme=site.theme, post_path=str(path))


def run_post(app: Any, path: Path) -> dict[str, Any]:
    page = Page(app, _settings(path))
    text = path.read_text(encoding="utf-8")
    started = time.perf_counter()
    page.show(text)
    count = page.stats()["diagrams"]
    _wait(app, lambda: page.stats()["settled"] >= count, timeout=120)
    seconds = time.perf_counter() - started
    stats = page.stats()
    errors = page.js(
        "JSON.stringify(Array.prototype.map.call("
        "document.querySelectorAll('.mermaid-wrap'), function (w) {"
        " var e = w.shadowRoot && w.shadowRoot.querySelector('.pp-diagram-error');"
        " return e ? e.textContent.split('\\n')[0] : null; }).filter(Boolean))"
    )
    page.view.close()
    return {
        "post": path.name,
        "engine": page.renderer.settings.profile,
        "diagrams": count,
        "drawn": stats["svgs"],
        "errors": json.loads(errors),
        "all_drawn_ms": round(seconds * 1000),
        "blocked_requests": len(page.view.blocked_requests),
        "refused": stats["refused"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--posts", nargs="*", type=Path, default=[])
    args = parser.parse_args()
    from postpad.gui.app import create_application

    app = create_application()
    if args.posts:
        for path in args.posts:
            print(json.dumps(run_post(app, path), ensure_ascii=False), flush=True)
        return
    runs = []
    for index in range(args.runs):
        figures = run_once(app)
        runs.append(figures)
        print(json.dumps({"run": index + 1, **figures}, ensure_ascii=False), flush=True)
    summary = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    print(json.dumps({"median": summary}, ensure_ascii=False))


if __name__ == "__main__":
    main()
