"""The site panel's index lists a post as the real engine does (decisions 0248, 0257, 0269): a
Hugo 0.168 post whose header PyYAML refuses is listed with the title and day Hugo builds it
with, and broken exactly when Hugo refuses it, as is one PyYAML reads (a tab Hugo stops on);
Jekyll 4.3 likewise; Hexo 8.1.2 dates a written offset by its time in UTC, which the index, the
post header and the post's URLs show (the fixture site is in Asia/Shanghai)."""

from __future__ import annotations

import time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from engine_harness import ENGINES

from postpad.core.postheader import header_payload, header_settings
from postpad.core.publish.permalink import post_url_path
from postpad.core.site import detect_site
from postpad.core.site.dates import parse_loose
from postpad.core.site.header import read_header
from postpad.core.site.index import build_index
from postpad.core.site.permalink import post_path

pytestmark = pytest.mark.engines

HUGO_HEADERS = [
    "title: 带制表符\np:\n  \tq: 1\ndate: 2024-03-04",
    "k: !foo bar\ntitle: Tagged\ndate: 2024-03-05",
    "title: a\ntitle: b\ndate: 2024-03-06",
    "title: alias\nk: *nope\ndate: 2024-03-07",
    # PyYAML reads these; Hugo stops on the first and reads the tab of the second as text
    "title: 江南\ndate: 2024-03-08\ntags:\n\t- 江南",
    "title: 块\ndate: 2024-03-09\nd: |\n  x\n  \ty",
]

JEKYLL_HEADERS = [
    "title: 江南\ndate: 2024-03-08\ntags:\n\t- 江南",  # published without its front matter
    "title: 分隔\ndate: 2024-03-08\nk:\tv",  # a tab after the colon separates
]


def _need(name: str) -> None:
    reason = ENGINES[name].unavailable()
    if reason:
        pytest.skip(reason)


@pytest.mark.parametrize("header", HUGO_HEADERS)
def test_hugo_lists_what_hugo_builds(tmp_path: Path, header: str) -> None:
    _need("hugo")
    harness = ENGINES["hugo"]
    site = harness.new_site(tmp_path)
    for old in (site / harness.posts_dir).glob("*.md"):
        old.unlink()
    (site / harness.posts_dir / "p.md").write_text(f"---\n{header}\n---\nbody\n", "utf-8")
    result = harness.build(site, "UTC")
    index = build_index(detect_site(site), use_cache=False)
    (entry,) = [e for e in index.entries if e.path.endswith("/p.md")]
    built = result.posts.get("p.md") if result.returncode == 0 else None
    assert (entry.error is None) == (built is not None), (header, result.describe())
    if built is not None:
        moment = parse_loose(entry.read_date or entry.date)
        assert moment is not None
        assert (entry.title, moment.date()) == (built.title, built.date.date())


@pytest.mark.parametrize("header", JEKYLL_HEADERS)
def test_jekyll_broken_exactly_when_jekyll_drops_the_front_matter(
    tmp_path: Path, header: str
) -> None:
    """Decision 0269: a header PyYAML reads and Jekyll 4.3 refuses is listed as broken."""
    _need("jekyll")
    harness = ENGINES["jekyll"]
    site = harness.new_site(tmp_path)
    for old in (site / harness.posts_dir).glob("*.md"):
        old.unlink()
    (site / harness.posts_dir / "2024-03-08-p.md").write_text(
        f"---\n{header}\n---\nbody\n", "utf-8"
    )
    result = harness.build(site, "UTC")
    assert result.returncode == 0, result.describe()
    (built,) = result.posts.values()
    index = build_index(detect_site(site), use_cache=False)
    (entry,) = [e for e in index.entries if e.path.endswith("/2024-03-08-p.md")]
    assert (entry.error is None) == (built.title == entry.title), (header, built.title)


def test_hexo_dates_a_written_offset(tmp_path: Path) -> None:
    _need("hexo")
    harness = ENGINES["hexo"]
    site = harness.new_site(tmp_path)
    post = site / harness.posts_dir / "off.md"
    post.write_text("---\ntitle: off\ndate: 2023-01-05 03:00:00 +08:00\n---\nbody\n", "utf-8")
    result = harness.build(site, "UTC")
    assert result.returncode == 0, result.describe()
    (built,) = [p for p in result.posts.values() if str(p.title) == "off"]
    day = built.date.astimezone(ZoneInfo("Asia/Shanghai")).replace(tzinfo=None)
    index = build_index(detect_site(site), use_cache=False)
    (entry,) = [e for e in index.entries if e.path.endswith("/off.md")]
    assert parse_loose(entry.read_date) == day
    settings = header_settings(
        engine="hexo", theme="butterfly", site_root=site, post_path=post,
        site_config={"timezone": "Asia/Shanghai"},
    )  # fmt: skip
    payload = header_payload(post.read_text("utf-8"), settings)
    assert payload is not None
    assert any(item["text"] == day.strftime("%Y-%m-%d") for item in payload["meta"]), payload


@pytest.mark.parametrize("tz", ["Asia/Shanghai", "UTC"])
def test_hexo_urls_of_a_written_offset(tmp_path: Path, tz: str, monkeypatch) -> None:
    """Hexo's URL day of ``+08:00`` is its reading's (01-04) on any machine: the post link
    (``post_path``, the machine in the site's zone) and the real-site preview's URL (this
    machine's zone), decision 0257."""
    _need("hexo")
    harness = ENGINES["hexo"]
    site = harness.new_site(tmp_path)
    post = site / harness.posts_dir / "off.md"
    post.write_text("---\ntitle: off\ndate: 2023-01-05 03:00:00 +08:00\n---\nbody\n", "utf-8")
    result = harness.build(site, tz)
    assert result.returncode == 0, result.describe()
    hexo_path = result.posts["off.md"].raw["path"]
    monkeypatch.setenv("TZ", tz)
    time.tzset()
    try:
        assert post_url_path(detect_site(site), post) == "/" + str(hexo_path)
    finally:
        monkeypatch.undo()
        time.tzset()
    if tz == "Asia/Shanghai":
        fields = read_header(post.read_text("utf-8"), engine="hexo").fields
        config = {"permalink": ":year/:month/:day/:title/"}
        assert post_path(config, "off.md", fields, post) == hexo_path


def test_jekyll_dates_a_time_without_offset_as_utc(tmp_path: Path) -> None:
    """Jekyll 4.3 (Psych) reads ``20:09:10`` as UTC: on the Asia/Shanghai fixture site the post
    is dated and served on the next day; the index and the preview's URL say so (0248, 0257)."""
    _need("jekyll")
    harness = ENGINES["jekyll"]
    site = harness.new_site(tmp_path)
    post = site / harness.posts_dir / "2023-01-05-late.md"
    post.write_text("---\ntitle: late\ndate: 2023-01-05 20:09:10\n---\nbody\n", "utf-8")
    result = harness.build(site, "UTC")
    assert result.returncode == 0, result.describe()
    built = result.posts["2023-01-05-late.md"].date.astimezone(ZoneInfo("Asia/Shanghai"))
    index = build_index(detect_site(site), use_cache=False)
    (entry,) = [e for e in index.entries if e.path.endswith("-late.md")]
    assert parse_loose(entry.read_date) == built.replace(tzinfo=None)
    (page,) = [p for p in (site / "_site").rglob("*.html") if p.stem == "late"]
    served = "/" + page.relative_to(site / "_site").as_posix()
    assert post_url_path(detect_site(site), post) == served
