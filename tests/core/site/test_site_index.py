from __future__ import annotations

import os
from pathlib import Path

from postpad.core.site import detect_site
from postpad.core.site.index import build_index, cache_path, categories_of


def _by_path(index):
    return {entry.path: entry for entry in index.entries}


def test_hexo_entries(site_copy) -> None:
    site = detect_site(site_copy("hexo-butterfly"))
    entries = _by_path(build_index(site))
    report = entries["source/_posts/quarterly-report.md"]
    assert report.title == "2024年第2季度学习心得 关于写作习惯"
    assert report.date == "2024/6/1"
    assert report.categories == (("不倦",),)
    assert report.cover is None
    assert not report.draft
    notes = entries["source/_posts/python-notes.md"]
    assert notes.tags == ("Python", "笔记")
    assert notes.categories == (("技术", "编程"), ("随笔",))
    assert entries["source/_drafts/draft-idea.md"].draft
    assert "source/about/index.md" not in entries  # a page, not a post
    assert next(e.path for e in build_index(site).entries) == "source/_posts/quarterly-report.md"


def test_other_engines(sites_dir: Path) -> None:
    hugo = _by_path(build_index(detect_site(sites_dir / "hugo")))
    assert set(hugo) == {"content/posts/first.md", "content/posts/toml-draft.md",
                         "content/posts/bundle/index.md"}  # fmt: skip
    assert hugo["content/posts/toml-draft.md"].draft
    assert hugo["content/posts/first.md"].categories == (("技术",), ("随笔",))
    jekyll = _by_path(build_index(detect_site(sites_dir / "jekyll")))
    assert jekyll["_posts/2024-06-01-hello.md"].tags == ("a", "b")
    assert jekyll["_posts/2024-06-01-hello.md"].categories == (("生活",), ("随笔",))
    assert jekyll["_drafts/idea.md"].draft
    zola = _by_path(build_index(detect_site(sites_dir / "zola")))
    assert zola["content/blog/first.md"].tags == ("rust",)
    assert zola["content/blog/first.md"].cover == "missing.png"
    eleventy = _by_path(build_index(detect_site(sites_dir / "eleventy")))
    assert set(eleventy) == {"posts/first.md"}  # README.md is not a post


def test_hexo_categories_semantics() -> None:
    assert categories_of("hexo", ["A", "B"]) == (("A", "B"),)
    assert categories_of("hexo", [["A", "B"], ["C"], "D"]) == (("A", "B"), ("C",), ("D",))
    assert categories_of("hexo", 2024) == (("2024",),)
    assert categories_of("hugo", ["A", "B"]) == (("A",), ("B",))
    assert categories_of("jekyll", "A B") == (("A",), ("B",))


def test_cache_warm_and_incremental(site_copy) -> None:
    root = site_copy("hexo-butterfly")
    site = detect_site(root)
    cold = build_index(site)
    assert cold.reread == 4
    assert cache_path(site).is_file()
    warm = build_index(site)
    assert warm.reread == 0
    assert warm.entries == cold.entries
    post = root / "source/_posts/python-again.md"
    post.write_text(post.read_text("utf-8").replace("再谈 Python", "三谈 Python"), "utf-8")
    os.utime(post, ns=(post.stat().st_atime_ns, post.stat().st_mtime_ns + 10**9))
    (root / "source/_posts/python-notes.md").unlink()
    changed = build_index(site)
    assert changed.reread == 1
    titles = {e.path: e.title for e in changed.entries}
    assert titles["source/_posts/python-again.md"] == "三谈 Python"
    assert "source/_posts/python-notes.md" not in titles


def test_corrupt_cache_is_ignored(site_copy) -> None:
    site = detect_site(site_copy("hugo"))
    build_index(site)
    cache_path(site).write_text("{not json", "utf-8")
    again = build_index(site)
    assert again.reread == 3
    assert len(again.entries) == 3


def test_cache_lives_under_xdg_cache_home(site_copy, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    site = detect_site(site_copy("jekyll"))
    assert cache_path(site).is_relative_to(tmp_path / "xdg" / "postpad")


def test_progress_and_broken_posts(sites_dir: Path) -> None:
    calls: list[tuple[int, int]] = []
    index = build_index(
        detect_site(sites_dir / "hexo-broken"), progress=lambda d, t: calls.append((d, t))
    )
    assert calls[-1] == (len(index.entries), len(index.entries))
    broken = index.entry_for(sites_dir / "hexo-broken/source/_posts/yaml-error.md")
    assert broken is not None
    assert broken.error


def test_dates_from_file_names(tmp_path: Path, sites_dir: Path) -> None:
    from postpad.core.site.index import filename_date

    (tmp_path / "source/_posts/2024").mkdir(parents=True)
    (tmp_path / "_config.yml").write_text(
        "new_post_name: :year/:i_month-:i_day-:title.md\n", "utf-8"
    )
    site = detect_site(tmp_path)
    post = site.root / "source/_posts/2024/6-1-hello.md"
    assert filename_date(site, post) == "2024-06-01"
    assert filename_date(site, site.root / "source/_posts/2024/notes.md") is None
    jekyll = detect_site(sites_dir / "jekyll")
    assert filename_date(jekyll, jekyll.root / "_posts/2024-06-01-x.md") == "2024-06-01"
    default = detect_site(sites_dir / "hexo-butterfly")
    assert filename_date(default, default.root / "source/_posts/2024-06-01-x.md") is None
