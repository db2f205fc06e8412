"""``postpad check`` (and Tools › Check Site) reports Liquid inside code on a Jekyll site, as the
window's Problems list does (decision 0198): Jekyll runs Liquid over the whole post, so the real
Jekyll 4.3 build of a real post printed ``<code>&lt;div&gt;&lt;/div&gt;</code>`` for
```<div>{{myModel}}</div>```. Inside ``{% raw %}`` nothing is reported. The check uses the
render's judgement, so it is where the window puts it (the code block's first ``{{``)."""

from __future__ import annotations

from pathlib import Path

from postpad.core.site.check import check_paths

POST = """---
layout: post
title: Angular
---

比如 `<div>{{myModel}}</div>`，AngularJS 会更新 UI。

```javascript
template: `<div>{{userName.lastName}}</div>`
```

{% raw %}`{{ kept }}`{% endraw %}

Prose {{ site.title }} is fine.
"""


def _site(root: Path, config: str, post_path: str) -> Path:
    post = root / post_path
    post.parent.mkdir(parents=True)
    (root / config).write_text("title: x\n", encoding="utf-8")
    post.write_text(POST, encoding="utf-8")
    return root


def _liquid_lines(root: Path) -> list[tuple[int, int]]:
    found = check_paths([root])
    return [(f.line, f.column) for f in found if f.code == "liquid-in-code"]


def test_jekyll_liquid_in_code_is_reported_where_it_is(tmp_path: Path) -> None:
    root = _site(tmp_path / "blog", "_config.yml", "_posts/2024-01-01-angular.md")
    (root / "_layouts").mkdir()
    assert _liquid_lines(root) == [(6, 10), (9, 17)]


def test_a_hugo_site_has_no_liquid(tmp_path: Path) -> None:
    root = _site(tmp_path / "blog", "hugo.toml", "content/posts/angular.md")
    (root / "hugo.toml").write_text("title = 'x'\n", encoding="utf-8")
    assert _liquid_lines(root) == []
