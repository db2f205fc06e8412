"""The site index lists a post as its engine reads it (decision 0257): a header PyYAML refuses
and the engine reads has the engine's title and date and is not broken; one the engine refuses
too stays broken; Hexo dates a written offset by its time in UTC (decision 0248)."""

from __future__ import annotations

from pathlib import Path

from postpad.core.site import detect_site
from postpad.core.site.index import PostEntry, build_index


def _entries(root: Path) -> dict[str, PostEntry]:
    return {entry.path: entry for entry in build_index(detect_site(root), use_cache=False).entries}


def _post(root: Path, folder: str, name: str, header: str) -> None:
    (root / folder / name).write_text(f"---\n{header}\n---\nbody\n", encoding="utf-8")


def test_hugo_post_the_engine_reads_is_listed(site_copy) -> None:
    root = site_copy("hugo")
    _post(root, "content/posts", "tab.md", "title: 带制表符\np:\n  \tq: 1\ndate: 2024-03-04")
    _post(root, "content/posts", "tag.md", "k: !foo bar\ntitle: Tagged\ndate: 2024-03-05")
    _post(root, "content/posts", "twice.md", "title: a\ntitle: b\ndate: 2024-03-06")
    entries = _entries(root)
    tab, tag = entries["content/posts/tab.md"], entries["content/posts/tag.md"]
    assert (tab.title, tab.date, tab.error) == ("带制表符", "2024-03-04", None)
    assert (tag.title, tag.date, tag.error) == ("Tagged", "2024-03-05", None)
    assert tab.sort_key is not None
    assert entries["content/posts/twice.md"].error  # Hugo stops


def test_jekyll_reads_a_key_twice(site_copy) -> None:
    root = site_copy("jekyll")
    _post(root, "_posts", "2024-03-06-twice.md", "title: a\ntitle: 最后\ndate: 2024-03-06")
    entry = _entries(root)["_posts/2024-03-06-twice.md"]
    assert (entry.title, entry.error) == ("最后", None)


def test_hexo_refuses_a_tab_after_spaces(site_copy) -> None:
    root = site_copy("hexo-butterfly")
    _post(root, "source/_posts", "tab.md", "title: t\np:\n  \tq: 1\ndate: 2024-03-04")
    assert _entries(root)["source/_posts/tab.md"].error


def test_hexo_date_with_an_offset(site_copy) -> None:
    root = site_copy("hexo-butterfly")
    _post(root, "source/_posts", "off.md", "title: t\ndate: 2023-01-05 03:00:00 +08:00")
    _post(root, "source/_posts", "plain.md", "title: p\ndate: 2023-01-05 03:00:00")
    entries = _entries(root)
    off = entries["source/_posts/off.md"]
    assert off.date == "2023-01-05 03:00:00 +08:00"
    assert off.read_date == "2023-01-04 19:00:00"
    assert entries["source/_posts/plain.md"].read_date is None


def test_hugo_keeps_the_written_offset(site_copy) -> None:
    root = site_copy("hugo")
    _post(root, "content/posts", "off.md", "title: t\ndate: 2023-01-05T03:00:00+08:00")
    assert _entries(root)["content/posts/off.md"].read_date is None


def test_jekyll_time_without_offset_in_the_site_zone(site_copy) -> None:
    root = site_copy("jekyll")  # timezone: Asia/Shanghai
    _post(root, "_posts", "2023-10-05-late.md", "title: late\ndate: 2023-10-05 20:09:10")
    entry = _entries(root)["_posts/2023-10-05-late.md"]
    assert entry.read_date == "2023-10-06 04:09:10"  # Psych reads it as UTC (decision 0248)
