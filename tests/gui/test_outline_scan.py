"""The outline before the first render: a heading scan of the text (decision 0101)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from comfort_fakes import FakeWindow
from PySide6.QtGui import QAction

from postpad.gui.outline import OutlinePanel
from postpad.gui.outline.attach import attach as attach_outline
from postpad.gui.outline.scan import scan_headings

pytestmark = pytest.mark.gui

POST = """---
title: 扫描
tags: [a]
---

# 第一章 #

正文

```markdown
# 围栏里的不是标题
```

~~~~
## 这个也不是
~~~

~~~~

Setext 标题
===========

---

## **加粗** 与 [链接](https://example.com) 和 `代码`

    # 缩进代码
#没有空格
"""


def test_scan_finds_atx_and_setext_headings_outside_fences_and_front_matter() -> None:
    found = [(h.level, h.text, h.line) for h in scan_headings(POST, "hexo")]
    assert found == [
        (1, "第一章", 6),
        (1, "Setext 标题", 20),
        (2, "加粗 与 链接 和 代码", 25),
    ]


def test_scan_matches_the_render_outline_on_a_plain_post() -> None:
    from postpad.core.render import RenderOptions, render

    text = POST.split("```markdown")[0] + "\n## 第二节\n\n文字\n\n### 第三节\n"
    rendered = render(text, RenderOptions(engine="hexo"))
    assert [(h.level, h.text, h.line) for h in scan_headings(text, "hexo")] == [
        (h.level, h.text, h.line) for h in rendered.outline
    ]


def test_panel_shows_the_scan_until_the_render_arrives_and_rescans_typing(qtbot) -> None:
    window = FakeWindow()
    qtbot.addWidget(window)
    attach_outline(window)
    window.findChild(QAction, "actionShowOutline").trigger()
    window.show()
    qtbot.waitExposed(window)
    panel = window.findChild(OutlinePanel)
    tab = window.add_tab(POST)
    assert [item.text(0) for item in panel.items()] == [
        "第一章",
        "Setext 标题",
        "加粗 与 链接 和 代码",
    ]
    tab.editor.setPlainText("# 新的\n\n## 另一个\n")  # typing before any render
    qtbot.waitUntil(lambda: [i.text(0) for i in panel.items()] == ["新的", "另一个"], timeout=2000)


def _big_post(folder: Path) -> Path:
    """A ~5 MB post: front matter, then sections of prose with code fences."""
    section = "正文段落，写一些中文和 English words 混排。" * 30 + "\n\n"
    fence = "```python\n# a comment, not a heading\nprint(1)\n```\n\n"
    parts = ["---\ntitle: 大文章\n---\n"]
    number = 0
    while sum(len(p.encode()) for p in parts) < 5_000_000:
        parts.append(f"\n## 第{number}节\n\n" + section * 8 + fence)
        number += 1
    path = folder / "big.md"
    path.write_text("".join(parts), encoding="utf-8")
    return path


def test_outline_of_a_fresh_5mb_post_fills_before_its_first_render(
    main_window, tmp_path: Path, qtbot
) -> None:
    post = _big_post(tmp_path)
    main_window.findChild(QAction, "actionShowOutline").trigger()
    panel = main_window.findChild(OutlinePanel)
    started = time.perf_counter()
    (tab,) = main_window.open_paths([post])
    qtbot.waitUntil(lambda: len(panel.items()) > 0, timeout=5000)
    filled = time.perf_counter() - started
    assert tab.last_rendered is None, f"the render came first ({filled:.2f} s)"
    headings = panel.headings()
    assert (headings[0].text, headings[0].line) == ("第0节", 5)
    assert all(h.text.startswith("第") for h in headings)  # no fenced comment taken
    # the render's outline, when it comes, agrees with the scan
    qtbot.waitUntil(lambda: tab.last_rendered is not None, timeout=120000)
    assert [(h.text, h.line) for h in headings] == [
        (h.text, h.line) for h in tab.last_rendered.outline
    ]
