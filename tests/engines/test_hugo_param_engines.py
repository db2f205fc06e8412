"""``{{< param >}}`` in the preview writes what Hugo writes: the page's param, else the site's,
as Go prints it; a missing one stops Hugo's build, and the preview warns (decision 0277)."""

from __future__ import annotations

from pathlib import Path

import pytest
from engine_harness import ENGINES

from conftest import require_engine
from postpad.core.render import RenderOptions, render
from postpad.core.site.detect import detect_site

pytestmark = pytest.mark.engines

SITE_PARAMS = (
    '\n[params]\n  author = "Site Author"\n  siteOnly = "from <site>"\n  shared = "site"\n'
    '  [params.social]\n    github = "site-gh"\n'
)
POST = """+++
title = "Params"
date = 2024-06-01T10:00:00+08:00
shared = "page"
Mixed = "Case *md* <b>x</b> & y"
count = 3
ratio = 2.0
pi = 3.14
flag = true
tags = ["a", "b"]
when = 2023-01-02
[nested]
  deep = "nested value"
[params]
  inparams = "in the params table"
+++
A: {{< param "shared" >}} | {{< param siteOnly >}} | {{< param author >}}
B: {{< param "mixed" >}} / {{% param "Mixed" %}}
C: {{< param count >}} {{< param ratio >}} {{< param pi >}} {{< param flag >}}
D: {{< param tags >}} | {{< param when >}} | {{< param date >}}
E: {{< param "nested.deep" >}} | {{< param "social.github" >}} | {{< param "Social.GitHub" >}}
F: {{< param title >}} | {{< param inparams >}} | {{< param nested >}}

{{< param shared >}}
"""
YAML_POST = """---
title: Dates
date: 2024-06-01 10:00:00
when: 2023-01-02
at: 2023-01-02T08:00:00+02:00
---
{{< param when >}} | {{< param at >}} | {{< param date >}}
"""


def _site(tmp_path: Path, posts: dict[str, str]) -> Path:
    require_engine("hugo")
    root = ENGINES["hugo"].new_site(tmp_path)
    config = root / "hugo.toml"
    config.write_text(config.read_text("utf-8") + SITE_PARAMS, encoding="utf-8")
    for name, text in posts.items():
        (root / "content" / "posts" / name).write_text(text, encoding="utf-8")
    return root


def _preview(post: Path) -> tuple[str, list[str]]:
    site = detect_site(post)
    assert site is not None
    options = RenderOptions(engine="hugo", post_path=post, **site.render_fields())
    rendered = render(post.read_text("utf-8"), options)
    return "".join(b.html for b in rendered.blocks), [w.message for w in rendered.warnings]


def test_param_writes_what_hugo_writes(tmp_path: Path) -> None:
    root = _site(tmp_path, {"params.md": POST, "dates.md": YAML_POST})
    result = ENGINES["hugo"].build(root, "UTC")
    assert result.returncode == 0, result.describe()
    for name in ("params.md", "dates.md"):
        html, warnings = _preview(root / "content" / "posts" / name)
        assert html.strip() == result.posts[name].body_html.strip(), name
        assert warnings == []


@pytest.mark.parametrize("value", ["", "false", "0"])
def test_a_missing_or_empty_param_stops_hugo_and_the_preview_says_so(
    tmp_path: Path, value: str
) -> None:
    header = f'+++\ntitle = "Missing"\ndate = 2024-06-01\nkey = {value or chr(34) * 2}\n+++\n'
    text = header + "Before {{< param key >}} after {{< param nothere >}}.\n"
    root = _site(tmp_path, {"missing.md": text})
    result = ENGINES["hugo"].build(root, "UTC")
    assert result.returncode != 0
    assert 'Param "key" not found' in result.log
    assert 'Param "nothere" not found' in result.log
    html, warnings = _preview(root / "content" / "posts" / "missing.md")
    assert html == "<p>Before  after .</p>\n"
    assert [w.split(":")[0] for w in warnings] == [
        'Param "key" not found',
        'Param "nothere" not found',
    ]


def test_param_in_a_link_destination(tmp_path: Path) -> None:
    # the grpc.io corpus post: [manual build](https://…/blob/{{< param grpc_vers.core >}}/…)
    text = (
        '+++\ntitle = "Link"\ndate = 2024-06-01\n+++\n'
        "See [the guide](https://example.com/blob/{{< param social.github >}}/README.md) and "
        "[ours](/x/{{< param shared >}}/).\n"
    )
    root = _site(tmp_path, {"link.md": text})
    result = ENGINES["hugo"].build(root, "UTC")
    assert result.returncode == 0, result.describe()
    html, warnings = _preview(root / "content" / "posts" / "link.md")
    assert html.strip() == result.posts["link.md"].body_html.strip()
    assert 'href="https://example.com/blob/site-gh/README.md"' in html
    assert warnings == []
