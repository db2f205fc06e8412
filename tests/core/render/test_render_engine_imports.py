"""A render loads the rules of its own engine only (decision 0210): a Hexo post's first render
imports none of Goldmark's, kramdown's, Hugo's or Liquid's plugins, a Jekyll post's does."""

from __future__ import annotations

import json
import subprocess
import sys

POST = (
    "---\ntitle: 规则\n---\n\n## 标题\n\n正文 **粗体**，~~删除~~。\n\n{% note info %}\n提示\n"
    "{% endnote %}\n\n```python\nx = 1\n```\n\n<div>{% img a.png %}</div>\n\n| a | b |\n|---|---|\n"
    "| 1 | 2 |\n\n- [ ] 待办\n\n脚注[^1]\n\n[^1]: 注\n"
)

#: other engines' rule modules (kramdown_toc stays: every render asks it for TOCs, and it answers
#: at once without kramdown's attribute lists)
OTHER_ENGINES = ("goldmark_", "kramdown_", "hugo_refs", "liquid_", "rouge_", "math")


def _rule_modules_after_render(engine: str, theme: str | None) -> list[str]:
    script = (
        "import json, sys\n"
        "from postpad.core.render import render, RenderOptions\n"
        f"render({POST!r}, RenderOptions(engine={engine!r}, theme={theme!r}))\n"
        "prefix = 'postpad.core.render.rules.'\n"
        "print(json.dumps(sorted(m[len(prefix):] for m in sys.modules if m.startswith(prefix))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return list(json.loads(done.stdout.strip().splitlines()[-1]))


def _others(loaded: list[str]) -> list[str]:
    return [m for m in loaded if m.startswith(OTHER_ENGINES) and m != "kramdown_toc"]


def test_a_hexo_render_loads_no_other_engines_rules() -> None:
    loaded = _rule_modules_after_render("hexo", "butterfly")
    assert "hexo_fence" in loaded  # its own rules did load
    assert "butterfly_tags" in loaded
    assert _others(loaded) == []


def test_a_jekyll_render_loads_kramdowns_and_liquids_rules() -> None:
    loaded = _rule_modules_after_render("jekyll", None)
    for name in ("kramdown_fence", "kramdown_lists", "kramdown_tables", "liquid_vars"):
        assert name in loaded
    assert not [m for m in loaded if m.startswith(("goldmark_", "hugo_refs", "hexo_fence"))]


def test_a_hugo_render_loads_goldmarks_rules() -> None:
    loaded = _rule_modules_after_render("hugo", None)
    assert "goldmark_inline" in loaded
    assert "goldmark_tables" in loaded
    assert not [m for m in loaded if m.startswith(("kramdown_fence", "liquid_vars", "hexo_fence"))]
