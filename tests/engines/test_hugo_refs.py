"""`{{< relref >}}` and `{{< ref >}}` in the preview link where Hugo links (decision 0085).

One small site per permalink configuration is built by the real Hugo; a post links to pages
with `relref`/`ref` (by name, by path, with an anchor, with `slug` and `url` front matter, a
page bundle); the hrefs in Hugo's HTML and in Postpad's preview must be the same.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from engine_harness import ENGINES

from postpad.core.render import RenderOptions, render

pytestmark = pytest.mark.engines

PAGES = {
    "content/posts/plain-page.md": '+++\ntitle = "Plain Page"\ndate = 2023-04-05\n+++\nx\n',
    "content/posts/with-slug.md": '+++\ntitle = "有 Slug"\ndate = 2022-01-02\n'
    'slug = "my-slug"\n+++\n',
    "content/posts/with-url.md": '+++\ntitle = "URL"\ndate = 2021-03-04\n'
    'url = "/fixed/place/"\n+++\n',
    "content/posts/bundle/index.md": '+++\ntitle = "Bundle"\ndate = 2020-05-06\n+++\n',
    "content/notes/Mixed-Case.md": '+++\ntitle = "Note"\ndate = 2019-07-08\n+++\n',
}
LINKS = (
    '[a]({{< relref "plain-page.md" >}}) [b]({{< relref "with-slug.md" >}}) '
    '[c]({{< relref "with-url.md" >}}) [d]({{< relref "bundle" >}}) '
    '[e]({{< relref "/notes/Mixed-Case.md" >}}) [f]({{< ref "plain-page.md#part" >}}) '
    '[g]({{% relref "posts/with-slug.md" %}}) [h]({{< relref "/NOTES/mixed-case" >}}) '
    '[i]({{< ref "posts/Bundle/index.md" >}}) [j]({{< relref "Plain-Page.md" >}})\n'
)
CONFIGS = {
    "default": "",
    "ugly": "uglyURLs = true\n",
    "filename": 'uglyURLs = true\n[permalinks]\n  posts = "/:filename"\n',
    "dated": '[permalinks]\n  posts = "/:year/:month/:slug/"\n  notes = "/n/:title/"\n',
    "subpath": 'baseURL = "http://example.com/blog/"\n'
    '[permalinks.page]\n  posts = "/:section/:slugorfilename/"\n',
}
HREF = re.compile(r'href="([^"]*)"')


def _site(tmp_path: Path, config: str) -> Path:
    engine = ENGINES["hugo"]
    reason = engine.unavailable()
    if reason:
        pytest.skip(reason)
    root = engine.new_site(tmp_path)
    main = root / "hugo.toml"
    text = main.read_text(encoding="utf-8")
    if config.startswith("baseURL"):
        text = re.sub(r'^baseURL = ".*"\n', "", text, flags=re.M)
    head, _, tables = config.partition("[")
    main.write_text(head + text + ("[" + tables if tables else ""), encoding="utf-8")
    for relative, body in PAGES.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(body, encoding="utf-8")
    post = root / "content/posts/linking.md"
    post.write_text(f'+++\ntitle = "Linking"\ndate = 2024-01-01\n+++\n{LINKS}', "utf-8")
    return root


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_refs_link_where_hugo_links(tmp_path: Path, name: str) -> None:
    root = _site(tmp_path, CONFIGS[name])
    result = ENGINES["hugo"].build(root, "UTC")
    assert result.returncode == 0, result.describe()
    theirs = HREF.findall(result.posts["linking.md"].body_html)
    post = root / "content/posts/linking.md"
    options = RenderOptions(engine="hugo", site_root=root, post_path=post)
    html = "".join(block.html for block in render(post.read_text("utf-8"), options).blocks)
    assert HREF.findall(html) == theirs
    assert len(theirs) == 10
