"""Adding or removing one tag changes that tag's text alone, and the real engine reads the list
(decisions 0267, 0268): YAML block lists keep the comment lines between their items (Hexo 8.1,
Jekyll 4.3), one-line YAML flow lists and TOML arrays keep their blanks and quotes (Hexo,
Hugo 0.168), on headers shaped like real posts and on corpus posts (0KABE/Blog's
``[ MIT-6.824, …]``, JunIce/hugo-blog's ``[ "开源镜像" ]``, ouuan/hugo-blog's ``['食堂']``)."""

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
