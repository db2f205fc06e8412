from __future__ import annotations

from datetime import UTC, datetime

import pytest

from postpad.core.site import detect_site
from postpad.core.site.drafts import NotADraftLocationError, is_draft, publish, unpublish

NOW = datetime(2024, 5, 31, 21, 5, 9, tzinfo=UTC)


def test_hexo_publish_moves_file_and_asset_folder_and_adds_date(site_copy) -> None:
    root = site_copy("hexo-butterfly")
    site = detect_site(root)
    draft = site.root / "source/_drafts/draft-idea.md"
    draft.write_bytes(b"---\r\ntitle: \xe8\x8d\x89\xe7\xa8\xbf\r\ntags:\r\n---\r\n\r\nbody  \r\n")
    published = publish(site, draft, now=NOW)
    assert published == site.root / "source/_posts/draft-idea.md"
    assert not draft.exists()
    assert published.read_bytes() == (
        b"---\r\ntitle: \xe8\x8d\x89\xe7\xa8\xbf\r\ntags:\r\ndate: 2024-06-01 05:05:09\r\n---\r\n"
        b"\r\nbody  \r\n"
    )
    assert (site.root / "source/_posts/draft-idea/sketch.png").is_file()
    assert not (site.root / "source/_drafts/draft-idea").exists()
    assert not is_draft(site, published)
    back = unpublish(site, published)
    assert back == site.root / "source/_drafts/draft-idea.md"
    assert b"date: 2024-06-01 05:05:09" in back.read_bytes()  # the date is kept
    assert (site.root / "source/_drafts/draft-idea/sketch.png").is_file()


def test_publish_keeps_an_existing_date_and_refuses_overwrite(site_copy) -> None:
    site = detect_site(site_copy("hexo-butterfly"))
    draft = site.root / "source/_drafts/python-notes.md"
    draft.write_text("---\ntitle: x\ndate: 2020/1/2\n---\n", "utf-8")
    with pytest.raises(FileExistsError):
        publish(site, draft, now=NOW)
    assert draft.read_text("utf-8") == "---\ntitle: x\ndate: 2020/1/2\n---\n"
    with pytest.raises(NotADraftLocationError):
        publish(site, site.root / "source/_posts/python-again.md")


def test_jekyll_publish_adds_date_prefix(site_copy) -> None:
    site = detect_site(site_copy("jekyll"))
    published = publish(site, site.root / "_drafts/idea.md", now=NOW)
    assert published == site.root / "_posts/2024-06-01-idea.md"
    assert "date: 2024-06-01 05:05:09 +0800\n" in published.read_text("utf-8")
    hello = unpublish(site, site.root / "_posts/2024-06-01-hello.md")
    assert hello == site.root / "_drafts/hello.md"


def test_hugo_and_zola_flip_the_draft_flag_only(site_copy) -> None:
    hugo = detect_site(site_copy("hugo"))
    toml = hugo.root / "content/posts/toml-draft.md"
    before = toml.read_text("utf-8")
    assert is_draft(hugo, toml)
    assert publish(hugo, toml) == toml
    assert toml.read_text("utf-8") == before.replace("draft = true", "draft = false")
    first = hugo.root / "content/posts/first.md"
    before = first.read_text("utf-8")
    unpublish(hugo, first)
    assert first.read_text("utf-8") == before.replace("draft: false", "draft: true")
    zola = detect_site(site_copy("zola"))
    post = zola.root / "content/blog/first.md"
    unpublish(zola, post)
    text = post.read_text("utf-8")
    assert text.index("draft = true") < text.index("[taxonomies]")  # top level, not in a table
