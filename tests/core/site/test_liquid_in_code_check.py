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


def _jekyll_post(root: Path, name: str, header: str) -> None:
    post = root / "_posts" / name
    post.write_text(f"---\n{header}\n---\n\n`{{{{ x }}}}` {{% nope %}}\n", encoding="utf-8")


def test_render_with_liquid_false_turns_liquid_off(tmp_path: Path) -> None:
    """Jekyll 4.3 printed ``{{ x }}`` and ``{% nope %}`` as written with ``render_with_liquid:
    false``; ``templateEngineOverride: md`` is Eleventy's key, which Jekyll ignores (the same
    post built as ``\\`\\` and x``)."""
    root = tmp_path / "blog"
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: x\n", encoding="utf-8")
    _jekyll_post(root, "2024-01-01-off.md", "title: a\nrender_with_liquid: false")
    _jekyll_post(root, "2024-01-02-eleventy-key.md", "title: b\ntemplateEngineOverride: md")
    found = {(f.path.stem, f.code) for f in check_paths([root])}
    assert ("2024-01-01-off", "liquid-in-code") not in found
    assert ("2024-01-01-off", "unknown-tag") not in found
    assert ("2024-01-02-eleventy-key", "liquid-in-code") in found
    assert ("2024-01-02-eleventy-key", "unknown-tag") in found
