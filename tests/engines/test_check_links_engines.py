"""`postpad check`'s broken links are the ones on the page the real engine builds (decision 0260):
each case writes a post whose every path is missing, builds it with Hexo 8.1.2, Hugo 0.168 or
Jekyll 4.3, and compares check's `broken-link` targets with the `<img src>` and `<a href>`
elements of the built body. Raw HTML Goldmark omits, code tag blocks and Hexo's raw blocks hold
no element; Hexo's `{% img %}` tag writes one only for a URL or a /root path."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from engine_harness import ENGINES

from conftest import require_engine
from postpad.core.site import detect_site
from postpad.core.site.check import check_text

pytestmark = pytest.mark.engines
HEADER = "---\ntitle: p\ndate: 2024-03-05 10:00:00\n---\n"


class _Elements(HTMLParser):
    """The ``src`` of each ``<img>`` and the ``href`` of each ``<a>`` in a page body."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        wanted = {"img": "src", "a": "href"}.get(tag)
        for name, value in attrs:
            if name == wanted and value and value.startswith("/") and "." in value:
                self.urls.add(value)


def _build(
    engine: str, body: str, tmp_path: Path, config: str | None = None
) -> tuple[set[str], set[str]]:
    """(paths the built page links or shows, paths check reports broken) of one post."""
    require_engine(engine)
    harness = ENGINES[engine]
    site = harness.new_site(tmp_path)
    if config is not None:
        (site / "hugo.toml").write_text(config, "utf-8")
    post = site / harness.posts_dir / harness.post_name("p.md")
    post.write_text(HEADER + body, "utf-8")
    result = harness.build(site, "UTC")
    assert result.returncode == 0, result.describe()
    (built,) = result.posts.values()
    page = _Elements()
    page.feed(built.body_html)
    found = check_text(post, HEADER + body, detect_site(site))
    return page.urls, {f.data["target"] for f in found if f.code == "broken-link"}


RAW_HTML = (
    '<img src="/raw-block.png">\n\nText <img src="/raw-inline.png"> and '
    '<a href="/raw.pdf">d</a>.\n\n![md](/md.png) [doc](/doc.pdf)\n'
)


@pytest.mark.parametrize("unsafe", ["false", "true", None])
def test_hugo_raw_html_is_checked_only_when_goldmark_keeps_it(
    tmp_path: Path, unsafe: str | None
) -> None:
    config = (ENGINES["hugo"].site / "hugo.toml").read_text("utf-8")
    setting = "  unsafe = false\n"
    assert setting in config
    config = config.replace(setting, f"  unsafe = {unsafe}\n" if unsafe else "")
    on_page, reported = _build("hugo", RAW_HTML, tmp_path, config)
    assert ("/raw-inline.png" in on_page) == (unsafe == "true")
    assert reported == on_page


CODE_TAGS = {
    "jekyll": (
        '{% highlight html %}\n<img src="/hl.png">\n![x](/hl-md.png)\n{% endhighlight %}\n\n'
        '{% raw %}\n![x](/raw-md.png)\n<img src="/raw.png">\n{% endraw %}\n\n'
        '{% raw %}\n```\n<img src="/raw-fence.png">\n```\n{% endraw %}\n\n![after](/after.png)\n'
    ),
    "hexo": (
        '{% codeblock lang:html %}\n<img src="/cb.png">\n![x](/cb-md.png)\n{% endcodeblock %}\n\n'
        '{% code %}\n<a href="/code.pdf">x</a>\n{% img /code-img.png %}\n{% endcode %}\n\n'
        '{% raw %}\n![x](/raw-md.png)\n<img src="/raw.png">\n{% img /raw-img.png %}\n'
        '{% endraw %}\n\n{% raw %}\n```\n<img src="/raw-fence.png">\n```\n{% endraw %}\n\n'
        "![after](/after.png)\n"
    ),
    "hugo": (
        "{{< highlight html >}}\n![x](/hl-md.png)\n[y](/hl.pdf)\n{{< /highlight >}}\n\n"
        "![after](/after.png)\n"
    ),
}


@pytest.mark.parametrize("engine", sorted(CODE_TAGS))
def test_code_tag_blocks_hold_no_link(tmp_path: Path, engine: str) -> None:
    on_page, reported = _build(engine, CODE_TAGS[engine], tmp_path)
    assert "/after.png" in on_page
    assert reported == on_page


HEXO_IMG = (
    "{% img /img-a.png %}\n\n{% img left /img-b.png 300 200 \"A title\" 'alt text' %}\n\n"
    '{% image a b /img-c.png 3 "ti tle" "al t" %} {% img rel.png 10 20 %}\n\n'
    "`{% img /img-code.png %}`\n"
)


def test_hexo_img_tag_as_hexo_reads_it(tmp_path: Path) -> None:
    on_page, reported = _build("hexo", HEXO_IMG, tmp_path)
    assert on_page == {"/img-a.png", "/img-b.png", "/img-c.png"}
    assert reported == on_page


def test_hexo_leaves_raw_html_relative(tmp_path: Path) -> None:
    """hexo-renderer-marked makes a Markdown image's relative src a /root one (without
    post_asset_folder): `hexo-relative-image`; raw HTML keeps its src as written: no warning."""
    require_engine("hexo")
    harness = ENGINES["hexo"]
    site = harness.new_site(tmp_path)
    posts = site / harness.posts_dir
    body = '<img src="rel.png">\n\nText <img src="rel.png"> too.\n\n![m](rel.png)\n'
    (posts / "p.md").write_text(HEADER + body, "utf-8")
    (posts / "rel.png").write_bytes(b"\x89PNG\r\n")
    (built,) = harness.build(site, "UTC").posts.values()
    srcs = re.findall(r'<img src="([^"]+)"', built.body_html)
    assert srcs == ["rel.png", "rel.png", "/rel.png"]
    found = check_text(posts / "p.md", HEADER + body, detect_site(site))
    warned = [f.line for f in found if f.code == "hexo-relative-image"]
    assert warned == [len(HEADER.splitlines()) + 5]  # the Markdown image's line only
