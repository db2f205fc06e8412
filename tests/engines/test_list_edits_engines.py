"""Adding or removing one tag changes that tag's text alone, and the real engine reads the list
(decisions 0267, 0268): YAML block lists keep the comment lines between their items (Hexo 8.1,
Jekyll 4.3), one-line YAML flow lists and TOML arrays keep their blanks and quotes (Hexo,
Hugo 0.168), on headers shaped like real posts and on corpus posts (0KABE/Blog's
``[ MIT-6.824, …]``, JunIce/hugo-blog's ``[ "开源镜像" ]``, ouuan/hugo-blog's ``['食堂']``).
A list of items of several lines (decision 0287: Icarus' ``donates:``, gRPC's ``authors:``, a
minimal-mistakes ``gallery:``, a ``|`` item) changes the removed or added item's lines alone, or
the one changed leaf's line of a mapping item (as the form's tree editor changes one); so does
a leaf of a TOML table or array of tables (Hugo)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from engine_harness import ENGINES

from postpad.core.frontmatter import set_field

pytestmark = pytest.mark.engines

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
OUUAN = (
    CORPUS / "hugo/ouuan--hugo-blog/site/content/post"
    "/line-up-principia-mathematica-under-utilitarianism.md"
)
MIT = CORPUS / "hexo/0KABE--Blog/site/source/_posts/MIT-6-824-Lab1-MapReduce.md"
MIRROR = CORPUS / "hugo/JunIce--hugo-blog/site/content/posts/mirror-site.md"
DONATES = CORPUS / "hexo/ppoffice--hexo-theme-icarus/site/source/_posts/en/Donation-Buttons.md"
AUTHORS = CORPUS / "hugo/grpc--grpc.io/site/content/en/blog/grpc-cloud-run.md"

# The shape of a real Hexo post (blog.wh1isper.top): a comment after `tags:`, commented-out
# items before the one in use.
WH1ISPER = """---
title: Two things
date: 2025-02-27 # 时间
tags: #标签
  - AGI
  # - 旧标签
  - LLM
categories:
  # - 随笔
  # - 时评
  - 技术分享
---
正文
"""


@dataclass(frozen=True)
class Edit:
    engine: str
    name: str
    text: str
    tags: list[str]
    #: (old line, new line): the one line the edit changes; None on one side: added / removed
    change: tuple[str | None, str | None]


EDITS = [
    Edit("hexo", "add.md", WH1ISPER, ["AGI", "LLM", "Agent"], (None, "  - Agent")),
    Edit("hexo", "remove.md", WH1ISPER, ["LLM"], ("  - AGI", None)),
    Edit("hexo", "change.md", WH1ISPER, ["AGI", "Agent"], ("  - LLM", "  - Agent")),
    Edit(
        "hexo",
        "mit.md",
        MIT.read_text(encoding="utf-8"),
        ["MIT-6.824", "Go", "Map Reduce", "新标签"],
        ("tags: [ MIT-6.824, Go, Map Reduce]", "tags: [ MIT-6.824, Go, Map Reduce, 新标签]"),
    ),
    Edit(
        "jekyll",
        "2025-02-27-add.md",
        "---\ntitle: Two things\ntags:\n- AGI\n# - 旧标签\n\n- LLM\n---\n正文\n",
        ["AGI", "LLM", "Agent"],
        (None, "- Agent"),
    ),
    Edit(
        "hugo",
        "ouuan.md",
        OUUAN.read_text(encoding="utf-8"),
        ["食堂", "新标签"],
        ("tags = ['食堂']", "tags = ['食堂', '新标签']"),
    ),
    Edit(
        "hugo",
        "mirror.md",
        MIRROR.read_text(encoding="utf-8"),
        ["开源镜像", "新标签"],
        ('tags: [ "开源镜像" ]', 'tags: [ "开源镜像", "新标签" ]'),
    ),
    Edit(
        "hugo",
        "spaced.md",
        '+++\ntitle = "nixos"\ndate = 2023-12-16\ntags = [ "nixos", "networking" ]\n+++\n',
        ["nixos", "vm", "networking"],
        ('tags = [ "nixos", "networking" ]', 'tags = [ "nixos", "vm", "networking" ]'),
    ),
    Edit(
        "hugo",
        "tight.md",
        '+++\ntitle = "tight"\ndate = 2023-12-16\ntags = ["a","b","c"]\n+++\n',
        ["a", "c"],
        ('tags = ["a","b","c"]', 'tags = ["a","c"]'),
    ),
]


def _changed(before: str, after: str) -> tuple[str | None, str | None]:
    old, new = before.split("\n"), after.split("\n")
    gone = [line for line in old if line not in new]
    added = [line for line in new if line not in old]
    assert len(gone) <= 1, gone
    assert len(added) <= 1, added
    return (gone[0] if gone else None, added[0] if added else None)


@pytest.mark.parametrize("engine", ["hexo", "jekyll", "hugo"])
def test_one_tag_edit_changes_one_line_and_the_engine_reads_the_list(
    tmp_path: Path, engine: str
) -> None:
    harness = ENGINES[engine]
    reason = harness.unavailable()
    if reason:
        pytest.skip(reason)
    site = harness.new_site(tmp_path)
    edits = [edit for edit in EDITS if edit.engine == engine]
    for edit in edits:
        after = set_field(edit.text, "tags", edit.tags, engine=engine)
        assert _changed(edit.text, after) == edit.change, edit.name
        assert len(after.split("\n")) - len(edit.text.split("\n")) in (-1, 0, 1)
        post = site / harness.posts_dir / harness.post_name(edit.name)
        post.write_text(after, encoding="utf-8")
    result = harness.build(site, "UTC")
    assert result.returncode == 0, result.describe()
    read = {Path(post.file).name: post for post in result.posts.values()}
    for edit in edits:
        built = read[edit.name]
        assert list(built.tags) == edit.tags, (edit.name, built.tags)


# The shape of a real minimal-mistakes post's gallery (one-space items, quoted alt texts).
GALLERY = """---
title: "Gallery test"
gallery:
 - url: /img/a1.jpg
   image_path: /img/a1.jpg
   alt: "first photo"
 - url: /img/a2.jpg
   image_path: /img/a2.jpg
   alt: "second photo"
note:
  - |
    # kept as text
  - b
---
正文
"""
# A Hugo page bundle's header in TOML: an array of tables and a table, indented, commented.
BUNDLE = """+++
title = 'Bundle'
date = 2024-06-01
[[links]]
  name = 'Docs'  # the manual
  url = "https://example.com/docs"
[[links]]
  name = 'Blog'
  url = "https://example.com/blog"
[photo]
  src = 'a.jpg'   # cover
  alt = "first"
+++
正文
"""
PAYPAL = (
    "    -\n        type: paypal\n        business: paypal@paypal.com\n        currency_code: USD\n"
)
WENLEI = "- name: Wenlei He\n  link: https://github.com/wlhee\n"


@dataclass(frozen=True)
class ItemsEdit:
    engine: str
    name: str
    text: str
    key: str
    value: object
    #: the edited text: the old one with one item's lines replaced (old lines, new lines)
    change: tuple[str, str]


ITEMS_EDITS = [
    ItemsEdit(
        "hexo",
        "donates.md",
        DONATES.read_text(encoding="utf-8"),
        "donates",
        [
            {"type": "afdian", "url": "https://afdian.net/"},
            {"type": "alipay", "qrcode": "/gallery/donate/alipay.png"},
            {"type": "buymeacoffee", "url": "https://www.buymeacoffee.com/"},
            {"type": "patreon", "url": "https://www.patreon.com/"},
            {"type": "wechat", "qrcode": "/gallery/donate/wechat.jpg"},
        ],
        (PAYPAL, ""),
    ),
    ItemsEdit(
        "hugo",
        "authors.md",
        AUTHORS.read_text(encoding="utf-8"),
        "authors",
        [{"name": "Richard Belleville", "link": "https://github.com/gnossen"}],
        (WENLEI, ""),
    ),
    ItemsEdit(
        "jekyll",
        "2020-01-02-gallery.md",
        GALLERY,
        "gallery",
        [
            {"url": "/img/a1.jpg", "image_path": "/img/a1.jpg", "alt": "first photo"},
            {"url": "/img/a2.jpg", "image_path": "/img/a2.jpg", "alt": "second photo"},
            {"url": "/img/a3.jpg", "alt": "third"},
        ],
        ('   alt: "second photo"\n', '   alt: "second photo"\n - {url: /img/a3.jpg, alt: third}\n'),
    ),
    ItemsEdit(
        "hexo",
        "donates-url.md",
        DONATES.read_text(encoding="utf-8"),
        "donates",
        [
            {"type": "afdian", "url": "https://afdian.com/a/x"},
            {"type": "alipay", "qrcode": "/gallery/donate/alipay.png"},
            {"type": "buymeacoffee", "url": "https://www.buymeacoffee.com/"},
            {"type": "paypal", "business": "paypal@paypal.com", "currency_code": "USD"},
            {"type": "patreon", "url": "https://www.patreon.com/"},
            {"type": "wechat", "qrcode": "/gallery/donate/wechat.jpg"},
        ],
        ("        url: https://afdian.net/\n", "        url: https://afdian.com/a/x\n"),
    ),
    ItemsEdit(
        "hugo",
        "authors-link.md",
        AUTHORS.read_text(encoding="utf-8"),
        "authors",
        [
            {"name": "Richard Belleville", "link": "https://github.com/gnossen"},
            {"name": "Wenlei He", "link": "https://example.com/wlhee"},
        ],
        ("  link: https://github.com/wlhee\n", "  link: https://example.com/wlhee\n"),
    ),
    ItemsEdit(
        "jekyll",
        "2020-01-04-alt.md",
        GALLERY,
        "gallery",
        [
            {"url": "/img/a1.jpg", "image_path": "/img/a1.jpg", "alt": "first, edited"},
            {"url": "/img/a2.jpg", "image_path": "/img/a2.jpg", "alt": "second photo"},
        ],
        ('   alt: "first photo"\n', '   alt: "first, edited"\n'),
    ),
    ItemsEdit(
        "hugo",
        "bundle-links.md",
        BUNDLE,
        "links",
        [
            {"name": "Docs", "url": "https://example.com/docs"},
            {"name": "Blog", "url": "https://example.com/new"},
        ],
        ('  url = "https://example.com/blog"\n', '  url = "https://example.com/new"\n'),
    ),
    ItemsEdit(
        "hugo",
        "bundle-photo.md",
        BUNDLE,
        "photo",
        {"src": "b.jpg", "alt": "first"},
        ("  src = 'a.jpg'   # cover\n", "  src = 'b.jpg'   # cover\n"),
    ),
    ItemsEdit(
        "jekyll",
        "2020-01-03-notes.md",
        GALLERY,
        "note",
        ["# kept as text\n", "b", "c"],
        ("  - b\n", "  - b\n  - c\n"),
    ),
]


@pytest.mark.parametrize("engine", ["hexo", "jekyll", "hugo"])
def test_an_edit_of_a_list_of_multi_line_items_changes_that_item_alone(
    tmp_path: Path, engine: str
) -> None:
    harness = ENGINES[engine]
    reason = harness.unavailable()
    if reason:
        pytest.skip(reason)
    site = harness.new_site(tmp_path)
    edits = [edit for edit in ITEMS_EDITS if edit.engine == engine]
    for edit in edits:
        after = set_field(edit.text, edit.key, edit.value, engine=engine)
        old_lines, new_lines = edit.change
        assert edit.text.count(old_lines) == 1, edit.name
        assert after == edit.text.replace(old_lines, new_lines), edit.name
        post = site / harness.posts_dir / harness.post_name(edit.name)
        post.write_text(after, encoding="utf-8")
    result = harness.build(site, "UTC")
    assert result.returncode == 0, result.describe()
    read = {Path(post.file).name: post for post in result.posts.values()}
    for edit in edits:
        assert read[edit.name].exposed(engine, edit.key) == edit.value, edit.name
