"""``postpad check`` reports a Hugo ``{{< param >}}`` that neither the page nor the site's
``params`` holds: Hugo 0.168 stops the build (``Param "x" not found``, decision 0277). The
window's Problems list gives the same (line, code, severity): the shortcode's own line, an
error (decision 0289). Real Hugo: tests/engines/test_hugo_param_check_engines.py."""

from __future__ import annotations

from pathlib import Path

from postpad.core.render import render
from postpad.core.render.options import options_for_site
from postpad.core.site import detect_site
from postpad.core.site.check import check_paths
from postpad.core.site.check.render_findings import render_findings

POST = """---
title: 参数
mine: 我的
empty: ""
---

第一行
第二行 {{< param "nope" >}} 和 {{< param shared >}} 和 {{< param mine >}}
第三行 {{% param "gone" %}} {{< param empty >}}

`{{< param "incode" >}}` {{</* param "escaped" */>}}

```
{{< param "fenced" >}}
```
"""
EXPECTED = [
    (8, 5, "error", "nope"),
    (9, 5, "error", "gone"),
    (9, 26, "error", "empty"),
]


def _post(site_copy) -> Path:
    root = site_copy("hugo")
    config = root / "hugo.toml"
    config.write_text(config.read_text("utf-8") + '\n[params]\n  shared = "站"\n', "utf-8")
    post = root / "content/posts/params.md"
    post.write_text(POST, encoding="utf-8")
    return post


def test_check_reports_a_param_hugo_stops_at_as_an_error_at_its_line(site_copy) -> None:
    post = _post(site_copy)
    found = [
        (f.line, f.column, f.severity, f.data["name"])
        for f in check_paths([post])
        if f.code == "hugo-param-missing"
    ]
    assert found == EXPECTED


def test_the_window_lists_what_check_reports(site_copy) -> None:
    post = _post(site_copy)
    site = detect_site(post)
    assert site is not None
    rendered = render(post.read_text("utf-8"), options_for_site(site, post))
    window = [
        (f.line, f.severity, f.code)
        for f in render_findings(rendered.warnings, post, site)
        if f.code == "hugo-param-missing"
    ]
    checked = [(f.line, f.severity, f.code) for f in check_paths([post])]
    assert window == [(line, severity, "hugo-param-missing") for line, _, severity, _ in EXPECTED]
    assert [item for item in checked if item[2] == "hugo-param-missing"] == window


def test_no_finding_outside_a_hugo_site_or_when_every_param_is_set(site_copy, tmp_path) -> None:
    post = _post(site_copy)
    post.write_text("---\ntitle: t\n---\n{{< param title >}} {{< param shared >}}\n", "utf-8")
    assert not [f for f in check_paths([post]) if f.code == "hugo-param-missing"]
    loose = tmp_path / "loose.md"
    loose.write_text("{{< param nope >}}\n", encoding="utf-8")
    assert not [f for f in check_paths([loose]) if f.code == "hugo-param-missing"]
